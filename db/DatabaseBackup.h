#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace nov::db {

class Database;

// Consistent copies of a Novoselye SQLite file through SQLite's online backup API, and the
// checks that a copy (or a file offered for restore) is a sound Novoselye database. Works on
// file paths with its own connections, so it may run in a worker thread while clerks keep
// working: the source is read inside one read transaction (a WAL snapshot that writers do not
// wait for), copied in steps.
class DatabaseBackup {
public:
    struct Summary {
        int schemaVersion = 0;
        QList<QPair<QString, qint64>> rowCounts; // every table, by name
        qint64 bytes = 0;
        qint64 rows(const QString &table) const;
    };
    // Called between steps with the pages copied so far and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Copies the database at `source` to `target`, which must not exist yet. The copy is built
    // as `target.partial`, verified (integrity, foreign keys, schema version, the same row
    // counts as the source snapshot) and only then renamed to `target`.
    static Result<Summary> copy(const QString &source, const QString &target,
                                const Progress &progress = {});

    // Opens `path` read-only (nothing is written, not even a -wal file when there is none) and
    // checks: an SQLite file, a Novoselye schema this program knows, PRAGMA integrity_check and
    // PRAGMA foreign_key_check. Returns the schema version and the row counts. Quick uses
    // PRAGMA quick_check (every page and constraint, not index against table: a page-by-page
    // copy inherits that from its source; 3× faster at moscow scale).
    enum class Depth { Full, Quick };
    static Result<Summary> verify(const QString &path, Depth depth = Depth::Full);

    // One problem `check` found: what rule is broken, how many rows break it, a few examples.
    struct Finding {
        QString problem;
        qint64 count = 0;
        QString examples;
    };
    // A full check of the file at `path`, read-only (its bytes stay the same): everything
    // verify() looks at, reported completely instead of stopping at the first problem, plus the
    // office's rules no constraint can state (one head per household, key handovers ⇔
    // household and apartment statuses, milestones ⇔ a recount of relocated residents).
    // An Error when the file cannot be read as a Novoselye database at all; otherwise the
    // findings (empty: all is well).
    static Result<QList<Finding>> check(const QString &path);
    // The office's rules of check() on an open database of either backend: what `check` does
    // for a server database, whose pages and foreign keys the server keeps sound itself.
    static Result<QList<Finding>> checkRules(Database &db);

    // A server (PostgreSQL) database copied into a new SQLite file `target` (which must not
    // exist), for `backup` of a server database: built as `target.partial` by DatabaseCopy
    // from one snapshot of the server with the rows of every table counted on both sides,
    // verified like copy()'s files, then renamed. `migrate-to` brings such a file back to a
    // server.
    static Result<Summary> copyFromServer(Database &source, const QString &target,
                                          const Progress &progress = {});

    // Replaces the database at `current` with the one in `file`: `file` is verified, copied
    // next to `current` and verified again; only then is `current` saved as `keepAs` and the
    // copy renamed into its place. On any failure `current` stays as it was.
    static Result<Summary> restore(const QString &file, const QString &current,
                                   const QString &keepAs, const Progress &progress = {});

    // Puts the verified database `replacement` in place of `current` in one atomic rename,
    // after keeping `current` as it is under the name `keepAs` (replacing an older one).
    // `current` must not be open anywhere else; its write-ahead log is folded in first.
    static Status replace(const QString &current, const QString &replacement,
                          const QString &keepAs);
};

} // namespace nov::db
