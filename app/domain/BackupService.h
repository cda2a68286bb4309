#pragma once

#include "DatabaseBackup.h"
#include "auth/Actor.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace nov {

namespace db {
class Database;
}

// Backup and restore for administrators, and the automatic daily backups. The copies are made
// by db::DatabaseBackup (SQLite's online backup API, in steps, inside one snapshot), so clerks
// keep working while a backup runs; each copy is verified before it gets its final name.
class BackupService {
public:
    using Summary = db::DatabaseBackup::Summary;
    using Progress = db::DatabaseBackup::Progress;

    explicit BackupService(db::Database &db)
        : m_db(db) {}

    // Copies the open database to `target` (a new file). Admins only; audited.
    Result<Summary> backup(const Actor &actor, const QString &target,
                           const Progress &progress = {});

    // The automatic backup of `today`, taken on the day's first start: `<name>-YYYY-MM-DD.db`
    // in the `backups` folder beside the database; only the newest `automatic_backups`
    // (a setting, default 7, 0 = off) are kept. Returns the new file, or nullopt when there
    // was nothing to do (already taken today, or switched off).
    Result<std::optional<QString>> dailyBackup(const QDate &today);

    // Whether a backup file may replace the database at `current`: a server database is not
    // replaced by a file (the error says to copy it into a new one with migrate-to).
    static Status restorableInto(const QString &current);
    // Replaces the database at `current` (closed everywhere) with the backup `file`: refuses a
    // file that is not a sound Novoselye database, keeps the current one until the new one is
    // verified, saves it as `current.before-restore`, and records the restore in the audit
    // log of the restored database. Admins only.
    static Result<Summary> restore(const Actor &actor, const QString &file, const QString &current,
                                   const Progress &progress = {});

    // "schema 6 · 746 households · 1,871 residents · 224 key handovers · 1.1 MiB"
    static QString describe(const Summary &summary);

    static QString automaticFolder(const QString &databasePath);
    static QString keptPreviousPath(const QString &databasePath);
    // The automatic backups of the database at `databasePath`, newest first.
    static QStringList automaticBackups(const QString &databasePath);

private:
    db::Database &m_db;
};

} // namespace nov
