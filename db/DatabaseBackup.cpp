#include "DatabaseBackup.h"

#include "Database.h"
#include "DatabaseCopy.h"
#include "DatabaseFile.h"
#include "Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::DatabaseBackup", text);
}

QString native(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// An sqlite3 connection closed on scope exit.
class Handle {
public:
    Handle() = default;
    ~Handle() { sqlite3_close_v2(m_handle); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    sqlite3 *get() const { return m_handle; }
    sqlite3 **out() { return &m_handle; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle = nullptr;
};

enum class Mode {
    Live,     // a database clerks may be writing: a normal connection, read inside a snapshot
    Foreign,  // a file offered from outside: read as immutable when it has no -wal beside it
    ReadWrite // our own copy being made or folded
};

Status openFile(const QString &path, Mode mode, Handle &handle) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QByteArray name = absolute.toUtf8();
    int flags = SQLITE_OPEN_READONLY;
    if (mode == Mode::ReadWrite) {
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    } else if (mode == Mode::Foreign && QFileInfo(path).isWritable()) {
        // Read-write but query-only (set below): SQLite verifies CHECK constraints in
        // integrity_check only on a writable connection. Nothing is written to the file.
        flags = SQLITE_OPEN_READWRITE;
    } else if (mode == Mode::Foreign && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // Immutable: no locks, no -wal/-shm files, the bytes stay as they are.
        name = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    } else if (mode == Mode::Live) {
        flags = SQLITE_OPEN_READWRITE; // reads only, but may have to recover the -shm index
    }
    if (sqlite3_open_v2(name.constData(), handle.out(), flags, nullptr) != SQLITE_OK)
        return Error{tr("The database file cannot be opened."), native(path),
                     tr("Check the file's permissions and the free disk space."), handle.message()};
    sqlite3_busy_timeout(handle.get(), 10000);
    if (mode != Mode::ReadWrite)
        sqlite3_exec(handle.get(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    return {};
}

// Runs `sql` and returns the text of every row's first column.
Result<QStringList> column(sqlite3 *handle, const QByteArray &sql) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return Error{tr("The file is damaged or is not a Novoselye database."), QString(),
                     tr("Restore the database from a backup or choose another file."), message};
    }
    QStringList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = sqlite3_column_text(statement, 0);
        values << (text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString());
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Error{tr("The file is damaged or is not a Novoselye database."), QString(),
                     tr("Restore the database from a backup or choose another file."),
                     QString::fromUtf8(sqlite3_errmsg(handle))};
    return values;
}

Status exec(sqlite3 *handle, const char *sql, const QString &where) {
    char *message = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return Error{tr("The database refused the operation: %1").arg(text), where, QString(), text};
}

// Schema version and rows per table of an open connection (inside its current snapshot).
Result<DatabaseBackup::Summary> summarize(sqlite3 *handle, const QString &path) {
    DatabaseBackup::Summary summary;
    auto tables = column(handle, "SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                 "NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    if (!tables) {
        Error error = tables.error();
        error.where = native(path);
        return error;
    }
    if (!tables->contains(QStringLiteral("schema_version")))
        return Error{tables->isEmpty() ? tr("The file holds no tables: it is not a Novoselye "
                                            "database.")
                                       : tr("The file is an SQLite database of another "
                                            "program, not a Novoselye database."),
                     native(path), tr("Choose a Novoselye database.")};
    auto version = column(handle, "SELECT MAX(version) FROM schema_version");
    if (!version || version->isEmpty())
        return Error{tr("The database's version record cannot be read; the file is damaged."),
                     native(path), tr("Choose another backup.")};
    summary.schemaVersion = version->constFirst().toInt();
    if (summary.schemaVersion < 1 || summary.schemaVersion > Migrator::latestVersion())
        return Error{tr("The database has schema version %1; this program knows versions 1 to "
                        "%2.")
                         .arg(summary.schemaVersion)
                         .arg(Migrator::latestVersion()),
                     native(path), tr("Use the Novoselye version that made the file.")};
    for (const QString &table : tables.value()) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // SQL-SAFE: the table name comes from sqlite_master of this file, quoted as an
        // identifier; nothing from the user goes in.
        auto count =
            column(handle, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted).toUtf8());
        if (!count || count->isEmpty()) {
            Error error = count ? Error{} : count.error();
            error.where = native(path) + QStringLiteral(" · ") + table;
            return error;
        }
        summary.rowCounts.append({table, count->constFirst().toLongLong()});
    }
    summary.bytes = QFileInfo(path).size();
    return summary;
}

Status removeFiles(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
            return Error{tr("A file cannot be removed."), native(path + suffix),
                         tr("Check that you may write in the folder.")};
    }
    return {};
}

