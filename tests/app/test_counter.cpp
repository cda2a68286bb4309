// The programme counter: residents counted at key handover in (handed_over_on, id) order;
// the demo's milestones agree with a count done independently, row by row.
#include "BulkLoad.h"
#include "CounterRepository.h"
#include "Database.h"
#include "IncentiveRepository.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

using namespace nov;

namespace {

struct Counted {
    qint64 household;
    qint64 resident;
    QString on;
};

// Walks handovers and their members one by one: the n-th entry is the n-th relocated resident.
QList<Counted> countOneByOne(db::Database &db) {
    QList<Counted> order;
    QSqlQuery handovers(db.connection());
    handovers.exec(QStringLiteral("SELECT household_id, handed_over_on, residents_count FROM "
                                  "key_handover WHERE handed_over_on IS NOT NULL "
                                  "ORDER BY handed_over_on, id"));
    while (handovers.next()) {
        QSqlQuery members(db.connection());
        members.prepare(
            QStringLiteral("SELECT id FROM resident WHERE household_id = ? ORDER BY id"));
        members.addBindValue(handovers.value(0));
        members.exec();
        int taken = 0;
        while (members.next() && taken < handovers.value(2).toInt()) {
            order.append({handovers.value(0).toLongLong(), members.value(0).toLongLong(),
                          handovers.value(1).toString()});
            ++taken;
        }
    }
    return order;
}

} // namespace

TEST(ProgrammeCounter, MatchesAnIndependentCountOnDemoData) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    const QList<Counted> order = countOneByOne(*db);
    db::CounterRepository counter(*db);
    EXPECT_EQ(counter.relocatedResidents().value(), order.size());
    EXPECT_EQ(counter.relocatedResidents().value(),
              test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident r JOIN household h "
                                               "ON h.id = r.household_id WHERE h.status IN "
                                               "('keys_handed_over', 'old_apartment_vacated')"))
                  .toLongLong())
        << "every member of a relocated household moved";

    auto milestones = db::IncentiveRepository(*db).milestones();
    ASSERT_TRUE(milestones.ok());
    int reached = 0;
    for (const auto &m : milestones.value()) {
        SCOPED_TRACE(m.target);
        if (m.target > order.size()) {
            EXPECT_FALSE(m.reachedOn.isValid()) << "not reached yet";
            continue;
        }
        ++reached;
        const Counted &nth = order.at(m.target - 1);
        EXPECT_EQ(m.householdId, nth.household);
        EXPECT_EQ(m.residentId, nth.resident);
        EXPECT_EQ(m.reachedOn.toString(Qt::ISODate), nth.on);
        auto located = counter.locate(m.target);
        ASSERT_TRUE(located.ok());
        ASSERT_TRUE(located.value().has_value());
        EXPECT_EQ(located.value()->householdId, nth.household);
    }
    EXPECT_GE(reached, 2);
}

TEST(ProgrammeCounter, TiesOnADateAreBrokenByIdAndTheNthMemberIsFound) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    db::CounterRepository counter(*db);
    // The resident right after the last counted one does not exist yet.
    const qint64 total = counter.relocatedResidents().value();
    auto beyond = counter.locate(total + 1);
    ASSERT_TRUE(beyond.ok());
    EXPECT_FALSE(beyond.value().has_value());
    auto last = counter.locate(total);
    ASSERT_TRUE(last.ok() && last.value().has_value());
    const int members = test::scalar(*db, QStringLiteral("SELECT residents_count FROM key_handover "
                                                         "WHERE id = %1")
                                              .arg(last.value()->keyHandoverId))
                            .toInt();
    EXPECT_EQ(last.value()->memberIndex, members - 1) << "the last member of the last handover";
}

