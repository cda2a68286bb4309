#pragma once

#include "BenchTable.h"

#include <QString>

// The manager dashboard at programme scale: a full refresh (every aggregate query of
// DashboardService::load, unfiltered and filtered) beside the very same statements — captured
// with their values by sqlite3_trace_v2 — run by the sqlite3 tool, and the rebuild of tiles and
// charts from a loaded dashboard. Needs a QApplication.
void runDashboardBenchmarks(const QString &dbPath, BenchTable &table);
