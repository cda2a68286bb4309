#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

// The benchmark report: one line per figure, beside its baseline measured in the same run.
class BenchTable {
public:
    struct Row {
        QString figure;
        QString value;
        QString baseline;
        QString ratio;
        QString target;
    };

    void add(const Row &row) { m_rows.append(row); }
    // A timed figure with a baseline time: ratio = value / baseline.
    void addTimed(const QString &figure, double seconds, double baselineSeconds,
                  const QString &target);
    void print(QTextStream &out) const;

    static QString seconds(double s);

private:
    QList<Row> m_rows;
};
