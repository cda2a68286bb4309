#pragma once

#include "Result.h"

#include <QStringList>

namespace nov::db {

class Database;

// Loading many rows into empty tables is faster when secondary indexes are built once at
// the end (sorted, full pages) instead of row by row. Drops the explicit CREATE INDEX
// indexes (constraint indexes stay and keep checking), the dashboard's summary triggers and
// the programme counter's triggers (counter_*, migration 0011), and recreates them from their
// saved definitions, then refills the summary tables and recounts the counter row from
// key_handover. Runs inside the caller's transaction, so nobody sees the counter unset.
class BulkLoad {
public:
    explicit BulkLoad(Database &db)
        : m_db(db) {}

    Status dropSecondaryIndexes();
    // Also advances PostgreSQL's identity sequences past the ids the load wrote itself.
    Status recreateIndexes();
    // PostgreSQL: sets each table's id sequence past its largest id, so rows inserted with
    // explicit ids (bulk loads, copies) do not collide with the next generated one.
    static Status advanceIdentities(Database &db);

private:
    Database &m_db;
    QStringList m_definitions;
    bool m_summaryTriggers = false;
    bool m_counterTriggers = false;
};

} // namespace nov::db
