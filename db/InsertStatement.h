#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace nov::db {

class BulkWriter;
class Database;

// One prepared INSERT reused for many rows: bulk writers run it inside one Transaction.
// Returns the new row's id (RETURNING id on PostgreSQL, the rowid on SQLite).
//
// On SQLite it talks to the connection's sqlite3 handle directly: QSqlQuery converts every
// value to UTF-16 and back, which made a million-resident demo five times slower.
class InsertStatement {
public:
    // A value converted for sqlite3_bind_* ahead of time: a bulk load converts its rows on the
    // thread that makes them, so that the writer thread only binds and steps.
    // A row's texts share one UTF-8 buffer (two allocations a row instead of one per text).
    struct BoundValue {
        enum Kind : unsigned char { Null, Integer, Real, Text } kind = Null;
        int size = 0;       // Text: bytes in BoundRow::text
        qint64 integer = 0; // Integer: the value; Text: where it starts in BoundRow::text
        double real = 0;
    };
    struct BoundRow {
        std::vector<BoundValue> values;
        QByteArray text;
    };
    // The values as insertNow() would bind them.
    static BoundRow bound(const QVariantList &values);

    InsertStatement(Database &db, const QString &table, const QStringList &columns);
    ~InsertStatement();
    InsertStatement(const InsertStatement &) = delete;
    InsertStatement &operator=(const InsertStatement &) = delete;

    // Inserts a row, or queues it when a BulkWriter is attached (then the id returned is the
    // one the row carries in its first column, and errors may surface on a later call).
    Result<qint64> insert(const QVariantList &values);
    Result<qint64> insertNow(const QVariantList &values);
    // A converted row; SQLite connections only (prepare() ran on the owning thread).
    Status insertBound(const BoundRow &row);
    void setWriter(BulkWriter *writer) { m_writer = writer; }
    const QString &table() const { return m_table; }

private:
    Status prepare();
    Result<qint64> insertSqlite(const QVariantList &values);
    Result<qint64> insertGeneric(const QVariantList &values);
    Error sqliteError(const QString &what) const;

    Database &m_db;
    QString m_table;
    QString m_sql;
    int m_columns = 0;
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_idColumn = -1; // PostgreSQL: where the id is, for rows that leave it NULL
    QString m_sqlNewId;  // the INSERT without the id column
    QSqlQuery m_queryNewId;
    bool m_newIdPrepared = false;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    BulkWriter *m_writer = nullptr;
};

} // namespace nov::db
