// Milestones of the programme counter, reached inside the transaction that records a key
// handover: never twice, never skipped, also when one handover crosses two targets or a
// handover is entered late with an earlier date.
#include "CounterRepository.h"
#include "Database.h"
#include "GeographyRepository.h"
#include "HouseholdRepository.h"
#include "HousingRepository.h"
#include "RelocationRepository.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "domain/MilestoneTracker.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace nov;
using Kind = MilestoneTracker::Change::Kind;

namespace {

// Hand-made households with signed contracts; a handover is written as the service writes
// it (the row, then the tracker, in one transaction).
class Milestones : public ::testing::Test {
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

const QDate kMarch1(2024, 3, 1);
const QDate kMarch2(2024, 3, 2);
const QDate kMarch5(2024, 3, 5);

} // namespace

TEST_F(Milestones, OneHandoverCrossingTwoTargetsReachesBoth) {
    milestone(3);
    milestone(5);
    milestone(100);
    const Family a = family(2), b = family(4);
    EXPECT_TRUE(handOver(a, kMarch1).isEmpty()) << "residents 1-2";
    const auto changes = handOver(b, kMarch2); // residents 3-6
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].target, 3);
    EXPECT_EQ(changes[0].kind, Kind::Reached);
    EXPECT_EQ(changes[0].residentId, b.residents[0]);
    EXPECT_EQ(changes[1].target, 5);
    EXPECT_EQ(changes[1].residentId, b.residents[2]);
    EXPECT_EQ(changes[1].reachedOn, kMarch2);
    EXPECT_EQ(recorded(3),
              std::make_tuple(b.household, b.residents[0], QStringLiteral("2024-03-02")));
    EXPECT_EQ(recorded(5),
              std::make_tuple(b.household, b.residents[2], QStringLiteral("2024-03-02")));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM milestone WHERE reached_on "
                                               "IS NULL"))
                  .toInt(),
              1)
        << "100 is not reached";
    EXPECT_EQ(audited(QStringLiteral("milestone.reached")), 2);
}

TEST_F(Milestones, AMilestoneIsNeverReachedTwice) {
    milestone(3);
    const Family a = family(3), b = family(2);
    const qint64 first = schedule(a);
    ASSERT_EQ(handOver(first, kMarch1).size(), 1);
    EXPECT_TRUE(handOver(b, kMarch2).isEmpty()) << "a later handover leaves it alone";
    // Running the tracker again for the same handover changes nothing.
    db::Transaction tx(*db);
    auto again = MilestoneTracker(*db, manager).afterHandover(first);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(audited(QStringLiteral("milestone.reached")), 1);
    EXPECT_EQ(std::get<1>(recorded(3)), a.residents[2]);
}

TEST_F(Milestones, AHouseholdOfSixCrossesATargetAtItsThirdMember) {
    milestone(10);
    handOver(family(3), kMarch1);
    handOver(family(4), kMarch1); // residents 1-7
    const Family six = family(6); // residents 8-13
    const auto changes = handOver(six, kMarch2);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].residentId, six.residents[2]);
    EXPECT_EQ(changes[0].residentName, QStringLiteral("Семья3 Член2"));
    EXPECT_EQ(std::get<1>(recorded(10)), six.residents[2]);
    auto located = db::CounterRepository(*db).locate(10);
    ASSERT_TRUE(located.ok() && located->has_value());
    EXPECT_EQ(located.value()->memberIndex, 2) << "agrees with the counter";
}

TEST_F(Milestones, TiesOnTheSameDateAreBrokenByTheHandoverId) {
    milestone(3);
    const Family early = family(2), late = family(2);
    const qint64 earlyId = schedule(early); // the smaller id
    const qint64 lateId = schedule(late);
    ASSERT_LT(earlyId, lateId);
    EXPECT_TRUE(handOver(lateId, kMarch1).isEmpty()) << "residents 1-2";
    // Recorded second, but on the same day with a smaller id: it counts first.
    const auto changes = handOver(earlyId, kMarch1);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].kind, Kind::Reached);
    EXPECT_EQ(changes[0].householdId, late.household) << "late's first member is resident 3";
    EXPECT_EQ(changes[0].residentId, late.residents[0]);
}

TEST_F(Milestones, ABackDatedHandoverMovesTheMilestoneAndSaysSo) {
    milestone(3);
    const Family a = family(2), b = family(2), c = family(2);
    handOver(a, kMarch1);
    ASSERT_EQ(handOver(b, kMarch5).size(), 1); // b's first member is the 3rd
    EXPECT_EQ(std::get<0>(recorded(3)), b.household);

    // c moved in on 2 March but is entered only now: c holds residents 3-4, b 5-6.
    const auto changes = handOver(c, kMarch2);
    ASSERT_EQ(changes.size(), 1);
    const auto &m = changes.first();
    EXPECT_EQ(m.kind, Kind::RecipientChanged);
    EXPECT_EQ(m.householdId, c.household);
    EXPECT_EQ(m.residentId, c.residents[0]);
    EXPECT_EQ(m.previousHouseholdId, b.household);
    EXPECT_EQ(m.previousResidentId, b.residents[0]);
    EXPECT_EQ(m.previousReachedOn, kMarch5);
    EXPECT_TRUE(m.describe().contains(QStringLiteral("instead of Семья2 Член0")))
        << m.describe().toStdString();
    EXPECT_EQ(recorded(3),
              std::make_tuple(c.household, c.residents[0], QStringLiteral("2024-03-02")));
    EXPECT_EQ(audited(QStringLiteral("milestone.recipient")), 1);
}

