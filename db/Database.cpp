#include "Database.h"

#include "DatabaseFile.h"
#include "Migrator.h"
#include "ServerAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDb, "novoselye.db", QtWarningMsg)

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::Database", text);
}

// PostgreSQL: each prepared statement is kept per connection and reused, so that running it
// again costs one round trip to the server (EXECUTE) instead of three (PREPARE, EXECUTE,
// DEALLOCATE). A service call runs dozens of statements inside its write lock, so this is what
// lets clerks' transactions follow each other quickly. (Not for SQLite: its statements are
// in-process and cheap to prepare.) Keyed by connection name, guarded for worker threads.
struct StatementCache {
    static constexpr int kLimit = 400; // per connection; browse pages make SQL per filter
    QMutex mutex;
    QHash<QString, QHash<QString, QSqlQuery>> byConnection;
};

StatementCache &statementCache() {
    static StatementCache cache;
    return cache;
}

QString newConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("novoselye-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opening converts a file in rollback-journal mode to WAL (a write to its header) and migrates
// an older schema; a file already in WAL mode at the latest schema is opened without a write.
bool willBeWritten(const QString &path, int schemaVersion) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray header = file.read(20);
    // Bytes 18 and 19: the file format's write and read versions, 2 for WAL.
    const bool wal = header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
    return !wal || schemaVersion < Migrator::latestVersion();
}

// PRAGMA quick_check (every page, NOT NULL, CHECK), read-only.
Status quickCheck(QSqlDatabase &probe, const QString &where) {
    QSqlQuery q(probe);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return Error{tr("The database file is damaged."), where,
                     tr("Restore the database from a backup."), q.lastError().text()};
    const QString answer = q.value(0).toString();
    if (answer != QLatin1String("ok"))
        return Error{tr("The database file is damaged."), where,
                     tr("Restore the database from a backup."), answer};
    return {};
}

// Looks at an existing file through a read-only connection: is it a Novoselye database, and
// one this program can work with? Nothing is written.
Status probeExisting(const QString &path) {
    const QString name = newConnectionName();
    Status status;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a write-ahead log beside it, the file is read as immutable: SQLite then
        // creates no -wal/-shm files and takes no locks, so the look leaves no trace.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            probe.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                      .toString(QUrl::FullyEncoded) +
                                  QStringLiteral("?immutable=1"));
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        if (!probe.open()) {
            status = Error{tr("The database file cannot be opened."), where,
                           tr("Check the file's permissions, or restore it from a backup."),
                           probe.lastError().text()};
        } else {
            QSqlQuery q(probe);
            QStringList tables;
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                status = Error{tr("The file is damaged or is not a Novoselye database."), where,
                               tr("Restore the database from a backup or choose another file."),
                               q.lastError().text()};
            } else {
                while (q.next())
                    tables << q.value(0).toString();
                if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version"))) {
                    status = Error{tr("The file is an SQLite database of another program, not "
                                      "a Novoselye database."),
                                   where, tr("Choose a Novoselye database or a new file name.")};
                } else if (!tables.isEmpty()) {
                    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) ||
                        !q.next()) {
                        status = Error{tr("The database's version record cannot be read; the "
                                          "file is damaged."),
                                       where, tr("Restore the database from a backup."),
                                       q.lastError().text()};
                    } else if (q.value(0).toInt() > Migrator::latestVersion()) {
                        status =
                            Error{tr("The database was created by a newer version of Novoselye "
                                     "(schema %1; this program knows up to %2).")
                                      .arg(q.value(0).toInt())
                                      .arg(Migrator::latestVersion()),
                                  where, tr("Install the newer version of Novoselye to open it.")};
                    } else if (willBeWritten(path, q.value(0).toInt())) {
                        // Opening will write to this file (WAL switch or migration): damaged
                        // pages must be found first, so that a damaged file stays as it is.
                        status = quickCheck(probe, where);
                    }
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Database::Database(QSqlDatabase db, QString location, Backend backend, Options options)
    : m_db(std::move(db))
    , m_location(std::move(location))
    , m_backend(backend)
    , m_options(options) {}

