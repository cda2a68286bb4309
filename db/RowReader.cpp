#include "RowReader.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <algorithm>
#include <sqlite3.h>

namespace nov::db {

namespace {
constexpr size_t kBatchRows = 1024;
constexpr size_t kMaxQueuedBatches = 4; // keeps the memory flat when the owner is slower
constexpr qsizetype kTextBlock = 64 * 1024;

// The bytes copied into the batch's current block (a new one when they do not fit, so the
// blocks never move) and a view of them.
QByteArrayView keep(RowReader::Batch &batch, const char *text, int bytes) {
    if (bytes == 0)
        return QByteArrayView("", 0);
    if (batch.text.empty() ||
        batch.text.back().capacity() - batch.text.back().size() <= qsizetype(bytes)) {
        batch.text.emplace_back();
        batch.text.back().reserve(std::max(kTextBlock, qsizetype(bytes) + 1));
    }
    QByteArray &block = batch.text.back();
    const qsizetype at = block.size();
    block.append(text, bytes);
    return QByteArrayView(block.constData() + at, bytes);
}
} // namespace

RowReader::RowReader(Database &db) {
    const QVariant handle = db.connection().driver()->handle();
    if (db.backend() == Backend::Sqlite && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

RowReader::~RowReader() {
    (void)finish();
}

Error RowReader::sqliteError(const QString &what) const {
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return Database::errorFrom(QSqlError(text, text, QSqlError::StatementError,
                                         QString::number(sqlite3_extended_errcode(m_handle))),
                               what);
}

Status RowReader::prepare(const QString &sql, const QVariantList &values,
                          sqlite3_stmt **statement) {
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), statement, nullptr) !=
        SQLITE_OK)
        return sqliteError(sql.simplified().left(120));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(*statement, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(*statement, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(*statement, i + 1, v.toDouble());
                break;
            default: {
                const QByteArray bytes = v.toString().toUtf8();
                rc = sqlite3_bind_text(*statement, i + 1, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            return sqliteError(sql.simplified().left(120));
    }
    return {};
}

Status RowReader::start(const QString &sql, const QVariantList &values) {
    Q_ASSERT(m_handle && !m_statement);
    m_sql = sql.simplified().left(120);
    NOV_RETURN_IF_ERROR(prepare(sql, values, &m_statement));
    m_columns = sqlite3_column_count(m_statement);
    m_thread = std::thread([this] { work(); });
    return {};
}

Status RowReader::start(const QString &orderSql, const QVariantList &orderValues,
                        const QString &sql, const QVariantList &values) {
    Q_ASSERT(m_handle && !m_statement);
    // Both statements must see the same rows: another connection's commit between them
    // would give an id without its row or a row without its place.
    if (sqlite3_get_autocommit(m_handle)) {
        if (sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(QStringLiteral("BEGIN"));
        m_snapshot = true;
    }
    m_orderSql = orderSql.simplified().left(120);
    NOV_RETURN_IF_ERROR(prepare(orderSql, orderValues, &m_orderStatement));
    m_sql = sql.simplified().left(120);
    NOV_RETURN_IF_ERROR(prepare(sql, values, &m_statement));
    m_columns = sqlite3_column_count(m_statement);
    m_thread = std::thread([this] { work(); });
    return {};
}

void RowReader::work() {
    const bool anyUtf8 = std::find(m_utf8.begin(), m_utf8.end(), true) != m_utf8.end();
    auto fresh = [this, anyUtf8] {
        Batch batch;
        batch.columns = m_columns;
        batch.values.reserve(kBatchRows * size_t(m_columns));
        if (anyUtf8)
            batch.bytes.reserve(kBatchRows * size_t(m_columns));
        return batch;
    };
    Batch batch = fresh();
    int rc = SQLITE_ROW;
    auto handOver = [this](Batch &rows) {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(rows));
        m_ready.notify_one();
        return true;
    };
    if (m_orderStatement) {
        while ((rc = sqlite3_step(m_orderStatement)) == SQLITE_ROW)
            m_order.push_back(sqlite3_column_int64(m_orderStatement, 0));
        if (rc != SQLITE_DONE) {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = sqliteError(m_orderSql);
            m_done = true;
            m_ready.notify_one();
            return;
        }
    }
    for (;;) {
        rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW)
            break;
        for (int c = 0; c < m_columns; ++c) {
            QByteArrayView bytes;
            switch (sqlite3_column_type(m_statement, c)) {
            case SQLITE_INTEGER:
                batch.values.emplace_back(qint64(sqlite3_column_int64(m_statement, c)));
                break;
            case SQLITE_FLOAT:
                batch.values.emplace_back(sqlite3_column_double(m_statement, c));
                break;
            case SQLITE_TEXT: {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c));
                const int size = sqlite3_column_bytes(m_statement, c);
                if (size_t(c) < m_utf8.size() && m_utf8[size_t(c)]) {
                    batch.values.emplace_back();
                    bytes = keep(batch, text, size);
                } else {
                    batch.values.emplace_back(QString::fromUtf8(text, size));
                }
                break;
            }
            case SQLITE_BLOB: {
                const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_statement, c));
                batch.values.emplace_back(QByteArray(blob, sqlite3_column_bytes(m_statement, c)));
                break;
            }
            default:
                batch.values.emplace_back();
            }
            if (anyUtf8)
                batch.bytes.push_back(bytes);
        }
        if (batch.rows() >= kBatchRows) {
            if (!handOver(batch))
                return;
            batch = fresh();
        }
    }
    if (batch.rows() > 0 && !handOver(batch))
        return;
    std::lock_guard lock(m_mutex);
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = sqliteError(m_sql);
    }
    m_done = true;
    m_ready.notify_one();
}

bool RowReader::next(Batch &batch) {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] { return !m_queue.empty() || m_done || m_stopped; });
    if (m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_room.notify_one();
    return true;
}

Status RowReader::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_room.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_queue.clear();
    for (sqlite3_stmt **statement : {&m_orderStatement, &m_statement})
        if (*statement) {
            sqlite3_finalize(*statement);
            *statement = nullptr;
        }
    if (m_snapshot) { // read only: nothing to keep
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        m_snapshot = false;
    }
    if (m_failed)
        return m_error;
    return {};
}

} // namespace nov::db
