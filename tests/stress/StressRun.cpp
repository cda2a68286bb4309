#include "StressRun.h"

#include "Database.h"
#include "Transaction.h"
#include "demo/DemoGenerator.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace nov::stress {

namespace {

const QDate kToday(2026, 11, 27);
const QString kPrintsAudited = QStringLiteral(
    "SELECT COUNT(*) FROM audit_log WHERE action IN ('certificate.print', 'certificate.reprint')");

Result<qint64> number(db::Database &db, const QString &sql, const QVariantList &values = {}) {
    auto q = db.run(sql, values, QStringLiteral("stress"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("no row"), sql};
    return q->value(0).toLongLong();
}

Status exec(db::Database &db, const QString &sql, const QVariantList &values = {}) {
    auto q = db.run(sql, values, QStringLiteral("stress"));
    if (!q)
        return q.error();
    return {};
}

// The end of a worker's log: its error message, if it failed.
QString lastLines(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    if (f.size() > 2000)
        f.seek(f.size() - 2000);
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

Result<int> prepare(const QString &location, int households, bool makeDemo) {
    DemoGenerator::Options demo;
    demo.scale = QStringLiteral("small");
    demo.seed = 7;
    demo.today = kToday;
    demo.withHistory = false;
    if (makeDemo) {
        if (auto made = DemoGenerator::generate(location, demo); !made)
            return made.error();
    }
    auto opened = db::Database::open(location);
    if (!opened)
        return opened.error();
    db::Database &db = *opened.value();
    db::Transaction tx(db);
    if (!tx.begun())
        return tx.error();
    auto district = number(db, QStringLiteral("SELECT MIN(id) FROM district"));
    if (!district)
        return district.error();
    for (const char *kind : {"old", "new"}) {
        NOV_RETURN_IF_ERROR(
            exec(db,
                 QStringLiteral("INSERT INTO building (kind, district_id, address, floors, status) "
                                "VALUES (?, ?, ?, 99, ?)"),
                 {QString::fromLatin1(kind), district.value(),
                  QStringLiteral("Стресс-тест, дом %1").arg(QString::fromLatin1(kind)),
                  QString::fromLatin1(kind) == QLatin1String("old") ? QStringLiteral("vacating")
                                                                    : QStringLiteral("settling")}));
    }
    auto oldBuilding = number(db, QStringLiteral("SELECT id FROM building WHERE address = ?"),
                              {QStringLiteral("Стресс-тест, дом old")});
    auto newBuilding = number(db, QStringLiteral("SELECT id FROM building WHERE address = ?"),
                              {QStringLiteral("Стресс-тест, дом new")});
    if (!oldBuilding || !newBuilding)
        return Error{QStringLiteral("stress buildings missing")};
    // One old and one new two-room apartment per pool household, numbered 1..households.
    for (const auto &[building, status] :
         {std::pair{oldBuilding.value(), QStringLiteral("occupied")},
          std::pair{newBuilding.value(), QStringLiteral("reserved")}}) {
        NOV_RETURN_IF_ERROR(
            exec(db,
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                     "living_area, status) SELECT ?, CAST(i AS VARCHAR(10)), 1 + i % 99, 2, 54.0, "
                     "31.5, ? FROM n"),
                 {households, building, status}));
    }
    const QVariantList old{oldBuilding.value()};
    NOV_RETURN_IF_ERROR(exec(
        db,
        QStringLiteral("INSERT INTO household (case_number, old_apartment_id, status, "
                       "included_on, status_changed_on, notified_on) SELECT 'СТРЕСС-' || "
                       "number, id, 'contract_signed', '2025-01-10', '2025-04-10', '2025-02-01' "
                       "FROM apartment WHERE building_id = ?"),
        old));
    // 1, 2 or 3 members
    const QString members = QStringLiteral(
        "INSERT INTO resident (household_id, last_name, first_name, name_key, sex, birth_date, "
        "relation) SELECT h.id, ?, ?, ?, ?, '1980-05-05', ? FROM household h JOIN apartment o "
        "ON o.id = h.old_apartment_id WHERE o.building_id = ? AND CAST(o.number AS INTEGER) % 3 "
        ">= ?");
    NOV_RETURN_IF_ERROR(
        exec(db, members,
             {QStringLiteral("Стрессов"), QStringLiteral("Иван"), QStringLiteral("СТРЕССОВ ИВАН"),
              QStringLiteral("M"), QStringLiteral("head"), oldBuilding.value(), 0}));
    NOV_RETURN_IF_ERROR(
        exec(db, members,
             {QStringLiteral("Стрессова"), QStringLiteral("Анна"), QStringLiteral("СТРЕССОВА АННА"),
              QStringLiteral("F"), QStringLiteral("spouse"), oldBuilding.value(), 1}));
    NOV_RETURN_IF_ERROR(
        exec(db, members,
             {QStringLiteral("Стрессов"), QStringLiteral("Пётр"), QStringLiteral("СТРЕССОВ ПЕТР"),
              QStringLiteral("M"), QStringLiteral("child"), oldBuilding.value(), 2}));
    NOV_RETURN_IF_ERROR(exec(
        db,
        QStringLiteral("INSERT INTO offer (household_id, new_apartment_id, letter_on, viewed_on, "
                       "decision, decided_on) SELECT h.id, n.id, '2025-03-01', '2025-03-05', "
                       "'consented', '2025-03-10' FROM household h JOIN apartment o ON o.id = "
                       "h.old_apartment_id JOIN apartment n ON n.building_id = ? AND n.number = "
                       "o.number WHERE o.building_id = ?"),
        {newBuilding.value(), oldBuilding.value()}));
    NOV_RETURN_IF_ERROR(exec(
        db,
        QStringLiteral("INSERT INTO contract (household_id, offer_id, number, type, drafted_on, "
                       "signed_on) SELECT f.household_id, f.id, 'СТРЕСС-Д-' || f.id, "
                       "'exchange', '2025-04-01', '2025-04-10' FROM offer f JOIN apartment n ON "
                       "n.id = f.new_apartment_id WHERE n.building_id = ?"),
        {newBuilding.value()}));
    NOV_RETURN_IF_ERROR(exec(
        db,
        QStringLiteral("INSERT INTO key_handover (household_id, new_apartment_id, contract_id, "
                       "scheduled_for, residents_count, key_sets) SELECT c.household_id, "
                       "f.new_apartment_id, c.id, '2026-11-27', (SELECT COUNT(*) FROM resident r "
                       "WHERE r.household_id = c.household_id), 2 FROM contract c JOIN offer f "
                       "ON f.id = c.offer_id JOIN apartment n ON n.id = f.new_apartment_id WHERE "
                       "n.building_id = ?"),
        {newBuilding.value()}));
    // Milestone targets across what the pool adds: about 40 of them.
    auto relocated = number(db, QStringLiteral("SELECT COALESCE(SUM(residents_count), 0) FROM "
                                               "key_handover WHERE handed_over_on IS NOT NULL"));
    auto added = number(db,
                        QStringLiteral("SELECT COALESCE(SUM(k.residents_count), 0) FROM "
                                       "key_handover k JOIN apartment n ON n.id = "
                                       "k.new_apartment_id WHERE n.building_id = ?"),
                        {newBuilding.value()});
    auto highest = number(db, QStringLiteral("SELECT COALESCE(MAX(target), 0) FROM milestone"));
    if (!relocated || !added || !highest)
        return Error{QStringLiteral("stress pool cannot be counted")};
    const qint64 step = std::max<qint64>(7, added.value() / 40);
    for (qint64 target = std::max(highest.value(), relocated.value()) + step;
         target <= relocated.value() + added.value(); target += step)
        NOV_RETURN_IF_ERROR(
            exec(db, QStringLiteral("INSERT INTO milestone (target, title) VALUES (?, ?)"),
                 {target, QStringLiteral("Стресс %1").arg(target)}));
    NOV_RETURN_IF_ERROR(tx.commit());
    return households;
}

Result<Report> run(const Options &options, int timeoutMs) {
    qint64 printedBefore = 0;
    {
        auto db = db::Database::open(options.location);
        if (!db)
            return db.error();
        auto printed = number(*db.value(), kPrintsAudited);
        if (!printed)
            return printed.error();
        printedBefore = printed.value();
    }
    std::vector<std::unique_ptr<QProcess>> workers;
    // Each worker's log goes to a file: a pipe nobody reads while the workers run would fill
    // up and stop a worker in the middle of its transaction (and everyone behind its lock).
    QTemporaryDir logs;
    auto logOf = [&](int w) {
        return logs.filePath(QStringLiteral("worker-%1.log").arg(w));
    };
    QElapsedTimer timer;
    timer.start();
    for (int w = 0; w < options.workers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setStandardErrorFile(logOf(w));
        p->start(options.workerBinary,
                 {options.location, QString::number(w), QString::number(options.handoversPerWorker),
                  QString::number(options.printsPerWorker)});
        workers.push_back(std::move(p));
    }
    Report report;
    const QDeadlineTimer deadline(timeoutMs);
    for (int w = 0; w < options.workers; ++w) {
        QProcess &p = *workers.at(size_t(w));
        if (!p.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
            p.kill();
            p.waitForFinished(5000);
            report.workerErrors << QStringLiteral("worker %1 did not finish in time").arg(w);
            continue;
        }
        // The last line: "handovers prints collisions retries"
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList figures = lines.isEmpty() ? QStringList() : lines.last().split(u' ');
        if (p.exitCode() != 0 || figures.size() != 4)
            report.workerErrors << QStringLiteral("worker %1 (exit %2): %3")
                                       .arg(w)
                                       .arg(p.exitCode())
                                       .arg(lastLines(logOf(w)));
        if (figures.size() == 4) {
            report.handovers += figures.at(0).toInt();
            report.prints += figures.at(1).toInt();
            report.collisions += figures.at(2).toInt();
            report.retries += figures.at(3).toInt();
        }
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    auto problems = check(options.location, options.workers * options.handoversPerWorker,
                          int(printedBefore) + report.prints);
    if (!problems)
        return problems.error();
    report.problems = problems.value();
    return report;
}

Result<QStringList> check(const QString &location, int expectedHandovers, int expectedPrints) {
    db::Database::Options look;
    look.create = false;
    look.migrate = false;
    auto opened = db::Database::open(location, look);
    if (!opened)
        return opened.error();
    db::Database &db = *opened.value();
    QStringList problems;
    auto expect = [&](const QString &what, const QString &sql, qint64 wanted,
                      const QVariantList &values = {}) {
        auto got = number(db, sql, values);
        if (!got)
            problems << what + QStringLiteral(": ") + got.error().toText();
        else if (got.value() != wanted)
            problems
                << QStringLiteral("%1: %2 instead of %3").arg(what).arg(got.value()).arg(wanted);
    };
    const QString pool = QStringLiteral(
        "SELECT k.id FROM key_handover k JOIN apartment n ON n.id = k.new_apartment_id JOIN "
        "building b ON b.id = n.building_id WHERE b.address = 'Стресс-тест, дом new'");
    expect(QStringLiteral("apartments given to two households"),
           QStringLiteral("SELECT COUNT(*) FROM (SELECT new_apartment_id FROM key_handover WHERE "
                          "handed_over_on IS NOT NULL GROUP BY new_apartment_id HAVING COUNT(*) "
                          "> 1) d"),
           0);
    expect(QStringLiteral("households handed over twice"),
           QStringLiteral("SELECT COUNT(*) FROM (SELECT household_id FROM key_handover WHERE "
                          "handed_over_on IS NOT NULL GROUP BY household_id HAVING COUNT(*) > 1) "
                          "d"),
           0);
    expect(QStringLiteral("pool handovers recorded"),
           QStringLiteral("SELECT COUNT(*) FROM key_handover WHERE handed_over_on IS NOT NULL "
                          "AND id IN (%1)")
               .arg(pool),
           expectedHandovers);
    expect(QStringLiteral("pool households marked as relocated"),
           QStringLiteral("SELECT COUNT(*) FROM household h JOIN key_handover k ON "
                          "k.household_id = h.id WHERE h.status = 'keys_handed_over' AND k.id IN "
                          "(%1)")
               .arg(pool),
           expectedHandovers);
    expect(QStringLiteral("pool apartments occupied"),
           QStringLiteral("SELECT COUNT(*) FROM apartment a JOIN key_handover k ON "
                          "k.new_apartment_id = a.id WHERE a.status = 'occupied' AND k.id IN (%1)")
               .arg(pool),
           expectedHandovers);
    expect(QStringLiteral("recorded handovers without their act"),
           QStringLiteral("SELECT COUNT(*) FROM key_handover k WHERE k.id IN (%1) AND "
                          "k.handed_over_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM certificate "
                          "c WHERE c.key_handover_id = k.id)")
               .arg(pool),
           0);
    // Act numbers of each kind and year: 1..n, no gap, no duplicate.
    auto years = db.run(QStringLiteral("SELECT kind, year, COUNT(*), COUNT(DISTINCT seq), "
                                       "MAX(seq), COUNT(DISTINCT number) FROM certificate GROUP "
                                       "BY kind, year"),
                        {}, QStringLiteral("certificate"));
    if (!years)
        return years.error();
    while (years->next()) {
        const qint64 acts = years->value(2).toLongLong();
        if (years->value(3).toLongLong() != acts || years->value(4).toLongLong() != acts ||
            years->value(5).toLongLong() != acts)
            problems << QStringLiteral("act numbers of %1 %2: %3 acts, %4 distinct, highest %5")
                            .arg(years->value(0).toString(), years->value(1).toString())
                            .arg(acts)
                            .arg(years->value(3).toLongLong())
                            .arg(years->value(4).toLongLong());
    }
    years->finish();
    // Every print counted once: originals printed + copies = the prints the workers made.
    expect(QStringLiteral("act prints counted"),
           QStringLiteral("SELECT COALESCE(SUM(CASE WHEN last_printed_at IS NULL THEN 0 ELSE "
                          "print_count END), 0) FROM certificate"),
           expectedPrints);
    expect(QStringLiteral("act prints audited"), kPrintsAudited, expectedPrints);
    // Milestones: every target up to the relocated total reached, by the handover a recount
    // of relocated residents (in handover order) names.
    expect(QStringLiteral("milestones that disagree with a recount"),
           QStringLiteral("WITH c AS (SELECT id, SUM(residents_count) OVER (ORDER BY "
                          "handed_over_on, id) AS upto FROM key_handover WHERE handed_over_on IS "
                          "NOT NULL) SELECT COUNT(*) FROM milestone m WHERE "
                          "m.gift_handed_over_on IS NULL AND COALESCE(m.key_handover_id, 0) <> "
                          "COALESCE((SELECT c.id FROM c WHERE c.upto >= m.target ORDER BY c.upto "
                          "LIMIT 1), 0)"),
           0);
    expect(QStringLiteral("milestones reached beyond the relocated total"),
           QStringLiteral("SELECT COUNT(*) FROM milestone WHERE reached_on IS NOT NULL AND "
                          "target > (SELECT COALESCE(SUM(residents_count), 0) FROM key_handover "
                          "WHERE handed_over_on IS NOT NULL)"),
           0);
    return problems;
}

} // namespace nov::stress
