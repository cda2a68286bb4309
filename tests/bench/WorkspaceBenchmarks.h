#pragma once

#include <QString>
#include <QTextStream>

namespace nov::db {
class Database;
}

// The relocations and audit pages at programme scale: first rows, count and searches through
// the page's model, each beside the same SQL run by the sqlite3 tool. Fills the audit log of
// the database to a million synthetic rows first (a benchmark's own copy only).
void runWorkspaceBenchmarks(const QString &dbPath, QTextStream &out);
// Adds synthetic audit rows (valid-looking, not a valid chain) until the log has `wanted`.
qint64 fillAuditLog(nov::db::Database &db, qint64 wanted);