TEST_F(Milestones, AGiftAlreadyHandedOverIsNotRewrittenButReported) {
    milestone(3);
    const Family a = family(2), b = family(2), c = family(2);
    handOver(a, kMarch1);
    handOver(b, kMarch5);
    ASSERT_TRUE(test::runs(
        *db, QStringLiteral("INSERT INTO vehicle (vin, model, powertrain, engine, colour, "
                            "production_no, status) VALUES ('XMSM3C150PM002000', 'Moskvich 3', "
                            "'petrol_cvt', '1.5T', 'white', 2000, 'handed_over')")));
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE milestone SET vehicle_id = 1, "
                                               "gift_recipient_id = resident_id, "
                                               "gift_handed_over_on = '2024-03-10'")));
    const auto changes = handOver(c, kMarch2);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].kind, Kind::Conflict);
    EXPECT_EQ(changes[0].residentId, c.residents[0]) << "who the counter now says";
    EXPECT_EQ(changes[0].previousResidentId, b.residents[0]);
    EXPECT_TRUE(changes[0].describe().contains(QLatin1String("already handed over")));
    EXPECT_EQ(recorded(3),
              std::make_tuple(b.household, b.residents[0], QStringLiteral("2024-03-05")))
        << "history is kept";
    EXPECT_EQ(audited(QStringLiteral("milestone.conflict")), 1);
}

TEST_F(Milestones, ABackDatedHandoverOnlyRevisitsTargetsFromItsPosition) {
    milestone(2);
    milestone(6);
    const Family a = family(2), b = family(2), c = family(2), d = family(2);
    handOver(a, kMarch1);                                 // 1-2: reaches 2
    handOver(b, kMarch2);                                 // 3-4
    ASSERT_EQ(handOver(c, kMarch5).size(), 1);            // 5-6: reaches 6
    const auto changes = handOver(d, kMarch2.addDays(1)); // between b and c: d 5-6, c 7-8
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].target, 6);
    EXPECT_EQ(changes[0].householdId, d.household);
    EXPECT_EQ(std::get<0>(recorded(2)), a.household) << "before the new handover: untouched";
}

// The counter at programme scale: ~250,000 relocated residents in 100,000 handovers (the
// moscow preset). A handover back-dated to the very start revisits every target in one pass.
TEST_F(Milestones, StaysQuickAtAQuarterMillionRelocatedResidents) {
    NOV_SQLITE_ONLY("fills the store with SQLite PRAGMAs");
    ASSERT_TRUE(test::runs(*db, QStringLiteral("PRAGMA foreign_keys = OFF")));
    const QString numbers = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                           "i + 1 FROM n WHERE i < 100000) ");
    ASSERT_TRUE(test::runs(
        *db, numbers + QStringLiteral("INSERT INTO household (id, case_number, old_apartment_id, "
                                      "status, included_on, status_changed_on) SELECT 1000 + i, "
                                      "'B-' || i, 1, 'keys_handed_over', '2018-01-01', "
                                      "'2018-01-01' FROM n")));
    ASSERT_TRUE(test::runs(
        *db, numbers + QStringLiteral(", k(j) AS (VALUES (0), (1), (2), (3)) "
                                      "INSERT INTO resident (household_id, last_name, first_name, "
                                      "name_key, sex, birth_date, relation) SELECT 1000 + i, 'Б', "
                                      "'Ж' || j, 'Б Ж', 'M', '1950-01-01', CASE j WHEN 0 THEN "
                                      "'head' ELSE 'child' END FROM n, k WHERE j <= i % 4 "
                                      "ORDER BY i, j")));
    ASSERT_TRUE(test::runs(
        *db, numbers + QStringLiteral("INSERT INTO key_handover (id, household_id, "
                                      "new_apartment_id, contract_id, handed_over_on, "
                                      "residents_count) SELECT 1000 + i, 1000 + i, 1000 + i, "
                                      "1000 + i, date('2018-03-01', '+' || (i / 40) || ' days'), "
                                      "1 + i % 4 FROM n")));
    ASSERT_TRUE(test::runs(*db, QStringLiteral("PRAGMA foreign_keys = ON")));
    for (qint64 target = 12500; target <= 250000; target += 12500)
        milestone(target);

    const Family late = family(3);
    QElapsedTimer timer;
    timer.start();
    const auto changes = handOver(late, QDate(2018, 2, 1));
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(changes.size(), 20) << "every target is placed, each once";
    EXPECT_LT(elapsed, 3000) << "ms for one back-dated handover";
    RecordProperty("back_dated_ms", int(elapsed));
    // The everyday case: a handover dated after all others has only itself to walk.
    timer.restart();
    EXPECT_TRUE(handOver(family(2), QDate(2026, 1, 15)).isEmpty());
    RecordProperty("current_ms", int(timer.elapsed()));
    EXPECT_LT(timer.elapsed(), 1000) << "ms for one handover of today";
    db::CounterRepository counter(*db);
    for (qint64 target : {12500, 125000, 250000}) {
        auto located = counter.locate(target);
        ASSERT_TRUE(located.ok() && located->has_value());
        EXPECT_EQ(std::get<0>(recorded(target)), located.value()->householdId) << target;
    }
}
