#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <functional>

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
    // Rows copied so far and in all; return false to cancel (the copy is then rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Both databases must be at the same (latest) schema version; the target must hold no data.
    static Result<QList<TableCount>> copy(Database &source, Database &target,
                                          const Progress &progress = {});
};

} // namespace nov::db
