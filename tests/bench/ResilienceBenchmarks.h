#pragma once

#include "BenchTable.h"

#include <QString>

// Backup speed against `sqlite3 .backup`, and peak memory (RSS) of the main window after every
// page over `dbPath` and of a district-scale demo generation, each beside the sqlite3 tool.
void runResilienceBenchmarks(const QString &dbPath, const QString &dir,
                             const QString &novoselyeBinary, const QString &guiMemoryProbe,
                             BenchTable &table);
