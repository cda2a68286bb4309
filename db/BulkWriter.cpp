#include "BulkWriter.h"

#include "Database.h"
#include "InsertStatement.h"

namespace nov::db {

namespace {
constexpr size_t kBatchRows = 2048;
} // namespace

BulkWriter::BulkWriter(Database &db, size_t maxQueuedBatches, bool writerConverts)
    : m_async(db.backend() == Backend::Sqlite)
    , m_maxQueuedBatches(qMax<size_t>(1, maxQueuedBatches))
    , m_writerConverts(writerConverts) {
    m_batch.reserve(kBatchRows);
    if (m_async)
        m_thread = std::thread([this] { work(); });
}

BulkWriter::~BulkWriter() {
    (void)finish();
}

Status BulkWriter::enqueue(InsertStatement *statement, QVariantList values) {
    if (!m_async) {
        if (auto r = statement->insertNow(values); !r)
            return r.error();
        return {};
    }
    if (m_writerConverts)
        m_batch.push_back({statement, {}, std::move(values), m_source});
    else
        m_batch.push_back({statement, InsertStatement::bound(values), {}, m_source});
    if (m_batch.size() >= kBatchRows)
        flushBatch();
    std::lock_guard lock(m_mutex);
    if (m_failed)
        return m_error;
    return {};
}

void BulkWriter::flushBatch() {
    if (m_batch.empty())
        return;
    std::vector<std::vector<Row>> written;
    {
        std::unique_lock lock(m_mutex);
        // bounds memory when the writer falls behind
        m_room.wait(lock, [this] { return m_queue.size() < m_maxQueuedBatches || m_failed; });
        m_queue.push_back(std::move(m_batch));
        ++m_unwritten;
        written.swap(m_written);
        m_wake.notify_one();
    }
    m_batch = {};
    m_batch.reserve(kBatchRows);
    // `written` is freed here, on the producing thread
}

Status BulkWriter::finish() {
    if (m_async && m_thread.joinable()) {
        flushBatch();
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
        m_written.clear();
    }
    if (m_failed)
        return m_error;
    return {};
}

Status BulkWriter::drain() {
    if (m_async && m_thread.joinable()) {
        flushBatch();
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_unwritten == 0; });
    }
    return status();
}

Status BulkWriter::status() {
    std::lock_guard lock(m_mutex);
    if (m_failed)
        return m_error;
    return {};
}

qint64 BulkWriter::failedSource() {
    std::lock_guard lock(m_mutex);
    return m_failedSource;
}

void BulkWriter::abandon() {
    std::lock_guard lock(m_mutex);
    if (!m_failed) {
        m_failed = true;
        m_error = Error{QStringLiteral("The bulk load was abandoned."), QString(), QString()};
    }
    m_room.notify_all();
}

void BulkWriter::work() {
    for (;;) {
        std::vector<Row> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_room.notify_one();
        bool failed = false;
        {
            std::lock_guard lock(m_mutex);
            failed = m_failed;
        }
        if (!failed) { // else drain without writing: the load is rolled back anyway
            for (const Row &row : batch) {
                const Status s = m_writerConverts
                                     ? row.statement->insertBound(InsertStatement::bound(row.raw))
                                     : row.statement->insertBound(row.values);
                if (!s) {
                    std::lock_guard lock(m_mutex);
                    m_failed = true;
                    m_error = s.error();
                    m_failedSource = row.source;
                    break;
                }
            }
        }
        if (m_writerConverts)
            batch = {}; // freed here
        std::lock_guard lock(m_mutex);
        if (!m_writerConverts)
            m_written.push_back(std::move(batch));
        if (--m_unwritten == 0)
            m_idle.notify_all();
    }
}

} // namespace nov::db
