#include "BulkLoad.h"

#include "DashboardRepository.h"
#include "Database.h"

#include <QSqlError>

namespace nov::db {

Status BulkLoad::dropSecondaryIndexes() {
    if (m_db.backend() != Backend::Sqlite)
        return {}; // PostgreSQL bulk loads keep their indexes (COPY is fast enough)
    auto q = m_db.prepare(QStringLiteral(
        "SELECT name, sql, type FROM sqlite_master WHERE sql IS NOT NULL AND (type = 'index' "
        "OR (type = 'trigger' AND (name LIKE 'dashboard\\_%' ESCAPE '\\' OR name LIKE "
        "'counter\\_%' ESCAPE '\\')))"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("sqlite_master"));
    QStringList names;
    QStringList types;
    while (q->next()) {
        names << q->value(0).toString();
        m_definitions << q->value(1).toString();
        types << q->value(2).toString();
        const bool trigger = types.last() == QLatin1String("trigger");
        m_summaryTriggers =
            m_summaryTriggers || (trigger && names.last().startsWith(u"dashboard_"));
        m_counterTriggers = m_counterTriggers || (trigger && names.last().startsWith(u"counter_"));
    }
    q->finish();
    for (int i = 0; i < names.size(); ++i) {
        // Names and types come from sqlite_master, names quoted as identifiers.
        // SQL-SAFE: see above.
        const QString drop = types.at(i) == QLatin1String("trigger") ? QStringLiteral("TRIGGER")
                                                                     : QStringLiteral("INDEX");
        if (Status s = m_db.execute(QStringLiteral("DROP %1 \"%2\"").arg(drop, names.at(i))); !s)
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
    if (m_counterTriggers) {
        // The programme counter's triggers were off during the load (one UPDATE of the
        // counter row per handover): count all handovers once, in the load's transaction.
        m_counterTriggers = false;
        if (Status s = m_db.execute(QStringLiteral(
                "UPDATE programme_counter SET "
                "households = (SELECT COUNT(*) FROM key_handover WHERE handed_over_on IS NOT "
                "NULL), "
                "residents = (SELECT COALESCE(SUM(residents_count), 0) FROM key_handover "
                "WHERE handed_over_on IS NOT NULL) WHERE id = 1"));
            !s)
            return s;
    }
    if (m_summaryTriggers) {
        // The dashboard's summary triggers were off during the load: count what was loaded.
        m_summaryTriggers = false;
        return DashboardRepository(m_db).rebuildSummaries();
    }
    return {};
}

} // namespace nov::db
