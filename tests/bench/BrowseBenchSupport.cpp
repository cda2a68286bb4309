#include "BrowseBenchSupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

namespace nov::bench {

namespace {

QString literal(const QVariant &v) {
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return v.toString();
}

} // namespace

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Starts something and runs the event loop until `done` holds (checked whenever the model
// reports); the milliseconds it took, or -1 on timeout.
double timeUntil(LazyTableModel &model, const std::function<void()> &start,
                 const std::function<bool()> &done) {
    QElapsedTimer timer;
    timer.start();
    start();
    if (!done()) {
        QEventLoop loop;
        auto check = [&] {
            if (done())
                loop.quit();
        };
        QObject::connect(&model, &LazyTableModel::firstRowsLoaded, &loop, check);
        QObject::connect(&model, &LazyTableModel::totalRowsChanged, &loop, check);
        QObject::connect(&model, &LazyTableModel::settled, &loop, check);
        QObject::connect(&model, &LazyTableModel::dataChanged, &loop, check);
        QObject::connect(&model, &LazyTableModel::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done() ? msSince(timer) : -1;
}

// The statement with its values written in, for the sqlite3 tool.
QString inlined(const db::PageQuery::Statement &statement) {
    QString sql;
    int value = 0;
    for (QChar c : statement.sql)
        sql += c == QLatin1Char('?') ? literal(statement.values.value(value++)) : QString(c);
    return sql + QLatin1Char(';');
}

// Milliseconds the sqlite3 tool reports for the statements (".timer on", real time summed;
// the median of kRounds runs), or -1 when it cannot run.
double sqliteCliMs(const QString &database, const QStringList &statements) {
    static const QRegularExpression real(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    QList<double> runs;
    for (int round = 0; round < kRounds; ++round) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-cmd"), QStringLiteral(".timer on"), database});
        if (!p.waitForStarted())
            return -1;
        p.write(statements.join(QLatin1Char('\n')).toUtf8());
        p.write("\n.quit\n");
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return -1;
        double seconds = 0;
        auto it = real.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
        while (it.hasNext())
            seconds += it.next().captured(1).toDouble();
        runs << seconds * 1000;
    }
    return median(runs);
}

void Report::line(const QString &figure, double ms, double targetMs, double baselineMs) {
    const QString value =
        ms < 0 ? QStringLiteral("timeout") : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    const QString target = targetMs > 0 ? QStringLiteral("≤ %1 ms").arg(targetMs) : QString();
    const QString verdict = targetMs <= 0                 ? QString()
                            : (ms >= 0 && ms <= targetMs) ? QStringLiteral("ok")
                                                          : QStringLiteral("MISSED");
    const QString baseline =
        baselineMs < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(baselineMs, 0, 'f', 1);
    const QString ratio = baselineMs > 0 && ms >= 0
                              ? QStringLiteral("%1×").arg(ms / baselineMs, 0, 'f', 1)
                              : QStringLiteral("-");
    m_out << QStringLiteral("  %1%2%3%4%5%6\n")
                 .arg(figure, -44)
                 .arg(value, 12)
                 .arg(target, 11)
                 .arg(verdict, 8)
                 .arg(baseline, 13)
                 .arg(ratio, 8)
          << Qt::flush;
}

void Report::header() {
    m_out << QStringLiteral("  %1%2%3%4%5%6\n")
                 .arg(QStringLiteral("figure"), -44)
                 .arg(QStringLiteral("value"), 12)
                 .arg(QStringLiteral("target"), 11)
                 .arg(QString(), 8)
                 .arg(QStringLiteral("sqlite3"), 13)
                 .arg(QStringLiteral("ratio"), 8);
}

} // namespace nov::bench