// A checked copy at `partial` renamed to `target` (removed if that fails).
Result<DatabaseBackup::Summary> putInPlace(const QString &partial, const QString &target,
                                           DatabaseBackup::Summary copied) {
    if (!QFile::rename(partial, target)) {
        (void)removeFiles(partial);
        return Error{tr("The backup file cannot be put in place."), native(target),
                     tr("Check that you may write there.")};
    }
    copied.bytes = QFileInfo(target).size();
    return copied;
}

Result<DatabaseBackup::Summary> copyFile(const QString &source, Mode mode, const QString &target,
                                         const DatabaseBackup::Progress &progress) {
    if (Status s = DatabaseFile::inspect(source); !s)
        return s.error();
    if (!QFileInfo::exists(source))
        return Error{tr("The database file does not exist."), native(source),
                     tr("Check the path.")};
    if (QFileInfo::exists(target))
        return Error{tr("The backup file already exists."), native(target),
                     tr("Choose a new file name; an existing file is never overwritten.")};
    Handle from;
    NOV_RETURN_IF_ERROR(openFile(source, mode, from));
    // One read transaction for the whole copy: in WAL mode this is a snapshot that clerks'
    // writes do not disturb (and do not wait for), so the copy is consistent without
    // restarting, and the row counts below belong to the same snapshot.
    NOV_RETURN_IF_ERROR(exec(from.get(), "BEGIN", native(source)));
    auto expected = summarize(from.get(), source);
    if (!expected)
        return expected.error();

    const QString partial = target + QStringLiteral(".partial");
    NOV_RETURN_IF_ERROR(removeFiles(partial));
    NOV_RETURN_IF_ERROR(DatabaseFile::createPrivate(partial));
    {
        Handle to;
        if (Status s = openFile(partial, Mode::ReadWrite, to); !s) {
            (void)removeFiles(partial);
            return s.error();
        }
        sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
        if (!backup) {
            const QString message = to.message();
            (void)removeFiles(partial);
            return Error{tr("The backup cannot start."), native(target), QString(), message};
        }
        int rc = SQLITE_OK;
        bool cancelled = false;
        constexpr int pagesPerStep = 1024; // 4 MiB with 4 KiB pages
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total))
                cancelled = true;
        } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
        sqlite3_backup_finish(backup);
        const QString message = to.message();
        if (cancelled || rc != SQLITE_DONE) {
            sqlite3_close_v2(*to.out());
            *to.out() = nullptr;
            (void)removeFiles(partial);
            if (cancelled)
                return Error{tr("The backup was cancelled."), native(target)};
            return Error{tr("The backup could not be written."), native(target),
                         tr("Check the free disk space and that you may write there."), message};
        }
        // The copy is a self-contained file: no write-ahead log to carry around.
        if (Status s = exec(to.get(), "PRAGMA journal_mode = DELETE", native(target)); !s) {
            sqlite3_close_v2(*to.out());
            *to.out() = nullptr;
            (void)removeFiles(partial);
            return s.error();
        }
    }
    (void)exec(from.get(), "COMMIT", native(source));

    auto copied = DatabaseBackup::verify(partial, DatabaseBackup::Depth::Quick);
    if (!copied || copied->rowCounts != expected->rowCounts ||
        copied->schemaVersion != expected->schemaVersion) {
        (void)removeFiles(partial);
        if (!copied)
            return Error{tr("The copy failed its check: %1").arg(copied.error().message),
                         native(target), tr("Check the disk, then try again."),
                         copied.error().detail};
        return Error{tr("The copy does not hold the same rows as the database."), native(target),
                     tr("Try again; if it repeats, check the disk.")};
    }
    return putInPlace(partial, target, std::move(copied).value());
}

