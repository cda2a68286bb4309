#include "DashboardBenchmarks.h"
#include "Database.h"
#include "Sqlite3Cli.h"
#include "dashboard/DashboardPage.h"
#include "domain/DashboardService.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>
#include <sqlite3.h>

using namespace nov;

namespace {

constexpr int kRounds = 5;
const QDate kToday(2026, 11, 27);

double median(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Seconds `work` takes, wall clock and this thread's CPU (which a busy machine inflates
// less), each the median of kRounds runs.
struct Timing {
    double wall = -1;
    double cpu = -1;
};
Timing timed(const std::function<void()> &work) {
    QList<double> wall, cpu;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        work();
        wall << double(timer.nsecsElapsed()) / 1e9;
        cpu << threadCpuSeconds() - cpuStart;
    }
    return {median(wall), median(cpu)};
}

void addCpu(BenchTable &table, const Timing &t) {
    table.add({QStringLiteral("    (CPU time of this thread)"), BenchTable::seconds(t.cpu),
               QString(), QString(), QString()});
}

// The statements `work` runs on `db`, with their bound values written in.
QStringList statementsOf(db::Database &db, const std::function<void()> &work) {
    QStringList statements;
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return statements;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_trace_v2(
        raw, SQLITE_TRACE_STMT,
        [](unsigned, void *context, void *statement, void *) -> int {
            char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
            if (sql)
                static_cast<QStringList *>(context)->append(QString::fromUtf8(sql) +
                                                            QLatin1Char(';'));
            sqlite3_free(sql);
            return 0;
        },
        &statements);
    work();
    sqlite3_trace_v2(raw, 0, nullptr, nullptr);
    return statements;
}

double cliSeconds(const QString &path, const QStringList &statements) {
    QList<double> runs;
    for (int i = 0; i < kRounds; ++i)
        runs << Sqlite3Cli::time(path, statements.join(QLatin1Char('\n')));
    return median(runs);
}

void benchRefresh(db::Database &db, const QString &path, const QString &figure,
                  const DashboardService::Filter &filter, BenchTable &table) {
    DashboardService service(db);
    auto warm = service.load(filter, kToday); // the first read fills the page cache
    if (!warm) {
        QTextStream(stderr) << "dashboard failed: " << warm.error().toText() << "\n";
        return;
    }
    const Timing mine = timed([&] { (void)service.load(filter, kToday); });
    const QStringList statements = statementsOf(db, [&] { (void)service.load(filter, kToday); });
    table.addTimed(figure, mine.wall, cliSeconds(path, statements), QStringLiteral("≤ 100 ms"));
    addCpu(table, mine);
}

} // namespace

void runDashboardBenchmarks(const QString &dbPath, BenchTable &table) {
    auto db = db::Database::open(dbPath);
    if (!db) {
        QTextStream(stderr) << db.error().toText() << "\n";
        return;
    }
    benchRefresh(*db.value(), dbPath, QStringLiteral("dashboard refresh (all aggregates)"), {},
                 table);
    DashboardService::Filter filter;
    filter.okrug = QStringLiteral("ВАО");
    filter.from = kToday.addYears(-1).addDays(1);
    filter.to = kToday;
    benchRefresh(*db.value(), dbPath, QStringLiteral("  … filtered: ВАО, last 12 months"), filter,
                 table);

    // Tiles and the three charts rebuilt from a loaded dashboard, then painted once.
    auto dashboard = DashboardService(*db.value()).load({}, kToday);
    if (!dashboard)
        return;
    DashboardPage page(*db.value(), Actor{});
    page.setToday(kToday);
    page.resize(1280, 640);
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.show();
    page.waitUntilSettled(60000);
    const Timing rebuild = timed([&] { page.display(dashboard.value()); });
    table.addTimed(QStringLiteral("dashboard charts and tiles rebuilt"), rebuild.wall, -1,
                   QStringLiteral("≤ 50 ms"));
    addCpu(table, rebuild);
    const Timing painted = timed([&] {
        page.display(dashboard.value());
        (void)page.content()->grab();
    });
    table.addTimed(QStringLiteral("  … rebuilt and painted (1280×640)"), painted.wall, -1,
                   QString());
}
