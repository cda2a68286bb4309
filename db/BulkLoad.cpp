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

Status BulkLoad::recreateIndexes() {
    for (const QString &definition : std::as_const(m_definitions)) {
        if (Status s = m_db.execute(definition); !s)
            return s;
    }
    m_definitions.clear();
    return {};
}

} // namespace nov::db
