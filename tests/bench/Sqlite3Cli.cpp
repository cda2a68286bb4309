#include "Sqlite3Cli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

bool Sqlite3Cli::available() {
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

double Sqlite3Cli::time(const QString &database, const QString &sql) {
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {database});
    if (!p.waitForStarted())
        return -1;
    p.write(".timer on\n");
    p.write(sql.toUtf8());
    p.write("\n.quit\n");
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        return -1;
    // ".timer on" prints "Run Time: real 0.123 user ... sys ..." per statement.
    static const QRegularExpression real(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    double total = 0;
    auto it = real.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        total += it.next().captured(1).toDouble();
    return total;
}
