// Resilience figures: the online backup of the database against `sqlite3 .backup`, and peak
// memory (RSS) of the main window after every page and of demo generation, each beside the
// sqlite3 tool doing comparable work.
#include "CounterRepository.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "ResilienceBenchmarks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct ChildRun {
    qint64 peakKiB = -1;
    double seconds = 0;
    int exitCode = -1;
};

// The child's own peak RSS so far (VmHWM of /proc/PID/status), -1 once it is gone.
qint64 peakOf(pid_t pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Runs a program to its end and follows its own peak RSS. Not wait4()'s ru_maxrss: a child
// started by posix_spawn shares this process's memory until its exec, and Linux keeps that
// high-water mark in the child's ru_maxrss, so after this process has mapped the moscow
// database every child would "peak" at this process's size. VmHWM belongs to the child's own
// address space; it only grows, so the last reading before the exit is the peak (read every
// 5 ms).
ChildRun runChild(const QStringList &command, const QString &stdinFile = QString()) {
    ChildRun run;
    QList<QByteArray> bytes;
    for (const QString &part : command)
        bytes << QFile::encodeName(part);
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray input = QFile::encodeName(stdinFile);
    if (!stdinFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, input.constData(), O_RDONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return run;
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            break;
        }
        if (done < 0)
            break;
        run.peakKiB = std::max(run.peakKiB, peakOf(pid));
        usleep(5000);
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    return run;
}

QString mebibytes(qint64 kib) {
    return kib < 0 ? QStringLiteral("-")
                   : QStringLiteral("%1 MB").arg(double(kib) / 1024.0, 0, 'f', 0);
}

QString ratio(double value, double baseline) {
    return baseline > 0 && value >= 0 ? QStringLiteral("%1×").arg(value / baseline, 0, 'f', 2)
                                      : QString();
}

QString writeScript(const QString &dir, const QString &name, const QString &sql) {
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(sql.toUtf8());
    return path;
}

// The sqlite3 tool's scripts end by writing the tool's own VmHWM into a file (`.system` runs a
// shell whose parent is the tool): a short script may end before a 5 ms reading catches it.
QString reportingPeak(const QString &sql, const QString &report) {
    return sql + QStringLiteral(".system grep VmHWM /proc/$PPID/status > '%1'\n").arg(report);
}

ChildRun runTool(const QStringList &command, const QString &script, const QString &report) {
    QFile::remove(report);
    ChildRun run = runChild(command, script);
    QFile file(report);
    if (file.open(QIODevice::ReadOnly))
        run.peakKiB =
            std::max(run.peakKiB, file.readAll().mid(6).trimmed().split(' ').value(0).toLongLong());
    QFile::remove(report);
    return run;
}

void removeDatabase(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".partial")})
        QFile::remove(path + suffix);
}

} // namespace

