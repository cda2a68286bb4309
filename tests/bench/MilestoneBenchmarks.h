#pragma once

#include "BenchTable.h"

#include <QString>

// The milestones page at programme scale: its list (targets, recipients, vehicles, notices and
// the counter) and the planner (appointments walked, recent pace), each beside the same SQL
// run by the sqlite3 tool.
void runMilestoneBenchmarks(const QString &dbPath, BenchTable &table);
