#pragma once

#include "BenchTable.h"

#include <QString>

// Demo generation at a scale (moscow: the issue's ≤ 20 s and ≤ 400 MB) beside a plain
// INSERT … SELECT of as many rows into a scratch table by the sqlite3 tool, each in wall time
// and in CPU time (user + sys of this process, of the tool's process for the baseline: on a
// shared machine the CPU time is the figure to compare). Sets *dbPath to the new database.
void runDemoBenchmarks(const QString &dir, const QString &scale, BenchTable &table,
                       QString *dbPath);
