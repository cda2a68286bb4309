#pragma once

#include "BenchTable.h"

#include <QString>

// Import of a million-row Windows-1251 residents file (time, rows/s, peak memory of the
// importing process) against the sqlite3 tool's .import of the same file in UTF-8, and export
// of a million rows to CSV against the sqlite3 tool's CSV output. `demoPath`: a database to
// take okrugs and districts from (read only).
void runImportBenchmarks(const QString &dir, const QString &demoPath, BenchTable &table);
// The child process that imports (so its peak memory is the import's own); returns the exit code.
int runImportChild(const QStringList &arguments);
