#pragma once

// A small hand-made Moscow for the relocation workflow tests.
#include "Database.h"
#include "GeographyRepository.h"
#include "HouseholdRepository.h"
#include "HousingRepository.h"
#include "TestSupport.h"
#include "domain/RelocationService.h"

#include <QSqlQuery>

namespace nov::test {

inline const QDate kIncluded(2023, 1, 10);
inline const QDate kNotified(2024, 1, 15);
inline const QDate kLetter(2024, 2, 1);
inline const QDate kViewed(2024, 2, 5);
inline const QDate kDecided(2024, 2, 10);
inline const QDate kDrafted(2024, 2, 15);
inline const QDate kSigned(2024, 2, 20);
inline const QDate kHandedOver(2024, 3, 1);
inline const QDate kToday(2024, 6, 1);

inline bool mentions(const Error &e, const QString &text) {
    return e.toText().contains(text);
}

inline QStringList strings(std::initializer_list<const char *> items) {
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

// A small Moscow: an old five-storey building in Golyanovo (ВАО) with a 2-room flat of
// 44.5/30.0 m², new buildings in Golyanovo and Bogorodskoye, and districts of ЗелАО, НАО, ТАО.
class Relocation : public ::testing::Test {
protected:
    void SetUp() override {
        db = test::openDatabase(dir.path(QStringLiteral("relocation.db")));
        ASSERT_TRUE(db);
        service = std::make_unique<RelocationService>(*db);
        service->setToday(kToday);
        clerk = user(QStringLiteral("clerk"), Role::Clerk);
        manager = user(QStringLiteral("manager"), Role::Manager);
        auditor = user(QStringLiteral("auditor"), Role::Auditor);
        golyanovo = district(QStringLiteral("ВАО"), QStringLiteral("Гольяново"));
        bogorodskoye = district(QStringLiteral("ВАО"), QStringLiteral("Богородское"));
        kryukovo = district(QStringLiteral("ЗелАО"), QStringLiteral("Крюково"));
        silino = district(QStringLiteral("ЗелАО"), QStringLiteral("Силино"));
        oldBuilding = building(golyanovo, QStringLiteral("old"));
        newBuilding = building(golyanovo, QStringLiteral("new"));
        oldFlat = apartment(oldBuilding, 2, 44.5, 30.0, QStringLiteral("occupied"));
    }

    Actor user(const QString &login, Role role) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO app_user (login, full_name, role, password_hash, "
                                 "created_at) VALUES (?, ?, ?, 'x', '2024-01-01T00:00:00Z')"));
        q.addBindValue(login);
        q.addBindValue(login);
        q.addBindValue(Actor::roleName(role));
        EXPECT_TRUE(q.exec());
        return Actor{q.lastInsertId().toLongLong(), login, role};
    }
    qint64 district(const QString &okrug, const QString &name) {
        db::GeographyRepository geo(*db);
        if (!okrugs.contains(okrug)) {
            EXPECT_TRUE(geo.insertOkrug({okrug, okrug, okrug, int(okrugs.size()) + 1}).ok());
            okrugs << okrug;
        }
        return geo.insertDistrict({0, okrug, name, name}).value();
    }
    qint64 building(qint64 districtId, const QString &kind, const QString &status = QString()) {
        db::BuildingRecord b{0, kind, districtId, QStringLiteral("ул. Тестовая, д. %1").arg(++seq),
                             0, 9,    0,          status};
        if (b.status.isEmpty())
            b.status = kind == QLatin1String("old") ? QStringLiteral("included")
                                                    : QStringLiteral("commissioned");
        return db::HousingRepository(*db).insertBuilding(b).value();
    }
    qint64 apartment(qint64 buildingId, int rooms, double total, double living,
                     const QString &status = QStringLiteral("free")) {
        return db::HousingRepository(*db)
            .insertApartment(
                {0, buildingId, QString::number(++seq), 3, rooms, total, living, QString(), status})
            .value();
    }
    // A flat of the new building in Golyanovo, equivalent to the old one.
    qint64 equivalentFlat() { return apartment(newBuilding, 2, 52.0, 31.0); }
    qint64 household(qint64 oldApartment, int members = 2) {
        db::HouseholdRepository repo(*db);
        const qint64 id =
            repo.insertHousehold({0, QStringLiteral("2023-%1").arg(++seq), oldApartment,
                                  QStringLiteral("included"), kIncluded, kIncluded, QDate()})
                .value();
        for (int i = 0; i < members; ++i)
            EXPECT_TRUE(repo.insertResident(
                                {0, id, QStringLiteral("Петров"), QStringLiteral("Жилец%1").arg(i),
                                 QString(), QLatin1Char(i % 2 ? 'F' : 'M'), QDate(1960 + i, 1, 1),
                                 i == 0 ? QStringLiteral("head") : QStringLiteral("child")})
                            .ok());
        return id;
    }
    qint64 notifiedHousehold(qint64 oldApartment = 0, int members = 2) {
        const qint64 h = household(oldApartment ? oldApartment : oldFlat, members);
        EXPECT_TRUE(service->notify(clerk, h, kNotified).ok());
        return h;
    }
    // Records every step up to the signed contract; returns the offered apartment.
    qint64 walkToSignedContract(qint64 h) {
        const qint64 flat = equivalentFlat();
        EXPECT_TRUE(service->sendOffer(clerk, h, flat, kLetter).ok());
        EXPECT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
        EXPECT_TRUE(service->consent(clerk, h, kDecided).ok());
        EXPECT_TRUE(service
                        ->draftContract(clerk, h, QStringLiteral("ДМ-%1").arg(h),
                                        QStringLiteral("exchange"), kDrafted)
                        .ok());
        EXPECT_TRUE(service->signContract(clerk, h, kSigned).ok());
        return flat;
    }

    QVariant value(const QString &sql) { return test::scalar(*db, sql); }
    QString status(qint64 householdId) {
        return value(QStringLiteral("SELECT status FROM household WHERE id = %1").arg(householdId))
            .toString();
    }
    QString apartmentStatus(qint64 id) {
        return value(QStringLiteral("SELECT status FROM apartment WHERE id = %1").arg(id))
            .toString();
    }
    int rows(const QString &table) {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> db;
    std::unique_ptr<RelocationService> service;
    Actor clerk, manager, auditor;
    QStringList okrugs;
    int seq = 0;
    qint64 golyanovo = 0, bogorodskoye = 0, kryukovo = 0, silino = 0;
    qint64 oldBuilding = 0, newBuilding = 0, oldFlat = 0;
};

} // namespace nov::test
