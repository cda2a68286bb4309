#pragma once

// Hand-made households for the milestone, gift and planner tests.
#include "Database.h"
#include "GeographyRepository.h"
#include "HouseholdRepository.h"
#include "HousingRepository.h"
#include "RelocationRepository.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "domain/MilestoneTracker.h"

#include <QSqlQuery>

namespace nov::test {

// Hand-made households with signed contracts; a handover is written as the service writes
// it (the row, then the tracker, in one transaction).
class MilestoneFixture : public ::testing::Test {
protected:
    struct Family {
        qint64 household = 0;
        qint64 contract = 0;
        qint64 apartment = 0;
        QList<qint64> residents;
    };

    void SetUp() override {
        db = test::openDatabase(dir.path(QStringLiteral("milestones.db")));
        ASSERT_TRUE(db);
        db::GeographyRepository geo(*db);
        ASSERT_TRUE(geo.insertOkrug({QStringLiteral("ВАО"), QStringLiteral("Восточный"),
                                     QStringLiteral("Eastern"), 1})
                        .ok());
        district = geo.insertDistrict({0, QStringLiteral("ВАО"), QStringLiteral("Гольяново"),
                                       QStringLiteral("Golyanovo")})
                       .value();
        db::HousingRepository housing(*db);
        oldBuilding = housing
                          .insertBuilding({0, QStringLiteral("old"), district,
                                           QStringLiteral("Хабаровская ул., 12"), 0, 5, 1962,
                                           QStringLiteral("vacating")})
                          .value();
        newBuilding = housing
                          .insertBuilding({0, QStringLiteral("new"), district,
                                           QStringLiteral("Уральская ул., 1"), 0, 17, 2022,
                                           QStringLiteral("settling")})
                          .value();
    }

    Family family(int members) {
        db::HousingRepository housing(*db);
        db::HouseholdRepository households(*db);
        db::RelocationRepository relocation(*db);
        Family f;
        const int n = ++seq;
        const qint64 old = housing
                               .insertApartment({0, oldBuilding, QString::number(n), 1, 2, 44.0,
                                                 30.0, QString(), QStringLiteral("occupied")})
                               .value();
        f.apartment = housing
                          .insertApartment({0, newBuilding, QString::number(n), 2, 2, 50.0, 31.0,
                                            QString(), QStringLiteral("reserved")})
                          .value();
        f.household = households
                          .insertHousehold({0, QStringLiteral("2022-%1").arg(n), old,
                                            QStringLiteral("contract_signed"), QDate(2022, 1, 1),
                                            QDate(2023, 12, 1), QDate(2022, 6, 1)})
                          .value();
        for (int i = 0; i < members; ++i)
            f.residents << households
                               .insertResident(
                                   {0, f.household, QStringLiteral("Семья%1").arg(n),
                                    QStringLiteral("Член%1").arg(i), QString(), QLatin1Char('F'),
                                    QDate(1950 + i, 3, 1),
                                    i == 0 ? QStringLiteral("head") : QStringLiteral("child")})
                               .value();
        const qint64 offer =
            relocation
                .insertOffer({0, f.household, f.apartment, QDate(2023, 10, 1), QDate(),
                              QStringLiteral("consented"), QDate(2023, 10, 10), QString()})
                .value();
        f.contract = relocation
                         .insertContract({0, f.household, offer, QStringLiteral("ДМ-%1").arg(n),
                                          QStringLiteral("exchange"), QDate(2023, 11, 1),
                                          QDate(2023, 12, 1)})
                         .value();
        return f;
    }

    void milestone(qint64 target) {
        ASSERT_TRUE(test::runs(*db, QStringLiteral("INSERT INTO milestone (target, title) VALUES "
                                                   "(%1, '%1-й переселённый житель')")
                                        .arg(target)));
    }

    // An appointment without a handover yet: takes its id (its place among same-day ties) now.
    qint64 schedule(const Family &f) {
        return db::RelocationRepository(*db)
            .insertKeyHandover({0, f.household, f.apartment, f.contract, QDate(2024, 1, 10),
                                QDate(), int(f.residents.size()), 2})
            .value();
    }

    // An appointment for `on` that has not happened yet.
    qint64 scheduleOn(const Family &f, const QDate &on) {
        return db::RelocationRepository(*db)
            .insertKeyHandover(
                {0, f.household, f.apartment, f.contract, on, QDate(), int(f.residents.size()), 2})
            .value();
    }

    // Records the handover of an appointment on `on` and runs the tracker in one transaction.
    QList<MilestoneTracker::Change> handOver(qint64 handoverId, const QDate &on) {
        db::Transaction tx(*db);
        EXPECT_TRUE(tx.begun());
        EXPECT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET handed_over_on = '%1' "
                                                   "WHERE id = %2")
                                        .arg(on.toString(Qt::ISODate))
                                        .arg(handoverId)));
        auto changes = MilestoneTracker(*db, manager).afterHandover(handoverId);
        EXPECT_TRUE(changes.ok()) << changes.error().toText().toStdString();
        EXPECT_TRUE(tx.commit().ok());
        return changes.ok() ? changes.value() : QList<MilestoneTracker::Change>();
    }
    QList<MilestoneTracker::Change> handOver(const Family &f, const QDate &on) {
        return handOver(schedule(f), on);
    }

    // (household, resident, reached_on) the milestone records.
    std::tuple<qint64, qint64, QString> recorded(qint64 target) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT household_id, resident_id, reached_on FROM milestone "
                                 "WHERE target = ?"));
        q.addBindValue(target);
        EXPECT_TRUE(q.exec() && q.next());
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    }
    int audited(const QString &action) {
        return test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                "'%1'")
                                     .arg(action))
            .toInt();
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> db;
    Actor manager{0, QStringLiteral("system"), Role::Admin};
    qint64 district = 0, oldBuilding = 0, newBuilding = 0;
    int seq = 0;
};

} // namespace nov::test
