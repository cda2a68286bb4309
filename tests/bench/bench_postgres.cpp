#include "StressBenchmarks.h"
#include "StressRun.h"

#include <QDir>
#include <QProcess>

namespace {

// 8 × 2,000 + 500 prints; NOVOSELYE_BENCH_STRESS="W,H,P" runs another size (quick checks).
int size(int index, int full) {
    const QStringList given = qEnvironmentVariable("NOVOSELYE_BENCH_STRESS").split(u',');
    return given.size() == 3 && given.at(index).toInt() > 0 ? given.at(index).toInt() : full;
}
const int kWorkers = size(0, 8);
const int kHandovers = size(1, 2000);
const int kPrints = size(2, 500);

struct Figures {
    bool ok = false;
    nov::stress::Report report;
    QString error;
};

Figures runOne(const QString &location, int workers, int handovers, int prints) {
    Figures f;
    auto pool = nov::stress::prepare(location, workers * handovers);
    if (!pool) {
        f.error = pool.error().toText();
        return f;
    }
    nov::stress::Options options;
    options.location = location;
    options.workerBinary = QStringLiteral(NOVOSELYE_STRESS_WORKER);
    options.workers = workers;
    options.handoversPerWorker = handovers;
    options.printsPerWorker = prints;
    auto report = nov::stress::run(options, 3600 * 1000);
    if (!report) {
        f.error = report.error().toText();
        return f;
    }
    f.report = report.value();
    f.ok = true;
    return f;
}

void print(QTextStream &out, const QString &backend, const Figures &alone, const Figures &all) {
    if (!alone.ok || !all.ok) {
        out << backend << ": not measured: " << alone.error << all.error << "\n";
        return;
    }
    const auto &r = all.report;
    out << QStringLiteral("%1: %2 workers × %3 handovers + %4 prints: %5 handovers in %6 s = "
                          "%7 handovers/s (one worker alone: %8/s, ratio %9); collisions %10, "
                          "busy retries %11; worker errors %12; broken guarantees %13%14\n")
               .arg(backend)
               .arg(kWorkers)
               .arg(kHandovers)
               .arg(kPrints)
               .arg(r.handovers)
               .arg(r.seconds, 0, 'f', 1)
               .arg(r.handoversPerSecond(), 0, 'f', 0)
               .arg(alone.report.handoversPerSecond(), 0, 'f', 0)
               .arg(r.handoversPerSecond() / std::max(1.0, alone.report.handoversPerSecond()), 0,
                    'f', 2)
               .arg(r.collisions)
               .arg(r.retries)
               .arg(r.workerErrors.size())
               .arg(r.problems.size())
               .arg(r.problems.isEmpty()
                        ? QString()
                        : QStringLiteral(" (") + r.problems.join(u"; ") + QStringLiteral(")"))
        << Qt::flush;
}

} // namespace

void runStressBenchmarks(const QString &dir, QTextStream &out) {
    out << "\nConcurrent clerks (tests/stress, worker processes on one database):\n" << Qt::flush;
    const QString sqliteDir = QDir(dir).filePath(QStringLiteral("stress"));
    QDir(sqliteDir).removeRecursively();
    QDir().mkpath(sqliteDir);
    print(
        out, QStringLiteral("SQLite"),
        runOne(QDir(sqliteDir).filePath(QStringLiteral("alone.db")), 1, kHandovers, kPrints),
        runOne(QDir(sqliteDir).filePath(QStringLiteral("all.db")), kWorkers, kHandovers, kPrints));

    const QString script =
        QStringLiteral(NOVOSELYE_SOURCE_DIR) + QStringLiteral("/tests/support/pg-cluster.sh");
    const QString cluster = QStringLiteral("/tmp/novoselye-bench-pg");
    QProcess start;
    start.start(script, {QStringLiteral("start"), cluster});
    start.waitForFinished(120000);
    const QString base = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    if (start.exitCode() != 0 || base.isEmpty()) {
        out << "PostgreSQL: not measured (no test cluster: "
            << QString::fromUtf8(start.readAllStandardError()).trimmed() << ")\n";
        return;
    }
    const QString server = base.left(base.lastIndexOf(u'/') + 1);
    print(out, QStringLiteral("PostgreSQL"),
          runOne(server + QStringLiteral("stress_alone"), 1, kHandovers, kPrints),
          runOne(server + QStringLiteral("stress_all"), kWorkers, kHandovers, kPrints));
    QProcess::execute(script, {QStringLiteral("stop"), cluster});
}
