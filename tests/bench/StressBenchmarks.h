#pragma once

#include <QString>
#include <QTextStream>

// The concurrency stress run at full size (tests/stress): 8 worker processes × 2,000 key
// handovers and 500 act prints each, on SQLite (one file) and on PostgreSQL (a throwaway
// cluster started with tests/support/pg-cluster.sh), with the guarantees checked afterwards.
// Baseline: one worker alone recording 2,000 handovers on the same backend (handovers/s).
void runStressBenchmarks(const QString &dir, QTextStream &out);
