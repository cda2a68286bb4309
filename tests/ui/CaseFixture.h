#pragma once

#include "Database.h"
#include "Records.h"
#include "TestSupport.h"
#include "auth/Actor.h"

#include <QDate>
#include <memory>

namespace nov::test {

// A small demo database (its data ends on kToday) with a clerk and a manager account, and
// fresh households made for a test: status "included", a two-room old apartment in the
// district whose new building has free stock (equivalent and smaller apartments), and
// residents with valid SNILS.
class CaseFixture : public ::testing::Test {
protected:
    static inline const QDate kToday{2026, 11, 27};

    void SetUp() override;

    // A new household with `members` residents, included on `includedOn`.
    qint64 freshHousehold(int members = 5, const QDate &includedOn = QDate(2026, 11, 2));
    // Members' ids in the programme's order.
    QList<qint64> memberIds(qint64 householdId);
    QString householdStatus(qint64 householdId);
    QVariant value(const QString &sql, const QVariantList &binds = {});

    TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    Actor m_clerk;
    Actor m_manager;

private:
    qint64 insertUser(const QString &login, const QString &role);
    qint64 m_oldApartmentId = 0;
    int m_households = 0;
};

} // namespace nov::test
