#include "BulkWriter.h"

#include "Database.h"
#include "InsertStatement.h"

namespace nov::db {

namespace {
constexpr size_t kBatchRows = 2048;
constexpr size_t kMaxQueuedBatches = 16; // bounds memory when the writer falls behind
} // namespace

BulkWriter::BulkWriter(Database &db)
    : m_async(db.backend() == Backend::Sqlite) {
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
    m_batch.push_back({statement, std::move(values)});
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
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_failed; });
    m_queue.push_back(std::move(m_batch));
    m_batch = {};
    m_batch.reserve(kBatchRows);
    m_wake.notify_one();
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
    }
    if (m_failed)
        return m_error;
    return {};
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
        if (m_failed)
            continue; // drain without writing: the load is rolled back anyway
        for (Row &row : batch) {
            if (auto r = row.statement->insertNow(row.values); !r) {
                std::lock_guard lock(m_mutex);
                m_failed = true;
                m_error = r.error();
                break;
            }
        }
    }
}

} // namespace nov::db
