#include "CounterRepository.h"
#include "Database.h"
#include "MilestoneBenchmarks.h"
#include "Sqlite3Cli.h"
#include "domain/MilestonePlanner.h"
#include "domain/MilestoneService.h"

#include <QElapsedTimer>
#include <functional>

using namespace nov;

namespace {

const QDate kToday(2026, 11, 27);

// The median of five runs, in seconds.
double median(const std::function<bool()> &run) {
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return -1;
        times << double(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

const QString kCounterSql = QStringLiteral("SELECT COALESCE(SUM(residents_count), 0) FROM "
                                           "key_handover WHERE handed_over_on IS NOT NULL;\n");

} // namespace

void runMilestoneBenchmarks(const QString &dbPath, BenchTable &table) {
    auto opened = db::Database::open(dbPath);
    if (!opened)
        return;
    db::Database &db = *opened.value();

    const double page = median([&] {
        return db::CounterRepository(db).relocatedResidents().ok() &&
               MilestoneService(db).lines().ok() && MilestoneService(db).notices().ok();
    });
    const double pageBaseline = Sqlite3Cli::time(
        dbPath,
        kCounterSql +
            QStringLiteral(
                "SELECT m.id, m.target, m.title, m.reached_on, m.household_id, h.case_number, "
                "m.resident_id, r.last_name || ' ' || r.first_name || COALESCE(' ' || "
                "r.patronymic, ''), m.vehicle_id, v.vin, v.model, v.production_no, "
                "m.gift_recipient_id, g.last_name || ' ' || g.first_name || COALESCE(' ' || "
                "g.patronymic, ''), m.gift_handed_over_on FROM milestone m "
                "LEFT JOIN household h ON h.id = m.household_id "
                "LEFT JOIN resident r ON r.id = m.resident_id "
                "LEFT JOIN vehicle v ON v.id = m.vehicle_id "
                "LEFT JOIN resident g ON g.id = m.gift_recipient_id ORDER BY m.target;\n"
                "SELECT at, action, entity_id, details FROM audit_log WHERE entity = "
                "'milestone' AND action IN ('milestone.recipient', 'milestone.conflict') "
                "ORDER BY id DESC LIMIT 20;"));
    table.addTimed(QStringLiteral("milestones page list (median of 5)"), page, pageBaseline,
                   QStringLiteral("≤ 100 ms"));

    const double plan = median([&] { return MilestonePlanner(db).plan(kToday).ok(); });
    // The same questions in plain SQL: the counter, the next targets, the appointments' running
    // sum up to the first target they reach, its member, and the pace of the last 8 weeks.
    const double planBaseline = Sqlite3Cli::time(
        dbPath,
        kCounterSql +
            QStringLiteral(
                "SELECT target FROM milestone WHERE reached_on IS NULL ORDER BY target LIMIT 3;\n"
                "WITH c AS (SELECT COALESCE(SUM(residents_count), 0) AS n FROM key_handover "
                "WHERE handed_over_on IS NOT NULL), t AS (SELECT MIN(target) AS target FROM "
                "milestone WHERE reached_on IS NULL), a AS (SELECT id, household_id, "
                "scheduled_for, (SELECT n FROM c) + SUM(residents_count) OVER (ORDER BY "
                "scheduled_for, id) AS upto FROM key_handover WHERE handed_over_on IS NULL AND "
                "scheduled_for >= '2026-11-27') SELECT a.id, a.household_id, a.scheduled_for "
                "FROM a, t WHERE a.upto >= t.target ORDER BY a.upto LIMIT 1;\n"
                "SELECT handed_over_on, SUM(residents_count) FROM key_handover WHERE "
                "handed_over_on > '2026-10-02' AND handed_over_on <= '2026-11-27' GROUP BY "
                "handed_over_on;"));
    table.addTimed(QStringLiteral("milestone planner, next 3 targets (median of 5)"), plan,
                   planBaseline, QStringLiteral("≤ 200 ms"));

    const double nth = median([&] { return db::CounterRepository(db).locate(100000).ok(); });
    const double nthBaseline = Sqlite3Cli::time(
        dbPath, QStringLiteral("SELECT id FROM (SELECT id, SUM(residents_count) OVER (ORDER BY "
                               "handed_over_on, id) AS upto FROM key_handover WHERE "
                               "handed_over_on IS NOT NULL) WHERE upto >= 100000 ORDER BY upto "
                               "LIMIT 1;"));
    table.addTimed(QStringLiteral("the 100,000th resident located (median of 5)"), nth, nthBaseline,
                   QString());
}
