#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace nov::db {

// One connection to the Novoselye store: an SQLite file (the embedded default) or a
// PostgreSQL database given as postgresql://user@host:port/dbname. A Database belongs to the thread
// that opened it; use reconnect() to get a connection for a worker thread.
class Database {
public:
    struct Options {
        bool create = true;     // create the file when it does not exist
        bool migrate = true;    // bring the schema to the latest version
        int targetVersion = -1; // migrate only up to this version (-1: latest); for tests
        int busyTimeoutMs = 10000;
        // reconnect(): the file was inspected when the first connection opened it, so the
        // header check and the read-only probe are skipped (a page opens sooner).
        bool alreadyChecked = false;
        // SQLite: the page size of a file this open creates (0: SQLite's default, 4096).
        // Has no effect on an existing file.
        int newFilePageSize = 0;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and if allowed creates and migrates) the store at `location`: a file path or a
    // postgresql:// URL (a missing server database is created when options.create).
    // A file that is not a Novoselye database, is damaged, or comes from a newer version of
    // the program is refused without being modified.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location) {
        return open(location, Options());
    }

    // Asks for the server password when libpq found none (URL, PGPASSWORD, ~/.pgpass) and the
    // server wants one; gets the address to show, returns the password (empty: give up).
    using PasswordPrompt = std::function<QString(const QString &address)>;
    static void setPasswordPrompt(PasswordPrompt prompt);

    // The location to show: the path, or the server URL without its password.
    static QString displayName(const QString &location);

    // The default store: novoselye.db in the user's data folder.
    static QString defaultLocation();

    // Another connection to the same store, for use in another thread.
    Result<std::unique_ptr<Database>> reconnect() const;

    Backend backend() const { return m_backend; }
    const QString &location() const { return m_location; }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion() const;

    // Prepares a statement; on failure the Error names the statement.
    Result<QSqlQuery> prepare(const QString &sql);
    // Runs a statement without parameters (DDL, PRAGMA); for values use prepare() + bind.
    Status execute(const QString &sql);
    // Prepares `sql`, binds `values` in order and runs it; the Error names `what` (the record
    // concerned). The returned query is positioned before its first row.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what);

    // Turns a driver error into a readable Error.
    static Error errorFrom(const QSqlError &error, const QString &what);

private:
    Database(QSqlDatabase db, QString location, Backend backend, Options options);
    Status applyPragmas();
    static Result<std::unique_ptr<Database>> openServer(const QString &location,
                                                        const Options &options);
    static PasswordPrompt &passwordPrompt();
    Status probeServer();

    QSqlDatabase m_db;
    QString m_location;
    Backend m_backend;
    Options m_options;
    QString m_password; // PostgreSQL password asked at the prompt, for reconnect()
};

} // namespace nov::db
