#include "BulkLoad.h"

#include "Database.h"

#include <QSqlError>

namespace nov::db {

Status BulkLoad::dropSecondaryIndexes() {
    if (m_db.backend() != Backend::Sqlite)
        return {}; // PostgreSQL bulk loads keep their indexes (COPY is fast enough)
    auto q = m_db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("sqlite_master"));
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
        m_definitions << q->value(1).toString();
    }
    q->finish();
    for (const QString &name : std::as_const(names)) {
        // Names come from sqlite_master, quoted as identifiers.
        if (Status s = m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    }
    return {};
}

Status BulkLoad::advanceIdentities(Database &db) {
    if (db.backend() != Backend::Postgres)
        return {}; // SQLite's rowid continues from the largest id by itself
    auto q = db.prepare(QStringLiteral(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND column_name = 'id' AND is_identity = 'YES' ORDER BY table_name"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("information_schema"));
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    q->finish();
    for (const QString &table : std::as_const(tables)) {
        // SQL-SAFE: table names come from information_schema, quoted as identifiers.
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('\"%1\"', 'id'), "
                                           "COALESCE(MAX(id), 0) + 1, false) FROM \"%1\"")
                                .arg(table);
        if (Status s = db.execute(sql); !s)
            return s;
    }
    return {};
}

Status BulkLoad::recreateIndexes() {
    if (Status s = advanceIdentities(m_db); !s)
        return s;
    for (const QString &definition : std::as_const(m_definitions)) {
        if (Status s = m_db.execute(definition); !s)
            return s;
    }
    m_definitions.clear();
    return {};
}

} // namespace nov::db