// Opens a file offered from outside for reading (see Mode::Foreign) inside one snapshot and
// summarizes it; refuses what is not a Novoselye database this program knows.
Result<DatabaseBackup::Summary> openToRead(const QString &path, Handle &handle) {
    if (!QFileInfo::exists(path))
        return Error{tr("The file does not exist."), native(path), tr("Check the path.")};
    if (Status s = DatabaseFile::inspect(path); !s)
        return s.error();
    NOV_RETURN_IF_ERROR(openFile(path, Mode::Foreign, handle));
    NOV_RETURN_IF_ERROR(exec(handle.get(), "BEGIN", native(path)));
    return summarize(handle.get(), path);
}

} // namespace

qint64 DatabaseBackup::Summary::rows(const QString &table) const {
    for (const auto &[name, count] : rowCounts) {
        if (name == table)
            return count;
    }
    return -1;
}

Result<DatabaseBackup::Summary> DatabaseBackup::copy(const QString &source, const QString &target,
                                                     const Progress &progress) {
    return copyFile(source, Mode::Live, target, progress);
}

Result<DatabaseBackup::Summary> DatabaseBackup::verify(const QString &path, Depth depth) {
    const bool quick = depth == Depth::Quick;
    Handle handle;
    auto summary = openToRead(path, handle);
    if (!summary)
        return summary.error();
    // quick_check reads every page and checks the constraints in O(N); integrity_check also
    // proves each index matches its table, which a page-by-page copy inherits from its source.
    auto integrity =
        column(handle.get(), quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)");
    if (!integrity)
        return Error{tr("The database file is damaged."), native(path), tr("Use another backup."),
                     integrity.error().detail};
    if (integrity.value() != QStringList{QStringLiteral("ok")})
        return Error{
            tr("The database file is damaged (integrity check: %1).").arg(integrity->constFirst()),
            native(path), tr("Use another backup."), integrity->join(QLatin1Char('\n'))};
    auto foreignKeys = column(handle.get(), "SELECT \"table\" || ' row ' || rowid || ' → ' || "
                                            "parent FROM pragma_foreign_key_check LIMIT 20");
    if (!foreignKeys)
        return Error{tr("The database file is damaged."), native(path), tr("Use another backup."),
                     foreignKeys.error().detail};
    if (!foreignKeys->isEmpty())
        return Error{tr("The database has rows that point to records that do not exist (%1).")
                         .arg(foreignKeys->constFirst()),
                     native(path), tr("Use another backup."), foreignKeys->join(QLatin1Char('\n'))};
    return summary;
}

Result<DatabaseBackup::Summary> DatabaseBackup::restore(const QString &file, const QString &current,
                                                        const QString &keepAs,
                                                        const Progress &progress) {
    auto offered = verify(file);
    if (!offered)
        return offered.error();
    const QString incoming = current + QStringLiteral(".restoring");
    NOV_RETURN_IF_ERROR(removeFiles(incoming));
    auto copied = copyFile(file, Mode::Foreign, incoming, progress);
    if (!copied)
        return copied.error();
    if (Status s = replace(current, incoming, keepAs); !s) {
        (void)removeFiles(incoming);
        return s.error();
    }
    return copied;
}

