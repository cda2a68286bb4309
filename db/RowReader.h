#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace nov::db {

class Database;

// Reads the rows of one SELECT on a second thread and hands them over in batches, so that
// stepping SQLite overlaps with what the caller makes of the rows (an export formatting and
// writing them). SQLite connections only: the thread drives the connection's sqlite3 handle
// directly (no UTF-16 round trip through QSqlQuery), and the owner must not use the
// connection otherwise until finish() returned. Values come as QSqlQuery gives them: qint64,
// double, QString (UTF-8 decoded), QByteArray or null.
class RowReader {
public:
    // Rows in order, in one flat array (no list per row): row r's values at
    // values[r * columns]. A text value of a keepUtf8() column is not in `values` (left null)
    // but in `bytes` at the same place: a view of SQLite's UTF-8 bytes copied into the
    // batch's blocks (`text`; valid while the batch lives, no allocation per cell). A view
    // whose data() is null means the value is in `values` (NULL, a number, a blob).
    struct Batch {
        int columns = 0;
        std::vector<QVariant> values;
        std::vector<QByteArrayView> bytes; // empty without keepUtf8() columns
        std::vector<QByteArray> text;
        size_t rows() const { return columns > 0 ? values.size() / size_t(columns) : 0; }
        QVariant *row(size_t r) { return values.data() + r * size_t(columns); }
        const QByteArrayView *rowBytes(size_t r) const {
            return bytes.empty() ? nullptr : bytes.data() + r * size_t(columns);
        }
    };

    explicit RowReader(Database &db);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // False when the connection is not SQLite (read with QSqlQuery then).
    bool available() const { return m_handle != nullptr; }
    // Text in these result columns (by position) comes as a QByteArray of SQLite's UTF-8 bytes
    // (kept in the batch's blocks) instead of a QString, for a caller that writes them out as
    // they are (the CSV export). Call before start().
    void keepUtf8(std::vector<bool> columns) { m_utf8 = std::move(columns); }
    // Prepares and binds on this thread, then starts reading.
    Status start(const QString &sql, const QVariantList &values);
    // Two statements read in one snapshot (a read transaction when none is open): first
    // `orderSql`, one integer per row (the ids in the order the caller wants), kept for
    // order(); then the rows of `sql`, handed over as start() does.
    Status start(const QString &orderSql, const QVariantList &orderValues, const QString &sql,
                 const QVariantList &values);
    // What the order statement gave; complete once next() returned false.
    const std::vector<qint64> &order() const { return m_order; }
    // The next rows in order; false at the end or on an error (see finish()).
    bool next(Batch &batch);
    // Stops reading (rows not taken yet are dropped) and returns the first error, if any.
    Status finish();

private:
    void work();
    Error sqliteError(const QString &what) const;
    Status prepare(const QString &sql, const QVariantList &values, sqlite3_stmt **statement);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_orderStatement = nullptr;
    std::vector<qint64> m_order;
    QString m_orderSql;
    bool m_snapshot = false; // this reader began a read transaction
    QString m_sql;
    int m_columns = 0;
    std::vector<bool> m_utf8;
    std::deque<Batch> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    bool m_done = false;    // the reader reached the end or an error
    bool m_stopped = false; // the owner wants no more rows
    bool m_failed = false;
    Error m_error;
    std::thread m_thread;
};

} // namespace nov::db
