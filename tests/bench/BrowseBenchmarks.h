#pragma once

#include <QString>
#include <QTextStream>

// The browsing pages at programme scale: the Residents page opened to its first rows, a
// surname search, a re-sort, a jump to the last row — each measured through the page's model
// (worker thread, own connection) and set beside the same SQL run by the sqlite3 tool.
// Needs a QCoreApplication (no widgets) and the sqlite3 tool on PATH. Opening the database
// brings its schema up to date (migration 0006 builds the browse indexes once).
void runBrowseBenchmarks(const QString &dbPath, QTextStream &out);
