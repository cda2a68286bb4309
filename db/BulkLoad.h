#pragma once

#include "Result.h"

#include <QStringList>

namespace nov::db {

class Database;

// Loading many rows into empty tables is faster when secondary indexes are built once at
// the end (sorted, full pages) instead of row by row. Drops the explicit CREATE INDEX
// indexes (constraint indexes stay and keep checking) and the dashboard's summary triggers,
// and recreates them from their saved definitions (then refills the summary tables). Runs
// inside the caller's transaction.
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
};

} // namespace nov::db
