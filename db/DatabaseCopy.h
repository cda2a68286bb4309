#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace nov::db {

class Database;

// Copies a whole Novoselye database into a new, empty one on another backend (SQLite file →
// PostgreSQL server for `novoselye migrate-to`), in one transaction on the target: every table
// in foreign-key order with its rows unchanged (ids, audit hashes), the dashboard summaries
// replaced by the source's, identity sequences moved past the highest id, and the row count of
// every table compared before the commit. Any difference rolls the whole copy back.
class DatabaseCopy {
public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    // Both databases must be at the same (latest) schema version; the target must hold no data.
    static Result<QList<TableCount>> copy(Database &source, Database &target);
};

} // namespace nov::db
