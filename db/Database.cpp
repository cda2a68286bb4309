#include "Database.h"

#include "DatabaseFile.h"
#include "Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDb, "novoselye.db", QtWarningMsg)

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::Database", text);
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
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultLocation() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("novoselye.db"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options) {
    if (location.startsWith(QLatin1String("postgresql://")) ||
        location.startsWith(QLatin1String("postgres://")))
        return Error{tr("This build of Novoselye opens SQLite database files only."), location,
                     tr("Give the path of a database file with --db.")};

    const QFileInfo info(location);
    const bool exists = info.exists();
    if (exists) {
        if (Status s = DatabaseFile::inspect(location); !s)
            return s.error();
        if (Status s = probeExisting(location); !s)
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

Result<std::unique_ptr<Database>> Database::reconnect() const {
    Options options = m_options;
    options.create = false;
    options.migrate = false;
    return open(m_location, options);
}

Status Database::applyPragmas() {
    if (m_backend != Backend::Sqlite)
        return {};
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
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<QSqlQuery> Database::prepare(const QString &sql) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql.simplified().left(120));
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
    qCWarning(lcDb).noquote() << what << "failed:" << text << error.nativeErrorCode();
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Error{tr("The database is busy: another clerk is saving a change."), what,
                     tr("Try again in a moment."), text};
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error{tr("The database file is damaged."), what,
                     tr("Restore the database from a backup."), text};
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Error{tr("The database is read-only."), what,
                     tr("Check that you may write the database file and its folder."), text};
    return Error{tr("The database refused the operation: %1").arg(text), what, QString(), text};
}

} // namespace nov::db