Status DatabaseBackup::replace(const QString &current, const QString &replacement,
                               const QString &keepAs) {
    if (QFileInfo::exists(current)) {
        // Fold the write-ahead log into the file, and make sure no one else has it open. A
        // damaged database (often the reason for the restore) may refuse the checkpoint: its
        // -wal is then kept beside the saved copy as it is.
        {
            Handle handle;
            if (openFile(current, Mode::ReadWrite, handle)) {
                auto busy = column(handle.get(), "PRAGMA wal_checkpoint(TRUNCATE)");
                if (busy && busy->value(0) == QLatin1String("1"))
                    return Error{tr("The database is in use by another program or clerk."),
                                 native(current),
                                 tr("Close Novoselye everywhere else, then try again.")};
            }
        }
        // The current database is kept byte for byte under the new name: a second name for
        // the same file (a copy where the file system has no hard links).
        NOV_RETURN_IF_ERROR(removeFiles(keepAs));
        const QByteArray from = QFile::encodeName(current), to = QFile::encodeName(keepAs);
        if (::link(from.constData(), to.constData()) != 0 && !QFile::copy(current, keepAs))
            return Error{tr("The current database cannot be kept as %1.").arg(native(keepAs)),
                         native(current),
                         tr("Check the free disk space and that you may write "
                            "in the folder.")};
        const QString wal = current + QStringLiteral("-wal");
        if (QFileInfo(wal).size() > 0 && !QFile::copy(wal, keepAs + QStringLiteral("-wal")))
            return Error{tr("The current database cannot be kept as %1.").arg(native(keepAs)),
                         native(wal), tr("Check the free disk space.")};
    }
    // rename() replaces the old file atomically: a crash leaves the old or the new database.
    if (std::rename(QFile::encodeName(replacement).constData(),
                    QFile::encodeName(current).constData()) != 0)
        return Error{tr("The restored database cannot be put in place."), native(current),
                     tr("Check that you may write in the folder.")};
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(current + suffix);
    return {};
}

} // namespace nov::db

namespace nov::db {

namespace {

struct Rule {
    const char *problem; // translated in the "nov::db::DatabaseBackup" context
    const char *sql;     // returns the ids of the rows that break the rule
};

const Rule rules[] = {
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Households without exactly one head of household"),
     "SELECT h.id FROM household h WHERE (SELECT COUNT(*) FROM resident r WHERE r.household_id "
     "= h.id AND r.relation = 'head') <> 1 ORDER BY h.id"},
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Households marked as relocated without a key handover"),
     "SELECT h.id FROM household h WHERE h.status IN ('keys_handed_over', "
     "'old_apartment_vacated') AND NOT EXISTS (SELECT 1 FROM key_handover k WHERE "
     "k.household_id = h.id AND k.handed_over_on IS NOT NULL) ORDER BY h.id"},
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Key handovers whose household is not marked as relocated"),
     "SELECT k.id FROM key_handover k JOIN household h ON h.id = k.household_id WHERE "
     "k.handed_over_on IS NOT NULL AND h.status NOT IN ('keys_handed_over', "
     "'old_apartment_vacated') ORDER BY k.id"},
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Key handovers whose new apartment is not marked as occupied"),
     "SELECT k.id FROM key_handover k JOIN apartment a ON a.id = k.new_apartment_id WHERE "
     "k.handed_over_on IS NOT NULL AND a.status <> 'occupied' ORDER BY k.id"},
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Key handovers counting a number of residents the household never had"),
     "SELECT k.id FROM key_handover k WHERE k.residents_count > (SELECT COUNT(*) FROM resident "
     "r WHERE r.household_id = k.household_id) ORDER BY k.id"},
    {QT_TRANSLATE_NOOP("nov::db::DatabaseBackup",
                       "Milestones that disagree with a recount of relocated residents"),
     "WITH c AS (SELECT id, SUM(residents_count) OVER (ORDER BY handed_over_on, id) AS upto "
     "FROM key_handover WHERE handed_over_on IS NOT NULL) "
     "SELECT m.target FROM milestone m WHERE m.gift_handed_over_on IS NULL AND "
     "COALESCE(m.key_handover_id, 0) <> COALESCE((SELECT c.id FROM c WHERE c.upto >= m.target "
     "ORDER BY c.upto LIMIT 1), 0) ORDER BY m.target"},
};

} // namespace