Database::~Database() {
    const QString name = m_db.connectionName();
    {
        StatementCache &cache = statementCache();
        QMutexLocker lock(&cache.mutex);
        cache.byConnection.remove(name); // deallocated while the connection is still open
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::displayName(const QString &location) {
    if (!ServerAddress::isServerUrl(location))
        return location;
    const ServerAddress address = ServerAddress::parse(location);
    return address.isValid() ? address.toDisplayString() : location;
}

QString Database::defaultLocation() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("novoselye.db"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options) {
    if (ServerAddress::isServerUrl(location))
        return openServer(location, options);

    const QFileInfo info(location);
    const bool exists = info.exists();
    if (exists) {
        if (Status s = options.alreadyChecked ? Status() : DatabaseFile::inspect(location); !s)
            return s.error();
        if (Status s = options.alreadyChecked ? Status() : probeExisting(location); !s)
            return s.error();
    } else {
        if (!options.create)
            return Error{tr("The database file does not exist."),
                         QDir::toNativeSeparators(info.absoluteFilePath()),
                         tr("Check the path, or create a database with: novoselye demo --db "
                            "PATH --scale small")};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{tr("The folder for the database cannot be created."),
                         QDir::toNativeSeparators(info.absolutePath()),
                         tr("Check that you may write there.")};
        if (Status s = DatabaseFile::createPrivate(location); !s)
            return s.error();
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    db.setDatabaseName(location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    std::unique_ptr<Database> database(
        new Database(std::move(db), location, Backend::Sqlite, options));
    if (!database->m_db.open())
        return errorFrom(database->m_db.lastError(), tr("Opening the database"));
    if (Status s = database->applyPragmas(); !s)
        return s.error();
    if (options.migrate) {
        if (Status s = Migrator::migrate(*database, options.targetVersion); !s)
            return s.error();
    }
    qCDebug(lcDb) << "opened" << location << "schema" << database->schemaVersion();
    return database;
}

Database::PasswordPrompt &Database::passwordPrompt() {
    static PasswordPrompt prompt;
    return prompt;
}

void Database::setPasswordPrompt(PasswordPrompt prompt) {
    passwordPrompt() = std::move(prompt);
}

namespace {

bool isAuthenticationFailure(const QString &text) {
    return text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("no password supplied"));
}

bool isMissingDatabase(const QString &text) {
    return text.contains(QLatin1String("does not exist")) &&
           text.contains(QLatin1String("database"));
}

QSqlDatabase serverConnection(const ServerAddress &a, const QString &database,
                              const QString &password) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), newConnectionName());
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setDatabaseName(database);
    if (!a.user.isEmpty())
        db.setUserName(a.user);
    if (!password.isEmpty())
        db.setPassword(password);
    QString options = a.options;
    if (!options.contains(QLatin1String("application_name")))
        options += QStringLiteral("%1application_name=novoselye")
                       .arg(options.isEmpty() ? QString() : QStringLiteral(";"));
    db.setConnectOptions(options);
    return db;
}

// Creates `name` on the server through its maintenance database "postgres".
Status createServerDatabase(const ServerAddress &a, const QString &password) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_\\-]{1,63}$"));
    if (!plain.match(a.database).hasMatch())
        return Error{tr("The database name may hold only Latin letters, digits, '-' and '_'."),
                     a.database, tr("Choose another database name.")};
    Status status;
    QString name;
    {
        QSqlDatabase admin = serverConnection(a, QStringLiteral("postgres"), password);
        name = admin.connectionName();
        if (!admin.open()) {
            status = Database::errorFrom(admin.lastError(), a.toDisplayString());
        } else {
            QSqlQuery q(admin);
            // SQL-SAFE: the name was checked against ^[A-Za-z0-9_-]+$ above and is quoted.
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0")
                            .arg(a.database)) &&
                !q.lastError().text().contains(QLatin1String("already exists")))
                status = Database::errorFrom(q.lastError(), a.toDisplayString());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &location,
                                                       const Options &options) {
    const ServerAddress address = ServerAddress::parse(location);
    if (!address.isValid())
        return Error{tr("The PostgreSQL address is not understood."), location,
                     tr("Write it as postgresql://user@host:port/database.")};
    const QString shown = address.toDisplayString();
    QString password = address.password;
    std::unique_ptr<Database> database;
    for (int attempt = 0;; ++attempt) {
        database.reset(new Database(serverConnection(address, address.database, password), location,
                                    Backend::Postgres, options));
        if (database->m_db.open())
            break;
        const QString text = database->m_db.lastError().text();
        if (attempt < 3 && isAuthenticationFailure(text) && passwordPrompt()) {
            password = passwordPrompt()(shown);
            if (!password.isEmpty())
                continue;
        }
        if (attempt < 3 && options.create && isMissingDatabase(text)) {
            if (Status s = createServerDatabase(address, password); !s)
                return s.error();
            continue;
        }
        if (isMissingDatabase(text))
            return Error{tr("The database does not exist on the server."), shown,
                         tr("Check the name, or create it with: novoselye demo --db URL"), text};
        if (text.contains(QLatin1String("no password supplied")))
            return Error{tr("The server wants a password and none was given."), shown,
                         tr("Set PGPASSWORD or put the password in ~/.pgpass (or start "
                            "Novoselye in a terminal or the window, which ask for it)."),
                         text};
        if (isAuthenticationFailure(text))
            return Error{tr("The server did not accept the user name or password."), shown,
                         tr("Give the password when asked, in PGPASSWORD or in ~/.pgpass."), text};
        return Error{tr("The database server cannot be reached."), shown,
                     tr("Check the address and that the server is running, or ask the "
                        "administrator."),
                     text};
    }
    database->m_password = password;
    if (Status s = database->probeServer(); !s)
        return s.error();
    if (options.migrate) {
        if (Status s = Migrator::migrate(*database, options.targetVersion); !s)
            return s.error();
    }
    qCDebug(lcDb) << "opened" << shown << "schema" << database->schemaVersion();
    return database;
}

