#include "Migrator.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::Migrator", text);
}

QList<Migrator::Migration> loadMigrations() {
    QList<Migrator::Migration> list;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return list;
}

int currentVersion(Database &db) {
    return db.schemaVersion();
}

} // namespace

const QList<Migrator::Migration> &Migrator::migrations() {
    static const QList<Migration> list = loadMigrations();
    return list;
}

int Migrator::latestVersion() {
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

Status Migrator::migrate(Database &db, int targetVersion) {
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int from = currentVersion(db);
    if (from > targetVersion)
        return Error{tr("The database schema (version %1) is newer than this program's (%2).")
                         .arg(from)
                         .arg(targetVersion),
                     db.location(), tr("Install the newer version of Novoselye.")};
    if (from == targetVersion)
        return {};

    Transaction tx(db);
    if (!tx.begun())
        return tx.error();
    // Another program may have migrated while this one waited for the writer lock.
    if (currentVersion(db) >= targetVersion)
        return tx.commit();
    if (Status s = db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             "version INTEGER PRIMARY KEY, "
                                             "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        !s)
        return s;
    const int base = currentVersion(db);
    for (const Migration &m : migrations()) {
        if (m.version <= base || m.version > targetVersion)
            continue;
        const QStringList statements =
            SqlDialect::splitStatements(SqlDialect::expand(m.sql, db.backend()));
        for (const QString &statement : statements) {
            if (Status s = db.execute(statement); !s) {
                Error e = s.error();
                e.message = tr("Updating the database to version %1 (%2) failed; nothing was "
                               "changed.")
                                .arg(m.version)
                                .arg(m.name);
                e.hint = tr("Report this to the administrator with the details below.");
                return e;
            }
        }
        auto q = db.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        if (!q)
            return q.error();
        q->addBindValue(m.version);
        q->addBindValue(m.name);
        q->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q->exec())
            return Database::errorFrom(q->lastError(), QStringLiteral("schema_version"));
        qCInfo(lcDb) << "migrated" << db.location() << "to version" << m.version << m.name;
    }
    return tx.commit();
}

} // namespace nov::db
