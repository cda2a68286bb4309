// `make bench`: every speed and size figure at programme scale, each beside a baseline
// measured in the same run with the sqlite3 command-line tool.
#include "BenchData.h"
#include "BenchTable.h"
#include "BrowseBenchmarks.h"
#include "CertificateBenchmarks.h"
#include "CounterRepository.h"
#include "DashboardBenchmarks.h"
#include "Database.h"
#include "DemoBenchmarks.h"
#include "ImportBenchmarks.h"
#include "MilestoneBenchmarks.h"
#include "ResilienceBenchmarks.h"
#include "Sqlite3Cli.h"
#include "StressBenchmarks.h"
#include "WorkflowSpeedBenchmarks.h"
#include "WorkspaceBenchmarks.h"
#include "domain/RelocationService.h"
#include "domain/StatsService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <sqlite3.h>

using namespace nov;

namespace {

QString cpuModel() {
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

// The stats command's queries (counts per table, the programme counter).
void benchStats(const QString &path, BenchTable &table) {
    auto db = db::Database::open(path);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    auto stats = StatsService::collect(*db.value());
    const double mine = double(timer.nsecsElapsed()) / 1e9;
    if (!stats)
        return;
    QString sql;
    for (const QString &t : db::CounterRepository::coreTables())
        sql += QStringLiteral("SELECT COUNT(*) FROM %1;\n").arg(t);
    sql += QStringLiteral("SELECT COALESCE(SUM(residents_count), 0) FROM key_handover WHERE "
                          "handed_over_on IS NOT NULL;\nSELECT COUNT(*) FROM key_handover WHERE "
                          "handed_over_on IS NOT NULL;\nSELECT * FROM milestone ORDER BY target;");
    table.addTimed(QStringLiteral("stats (all counts, programme counter)"), mine,
                   Sqlite3Cli::time(path, sql), QString());
}

// One key handover committed through the service (role check, checks, status, history,
// audit, milestone tracking) against the same row changes run by the sqlite3 tool.
void benchHandover(const QString &path, BenchTable &table) {
    auto db = db::Database::open(path);
    if (!db)
        return;
    const QList<qint64> households = bench::scheduledHandovers(*db.value(), 6);
    if (households.size() < 6)
        return;
    RelocationService service(*db.value());
    service.setToday(QDate(2026, 11, 27));
    const Actor clerk{3, QStringLiteral("clerk"), Role::Clerk};
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto done = service.recordKeyHandover(clerk, households.at(i), QDate(2026, 11, 27), 2);
        times << double(timer.nsecsElapsed()) / 1e9;
        if (!done)
            QTextStream(stderr) << "handover failed: " << done.error().toText() << "\n";
    }
    std::sort(times.begin(), times.end());
    const qint64 last = households.at(5);
    const double baseline = Sqlite3Cli::time(path, bench::handoverRowChangesSql(last));
    table.addTimed(QStringLiteral("one key handover committed (median of 5)"), times.at(2),
                   baseline, QStringLiteral("≤ 20 ms"));
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--import-child"))
        return runImportChild(app.arguments().mid(2));
    if (app.arguments().value(1) == QLatin1String("--stress-only")) { // DIR
        QTextStream out(stdout);
        runStressBenchmarks(app.arguments().value(2), out);
        return 0;
    }
    if (app.arguments().value(1) == QLatin1String("--import-only")) { // DEMO_DB DIR
        BenchTable table;
        runImportBenchmarks(app.arguments().value(3), app.arguments().value(2), table);
        QTextStream out(stdout);
        table.print(out);
        return 0;
    }
    if (app.arguments().value(1) == QLatin1String("--resilience-only")) { // DB DIR
        BenchTable table;
        runResilienceBenchmarks(app.arguments().value(2), app.arguments().value(3),
                                QStringLiteral(NOVOSELYE_BINARY),
                                QStringLiteral(NOVOSELYE_BENCH_GUI_MEMORY), table);
        QTextStream out(stdout);
        table.print(out);
        return 0;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Novoselye benchmarks at programme scale."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder (default: build/bench)."),
                      QStringLiteral("DIR"), QStringLiteral("bench")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Demo scale (default: moscow)."),
                      QStringLiteral("SCALE"), QStringLiteral("moscow")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Measure this existing database (a copy: it is changed) "
                                     "instead of generating one."),
                      QStringLiteral("PATH")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    QTextStream out(stdout);
    if (!Sqlite3Cli::available()) {
        out << "the sqlite3 command-line tool is missing (packaging/install-deps.sh brings it)\n";
        return 1;
    }
    out << "Novoselye benchmarks, " << QDate::currentDate().toString(Qt::ISODate) << "\n"
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores; Qt "
        << qVersion() << ", SQLite " << sqlite3_libversion() << "\n\n"
        << Qt::flush;

    BenchTable table;
    QString path;
    if (parser.isSet(QStringLiteral("db")))
        path = parser.value(QStringLiteral("db"));
    else
        runDemoBenchmarks(dir, parser.value(QStringLiteral("scale")), table, &path);
    if (!path.isEmpty()) {
        benchStats(path, table);
        runDashboardBenchmarks(path, table);
        benchHandover(path, table);
        runResilienceBenchmarks(path, dir, QStringLiteral(NOVOSELYE_BINARY),
                                QStringLiteral(NOVOSELYE_BENCH_GUI_MEMORY), table);
        runMilestoneBenchmarks(path, table);
        runImportBenchmarks(dir, path, table);
    }
    table.print(out);
    if (!path.isEmpty()) {
        out << "\nBrowsing pages (through the lazy model and its worker thread):\n";
        runBrowseBenchmarks(path, out);
        runWorkspaceBenchmarks(path, out);
        runCertificateBenchmarks(path, out);
        runWorkflowSpeedBenchmarks(path, out);
    }
    runStressBenchmarks(dir, out);
    return 0;
}
