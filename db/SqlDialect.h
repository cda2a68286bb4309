#pragma once

#include <QString>
#include <QStringList>

namespace nov::db {

enum class Backend { Sqlite, Postgres };

// Everything that differs between SQLite and PostgreSQL SQL lives here, so migrations and
// repositories can be written once.
//
// Migration files use these markers:
//   @ID@                 surrogate primary key column type
//   @BLOB@               binary column type
//   @DIGITS(col,n)@      CHECK expression: col is exactly n ASCII digits
//   @VIN(col)@           CHECK expression: 17 chars of A-Z/0-9 without I, O, Q
//   @DATE(col)@          CHECK expression: col is a real calendar date (YYYY-MM-DD) or NULL
//   -- @sqlite / -- @postgres ... -- @end   statements for one backend only
class SqlDialect {
public:
    static QString expand(const QString &script, Backend backend);
    // Splits a script into statements; understands quotes, comments, $$ bodies and
    // CREATE TRIGGER ... BEGIN ... END blocks.
    static QStringList splitStatements(const QString &script);
    // Statements that start a write transaction and take the database's single writer lock:
    // SQLite's BEGIN IMMEDIATE takes the write lock up front so two writers queue on the busy
    // timeout instead of failing on lock upgrade; on PostgreSQL a transaction-scoped advisory
    // lock (writerLockKey) does the same. Readers never wait.
    static QStringList beginWrite(Backend backend);
    static qint64 writerLockKey();
};

} // namespace nov::db
