#include "DemoBenchmarks.h"
#include "Sqlite3Cli.h"
#include "demo/DemoGenerator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <sys/resource.h>

using namespace nov;

namespace {

double seconds(const timeval &t) {
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// User + system CPU seconds of this process (all its threads) or of its waited-for children.
double cpuSeconds(int who) {
    rusage u{};
    getrusage(who, &u);
    return seconds(u.ru_utime) + seconds(u.ru_stime);
}

void removeDatabase(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".partial")})
        QFile::remove(path + suffix);
}

} // namespace

void runDemoBenchmarks(const QString &dir, const QString &scale, BenchTable &table,
                       QString *dbPath) {
    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.db").arg(scale));
    removeDatabase(path);
    DemoGenerator::Options options;
    options.scale = scale;
    options.today = QDate(2026, 11, 27);
    QTextStream err(stderr);
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    auto summary = DemoGenerator::generate(path, options, [&](int percent, const QString &) {
        if (percent % 10 == 0)
            err << "  demo " << percent << "%\n" << Qt::flush;
        return true;
    });
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!summary) {
        err << "demo failed: " << summary.error().toText() << "\n";
        return;
    }
    *dbPath = path;
    const qint64 rows = summary->rows;
    const QString scratch = QDir(dir).filePath(QStringLiteral("scratch.db"));
    removeDatabase(scratch);
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    // SQL-SAFE: only the row count (a number) goes in. Not through QString::arg(): it would
    // take printf's "%011d" for a place marker "%01" too.
    const double baseline = Sqlite3Cli::time(
        scratch, QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;\n"
                                "CREATE TABLE scratch (id INTEGER PRIMARY KEY, last_name TEXT, "
                                "first_name TEXT, birth_date TEXT, snils TEXT, n INTEGER);\n"
                                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                "LIMIT ") +
                     QString::number(rows) +
                     QStringLiteral(") INSERT INTO scratch SELECT x, 'Фамилия' || x, "
                                    "'Имя' || (x % 97), "
                                    "date('1950-01-01', '+' || (x % 20000) || ' days'), "
                                    "printf('%011d', x * 7), x % 6 FROM c;"));
    const double baselineCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    removeDatabase(scratch);
    const QLocale l(QLocale::English);
    const bool moscow = scale == QLatin1String("moscow");
    table.addTimed(QStringLiteral("demo --scale %1 (%2 rows)").arg(scale, l.toString(rows)),
                   summary->seconds, baseline, moscow ? QStringLiteral("≤ 20 s") : QString());
    table.addTimed(QStringLiteral("  CPU time (user + sys, all threads)"), cpu, baselineCpu,
                   QString());
    table.add({QStringLiteral("  demo rows/s"), l.toString(qint64(double(rows) / summary->seconds)),
               baseline > 0 ? l.toString(qint64(double(rows) / baseline)) : QString(), QString(),
               QString()});
    table.add({QStringLiteral("  residents / relocated residents"),
               QStringLiteral("%1 / %2").arg(l.toString(summary->residents),
                                             l.toString(summary->relocatedResidents)),
               QString(), QString(), QStringLiteral("1,000,000 / ≈250,000")});
    table.add({QStringLiteral("database size"),
               QStringLiteral("%1 MB").arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0),
               QString(), QString(), moscow ? QStringLiteral("≤ 400 MB") : QString()});
}
