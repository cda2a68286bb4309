#pragma once

#include <QString>
#include <QTextStream>

// The clerk's day at programme scale, wall and CPU time: one key handover with its act, the
// relocations page's first rows, the audit page on one day and a batch of 1,000 acts to one
// PDF (bench_speedworkflow.cpp). Changes the database at `dbPath` (a benchmark's own copy):
// it records handovers, fills the audit log and issues acts. `only` picks one group
// ("handover", "pages", "batch"; empty: all); `profile` prints the handover's statements.
void runWorkflowSpeedBenchmarks(const QString &dbPath, QTextStream &out,
                                const QString &only = QString(), bool profile = false);
