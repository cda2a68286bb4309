// Milestones of the programme counter, reached inside the transaction that records a key
// handover: never twice, never skipped, also when one handover crosses two targets or a
// handover is entered late with an earlier date.
#include "CounterRepository.h"
#include "MilestoneFixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace nov;
using Kind = MilestoneTracker::Change::Kind;

namespace {

using Milestones = test::MilestoneFixture;

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
                            "'petrol_cvt', '1.5T', 'white', 2000, 'reserved')")));
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE milestone SET vehicle_id = 1, "
                                               "gift_recipient_id = resident_id, "
                                               "gift_handed_over_on = '2024-03-10'")));
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE vehicle SET status = 'handed_over'")));
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