// The same checks as probeExisting() for a file: a database of another program, or of a newer
// Novoselye, is refused untouched.
Status Database::probeServer() {
    const QString shown = ServerAddress::parse(m_location).toDisplayString();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return errorFrom(q.lastError(), shown);
    // A writer waits for another's lock as long as SQLite's busy timeout, then gets a
    // retryable "busy" error (55P03) instead of waiting forever.
    // SQL-SAFE: the timeout is an int.
    if (!q.exec(QStringLiteral("SET lock_timeout = %1").arg(m_options.busyTimeoutMs)))
        return errorFrom(q.lastError(), shown);
    if (!q.exec(QStringLiteral(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE table_name = 'schema_version') "
            "FROM information_schema.tables WHERE table_schema = current_schema()")) ||
        !q.next())
        return errorFrom(q.lastError(), shown);
    const qint64 tables = q.value(0).toLongLong();
    const bool versioned = q.value(1).toLongLong() > 0;
    if (tables > 0 && !versioned)
        return Error{tr("The database holds tables of another program, not a Novoselye "
                        "database."),
                     shown, tr("Choose a Novoselye database or a new database name.")};
    if (versioned && schemaVersion() > Migrator::latestVersion())
        return Error{tr("The database was created by a newer version of Novoselye "
                        "(schema %1; this program knows up to %2).")
                         .arg(schemaVersion())
                         .arg(Migrator::latestVersion()),
                     shown, tr("Install the newer version of Novoselye to open it.")};
    return {};
}

Result<std::unique_ptr<Database>> Database::reconnect() const {
    Options options = m_options;
    options.create = false;
    options.migrate = false;
    options.alreadyChecked = true;
    if (m_backend == Backend::Postgres && !m_password.isEmpty()) {
        ServerAddress address = ServerAddress::parse(m_location);
        address.password = m_password; // asked once, not again for each worker thread
        return openServer(address.urlFor(address.database), options);
    }
    return open(m_location, options);
}

Status Database::applyPragmas() {
    if (m_backend != Backend::Sqlite)
        return {};
    if (m_options.newFilePageSize > 0) {
        // Before the WAL mode: a new file gets its page size when its first page is written.
        // SQL-SAFE: a number from the caller's options.
        if (Status s =
                execute(QStringLiteral("PRAGMA page_size = %1").arg(m_options.newFilePageSize));
            !s)
            return s;
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs),
        QStringLiteral("PRAGMA cache_size = -65536"), // 64 MiB
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString &pragma : pragmas) {
        if (Status s = execute(pragma); !s)
            return s;
    }
    return {};
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    // On PostgreSQL a failed statement spoils the transaction around it: look before reading.
    if (m_backend == Backend::Postgres &&
        (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next() ||
         !q.value(0).toBool()))
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<QSqlQuery> Database::prepare(const QString &sql) {
    const bool cached = m_backend == Backend::Postgres;
    StatementCache &cache = statementCache();
    if (cached) {
        QMutexLocker lock(&cache.mutex);
        const auto &mine = cache.byConnection[m_db.connectionName()];
        if (auto it = mine.constFind(sql); it != mine.cend()) {
            // The copy shares the prepared statement: that is the point of the cache, so
            // Qt's deprecation of copying (meant for accidental copies) is silenced here.
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            QSqlQuery q = it.value();
            QT_WARNING_POP
            q.finish();
            return q;
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql.simplified().left(120));
    if (cached) {
        QMutexLocker lock(&cache.mutex);
        auto &mine = cache.byConnection[m_db.connectionName()];
        if (mine.size() >= StatementCache::kLimit)
            mine.clear();
        mine.insert(sql, q);
    }
    return q;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values,
                                const QString &what) {
    auto q = prepare(sql);
    if (!q)
        return q.error();
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (!q->exec())
        return errorFrom(q->lastError(), what);
    return q;
}

Status Database::execute(const QString &sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), sql.simplified().left(120));
    return {};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = error.nativeErrorCode();
    qCWarning(lcDb).noquote() << what << "failed:" << text << code;
    // SQLite: SQLITE_BUSY (5) and SQLITE_LOCKED (6) with their extended codes; PostgreSQL
    // SQLSTATE 40001 serialization failure, 40P01 deadlock, 55P03 lock not available.
    const int sqliteCode = code.size() < 5 ? code.toInt() & 0xff : -1; // SQLSTATEs have 5
    const bool conflict = code == QLatin1String("40001") || code == QLatin1String("40P01") ||
                          code == QLatin1String("55P03") || sqliteCode == 5 || sqliteCode == 6 ||
                          text.contains(QLatin1String("database is locked")) ||
                          text.contains(QLatin1String("database table is locked")) ||
                          text.contains(QLatin1String("busy"));
    if (conflict) {
        Error e{tr("The database is busy: another clerk is saving a change."), what,
                tr("Try again in a moment."), text};
        e.retryable = true;
        return e;
    }
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error{tr("The database file is damaged."), what,
                     tr("Restore the database from a backup."), text};
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Error{tr("The database is read-only."), what,
                     tr("Check that you may write the database file and its folder."), text};
    return Error{tr("The database refused the operation: %1").arg(text), what, QString(), text};
}

} // namespace nov::db
