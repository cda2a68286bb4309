#pragma once

#include "InsertStatement.h"
#include "Result.h"

#include <QVariantList>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace nov::db {

class Database;

// Runs the inserts of a bulk load on a second thread, so that making rows (strings, dates,
// names) overlaps with SQLite writing them. Only for SQLite, whose statements the writer
// thread drives through the raw handle; the owner must not use the connection otherwise
// until finish() returned. Rows must carry their own ids (nothing is returned). The writer is
// the slower side: the producer converts the values for binding (UTF-8 text) before queueing
// them and frees the written batches, so that the writer only binds and steps.
class BulkWriter {
public:
    // At most `maxQueuedBatches` batches of 2,048 rows wait for the writer (memory bound).
    // `writerConverts`: the writer converts the values for binding and frees the rows, for
    // producers that are the slower side (an import's checks).
    explicit BulkWriter(Database &db, size_t maxQueuedBatches = 16, bool writerConverts = false);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // False when the connection cannot be driven from another thread (not SQLite).
    bool isAsync() const { return m_async; }
    // Queues a row; returns the first error the writer met so far, if any.
    Status enqueue(InsertStatement *statement, QVariantList values);
    // Waits until every queued row is written; the first error, if any.
    Status finish();
    // Waits until every row queued so far is written, so that the owner may read the
    // connection (the writer keeps running for later rows); the first error, if any.
    Status drain();
    // The first error the writer met so far, if any.
    Status status();
    // Stops writing: rows queued or queued later are dropped (the owner rolls back).
    void abandon();
    // The rows queued from now on come from the producer's `source` (e.g. a file's line), so
    // that an error on the writer's side can name it; failedSource() is that of the row the
    // writer failed on (0 when none or not set).
    void setSource(qint64 source) { m_source = source; }
    qint64 failedSource();

private:
    struct Row {
        InsertStatement *statement;
        InsertStatement::BoundRow values;
        QVariantList raw; // when the writer converts
        qint64 source = 0;
    };
    void work();
    void flushBatch();

    bool m_async = false;
    size_t m_maxQueuedBatches = 16;
    bool m_writerConverts = false;
    size_t m_unwritten = 0; // batches queued or being written
    std::condition_variable m_idle;
    std::vector<Row> m_batch; // filled by the producer, handed over whole
    std::deque<std::vector<Row>> m_queue;
    std::vector<std::vector<Row>> m_written; // freed by the producer
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    bool m_stopping = false;
    bool m_failed = false;
    Error m_error;
    qint64 m_source = 0;
    qint64 m_failedSource = 0;
    std::thread m_thread;
};

} // namespace nov::db