void runResilienceBenchmarks(const QString &dbPath, const QString &dir,
                             const QString &novoselyeBinary, const QString &guiMemoryProbe,
                             BenchTable &table) {
    const QLocale l(QLocale::English);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    // Backup: the program's verified online copy against the tool's plain .backup.
    const QString copy = QDir(dir).filePath(QStringLiteral("bench-backup.db"));
    const QString toolCopy = QDir(dir).filePath(QStringLiteral("bench-backup-sqlite3.db"));
    removeDatabase(copy);
    removeDatabase(toolCopy);
    QElapsedTimer clock;
    clock.start();
    auto copied = nov::db::DatabaseBackup::copy(dbPath, copy);
    const double backupSeconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    auto verified = nov::db::DatabaseBackup::verify(copy);
    const double verifySeconds = double(clock.nsecsElapsed()) / 1e9;
    const ChildRun tool = runChild({sqlite3, dbPath, QStringLiteral(".backup '%1'").arg(toolCopy)});
    if (copied && verified) {
        table.add({QStringLiteral("backup %1 (online, steps, quick_check)")
                       .arg(QStringLiteral("%1 MB").arg(double(copied->bytes) / 1e6, 0, 'f', 0)),
                   BenchTable::seconds(backupSeconds),
                   tool.exitCode == 0 ? BenchTable::seconds(tool.seconds) : QString(),
                   ratio(backupSeconds, tool.seconds), QString()});
        table.add({QStringLiteral("  full check of the copy (integrity_check, keys)"),
                   BenchTable::seconds(verifySeconds), QString(), QString(), QString()});
    } else {
        table.add({QStringLiteral("backup failed: ") +
                       (copied ? verified.error().toText() : copied.error().toText()),
                   QString(), QString(), QString(), QString()});
    }
    removeDatabase(copy);
    removeDatabase(toolCopy);

    // The window's memory after every page, against the tool counting the same tables.
    QString counts;
    for (const QString &t : nov::db::CounterRepository::coreTables())
        counts += QStringLiteral("SELECT COUNT(*) FROM %1;\n").arg(t);
    counts += QStringLiteral("SELECT * FROM resident ORDER BY name_key, id LIMIT 200;\n");
    const QString report = QDir(dir).filePath(QStringLiteral("bench-tool-peak.txt"));
    const QString countsScript =
        writeScript(dir, QStringLiteral("bench-counts.sql"), reportingPeak(counts, report));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const ChildRun window = runChild({guiMemoryProbe, dbPath});
    const ChildRun windowBaseline = runTool({sqlite3, dbPath}, countsScript, report);
    table.add({QStringLiteral("main window, every page visited: peak RSS"),
               window.exitCode == 0 ? mebibytes(window.peakKiB) : QStringLiteral("failed"),
               mebibytes(windowBaseline.peakKiB),
               ratio(double(window.peakKiB), double(windowBaseline.peakKiB)),
               QStringLiteral("≤ 250 MB")});

    // Demo generation's memory (district scale: the moscow run is timed above; its memory is
    // what matters for the program, the scale for the shared machine running the benchmark).
    const QString demo = QDir(dir).filePath(QStringLiteral("bench-memory-district.db"));
    removeDatabase(demo);
    const ChildRun generation =
        runChild({novoselyeBinary, QStringLiteral("demo"), QStringLiteral("--db"), demo,
                  QStringLiteral("--scale"), QStringLiteral("district"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-27")});
    qint64 rows = 0;
    if (auto db = nov::db::Database::open(demo)) {
        if (auto tables = nov::db::CounterRepository(*db.value()).tableCounts()) {
            for (const auto &[name, count] : tables.value())
                rows += count;
        }
    }
    const QString scratch = QDir(dir).filePath(QStringLiteral("bench-memory-scratch.db"));
    removeDatabase(scratch);
    const QString insertScript = writeScript(
        dir, QStringLiteral("bench-insert.sql"),
        // Not .arg(): "%011d" would be taken for the place marker %01.
        reportingPeak(
            QStringLiteral(
                "CREATE TABLE scratch (id INTEGER PRIMARY KEY, last_name TEXT, "
                "first_name TEXT, birth_date TEXT, snils TEXT UNIQUE, n INTEGER);\n"
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ") +
                QString::number(rows) +
                QStringLiteral(") INSERT INTO scratch SELECT x, 'Фамилия' || x, 'Имя' || (x % 97), "
                               "date('1950-01-01', '+' || (x % 20000) || ' days'), "
                               "printf('%011d', x * 7), x % 6 FROM c;\n"),
            report));
    const ChildRun insertBaseline = runTool({sqlite3, scratch}, insertScript, report);
    table.add({QStringLiteral("demo --scale district (%1 rows): peak RSS").arg(l.toString(rows)),
               generation.exitCode == 0 ? mebibytes(generation.peakKiB) : QStringLiteral("failed"),
               mebibytes(insertBaseline.peakKiB),
               ratio(double(generation.peakKiB), double(insertBaseline.peakKiB)), QString()});
    removeDatabase(demo);
    removeDatabase(scratch);
    QFile::remove(countsScript);
    QFile::remove(insertScript);
}