// The counter row (programme_counter) is kept by triggers, so it follows every writer of
// key_handover: the services, an import, an undo, or another tool changing rows directly.
TEST(ProgrammeCounter, CounterRowFollowsEveryChangeOfTheHandovers) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    db::CounterRepository counter(*db);
    auto expectRecount = [&](const char *after) {
        SCOPED_TRACE(after);
        EXPECT_EQ(counter.relocatedResidents().value(),
                  test::scalar(*db, QStringLiteral("SELECT SUM(residents_count) FROM key_handover "
                                                   "WHERE handed_over_on IS NOT NULL"))
                      .toLongLong());
        EXPECT_EQ(counter.relocatedHouseholds().value(),
                  test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM key_handover "
                                                   "WHERE handed_over_on IS NOT NULL"))
                      .toLongLong());
    };
    expectRecount("the demo");
    const qint64 before = counter.relocatedResidents().value();
    ASSERT_GT(before, 0);
    // A scheduled handover done, one moved back to scheduled, a count corrected, one deleted.
    const QString scheduled = test::scalar(*db, QStringLiteral("SELECT MIN(id) FROM key_handover "
                                                               "WHERE handed_over_on IS NULL"))
                                  .toString();
    ASSERT_FALSE(scheduled.isEmpty());
    const int moving =
        test::scalar(
            *db,
            QStringLiteral("SELECT residents_count FROM key_handover WHERE id = %1").arg(scheduled))
            .toInt();
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET handed_over_on = "
                                               "'2026-11-27' WHERE id = %1")
                                    .arg(scheduled)));
    expectRecount("a handover recorded");
    EXPECT_EQ(counter.relocatedResidents().value(), before + moving);
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET residents_count = 1 "
                                               "WHERE id = %1")
                                    .arg(scheduled)));
    expectRecount("a count corrected");
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET handed_over_on = NULL, "
                                               "scheduled_for = '2026-12-01' WHERE id = %1")
                                    .arg(scheduled)));
    expectRecount("a handover undone");
    EXPECT_EQ(counter.relocatedResidents().value(), before);
    // Another tool deletes a handover nothing else refers to (no act, no milestone).
    ASSERT_TRUE(test::runs(
        *db, QStringLiteral("DELETE FROM key_handover WHERE id = (SELECT MAX(k.id) FROM "
                            "key_handover k WHERE k.handed_over_on IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM certificate c WHERE c.key_handover_id = k.id) AND "
                            "NOT EXISTS (SELECT 1 FROM milestone m WHERE m.key_handover_id = "
                            "k.id))")));
    expectRecount("a handover deleted");
    EXPECT_LT(counter.relocatedResidents().value(), before);
}

// A bulk load (the demo, an import) drops the counter's triggers with the other derived
// structures and counts the handovers once at its end, in its own transaction: the counter
// then equals a count from key_handover, and the triggers are back for the next writer.
TEST(ProgrammeCounter, BulkLoadRecountsTheCounterAndRestoresItsTriggers) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    db::CounterRepository counter(*db);
    const QString triggers = QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'counter%'");
    const bool lite = db->backend() == db::Backend::Sqlite;
    const int triggersBefore = lite ? test::scalar(*db, triggers).toInt() : 0;
    const qint64 before = counter.relocatedResidents().value();
    const QString count =
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(residents_count) FROM key_handover "
                       "WHERE handed_over_on IS NOT NULL");
    {
        db::Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        db::BulkLoad bulk(*db);
        ASSERT_TRUE(bulk.dropSecondaryIndexes().ok());
        // A scheduled handover done while the load runs: with the triggers off, only the
        // recount at the end can put it in the counter.
        ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET handed_over_on = "
                                                   "'2026-11-27' WHERE id = (SELECT MIN(id) FROM "
                                                   "key_handover WHERE handed_over_on IS NULL)")));
        ASSERT_TRUE(bulk.recreateIndexes().ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_GT(counter.relocatedResidents().value(), before);
    EXPECT_EQ(QStringLiteral("%1/%2")
                  .arg(counter.relocatedHouseholds().value())
                  .arg(counter.relocatedResidents().value()),
              test::scalar(*db, count).toString());
    if (lite) {
        EXPECT_EQ(test::scalar(*db, triggers).toInt(), triggersBefore);
        EXPECT_EQ(triggersBefore, 4);
    }
    // The triggers work again: the next handover undone moves the counter at once.
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE key_handover SET handed_over_on = NULL "
                                               "WHERE id = (SELECT MAX(id) FROM key_handover k "
                                               "WHERE handed_over_on IS NOT NULL AND NOT EXISTS "
                                               "(SELECT 1 FROM certificate c WHERE "
                                               "c.key_handover_id = k.id) AND NOT EXISTS (SELECT "
                                               "1 FROM milestone m WHERE m.key_handover_id = "
                                               "k.id))")));
    EXPECT_EQ(QStringLiteral("%1/%2")
                  .arg(counter.relocatedHouseholds().value())
                  .arg(counter.relocatedResidents().value()),
              test::scalar(*db, count).toString());
}