Result<QList<DatabaseBackup::Finding>> DatabaseBackup::check(const QString &path) {
    Handle handle;
    auto summary = openToRead(path, handle);
    if (!summary)
        return summary.error();
    QList<Finding> findings;
    auto integrity = column(handle.get(), "PRAGMA integrity_check(100)");
    if (!integrity)
        return Error{tr("The database file is damaged."), native(path),
                     tr("Restore the database from a backup."), integrity.error().detail};
    if (integrity.value() != QStringList{QStringLiteral("ok")})
        findings.append({tr("The database file is damaged or holds rows its constraints refuse "
                            "(integrity check)"),
                         integrity->size(), integrity->mid(0, 5).join(QStringLiteral("; "))});
    auto foreignKeys = column(handle.get(), "SELECT \"table\" || ' ' || rowid || ' → ' || "
                                            "parent FROM pragma_foreign_key_check");
    if (!foreignKeys)
        return Error{tr("The database file is damaged."), native(path),
                     tr("Restore the database from a backup."), foreignKeys.error().detail};
    if (!foreignKeys->isEmpty())
        findings.append({tr("Rows that point to records that do not exist (foreign keys)"),
                         foreignKeys->size(), foreignKeys->mid(0, 5).join(QStringLiteral("; "))});
    for (const Rule &rule : rules) {
        auto ids = column(handle.get(), rule.sql);
        const QString problem = tr(rule.problem);
        if (!ids) {
            findings.append({problem, 1, ids.error().detail});
            continue;
        }
        if (!ids->isEmpty())
            findings.append({problem, ids->size(), ids->mid(0, 10).join(QStringLiteral(", "))});
    }
    return findings;
}

Result<QList<DatabaseBackup::Finding>> DatabaseBackup::checkRules(Database &db) {
    QList<Finding> findings;
    for (const Rule &rule : rules) {
        auto q = db.run(QString::fromLatin1(rule.sql), {}, QStringLiteral("check"));
        if (!q)
            return q.error();
        QStringList ids;
        while (q->next())
            ids << q->value(0).toString();
        if (!ids.isEmpty())
            findings.append({tr(rule.problem), ids.size(), ids.mid(0, 10).join(u", ")});
    }
    return findings;
}

Result<DatabaseBackup::Summary>
DatabaseBackup::copyFromServer(Database &source, const QString &target, const Progress &progress) {
    if (QFileInfo::exists(target))
        return Error{tr("The backup file already exists."), native(target),
                     tr("Choose a new file name; an existing file is never overwritten.")};
    const QString partial = target + QStringLiteral(".partial");
    NOV_RETURN_IF_ERROR(removeFiles(partial));
    // rows copied, told as thousandths (the pages' progress is an int)
    DatabaseCopy::Progress rows;
    if (progress)
        rows = [&progress](qint64 done, qint64 total) {
            return progress(total > 0 ? int(done * 1000 / total) : 0, 1000);
        };
    {
        auto file = Database::open(partial); // created private, like every new database
        if (!file) {
            (void)removeFiles(partial);
            return file.error();
        }
        if (auto copied = DatabaseCopy::copy(source, *file.value(), rows); !copied) {
            file.value().reset();
            (void)removeFiles(partial);
            return copied.error();
        }
        // The copy is a self-contained file: no write-ahead log to carry around.
        (void)file.value()->execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    auto copied = verify(partial, Depth::Quick);
    if (!copied) {
        (void)removeFiles(partial);
        return Error{tr("The copy failed its check: %1").arg(copied.error().message),
                     native(target), tr("Check the disk, then try again."), copied.error().detail};
    }
    return putInPlace(partial, target, std::move(copied).value());
}

} // namespace nov::db
