#pragma once

#include "PageQuery.h"
#include "models/LazyTableModel.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

// What the browsing benchmarks share: timing a lazy model, the sqlite3 tool's time for the
// same SQL, and the report's lines.
namespace nov::bench {

constexpr int kRounds = 5;

double msSince(const QElapsedTimer &timer);
double median(QList<double> values);
// Starts something and runs the event loop until `done` holds (checked whenever the model
// reports); the milliseconds it took, or -1 on timeout.
double timeUntil(LazyTableModel &model, const std::function<void()> &start,
                 const std::function<bool()> &done);
// The statement with its values written in, for the sqlite3 tool.
QString inlined(const db::PageQuery::Statement &statement);
// Milliseconds the sqlite3 tool reports for the statements (".timer on", real time summed;
// the median of kRounds runs), or -1 when it cannot run.
double sqliteCliMs(const QString &database, const QStringList &statements);

class Report {
public:
    explicit Report(QTextStream &out)
        : m_out(out) {}
    void header();
    void line(const QString &figure, double ms, double targetMs, double baselineMs);

private:
    QTextStream &m_out;
};

} // namespace nov::bench
