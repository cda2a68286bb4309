#include "CounterRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

const QStringList &CounterRepository::coreTables() {
    static const QStringList tables = {
        QStringLiteral("okrug"),        QStringLiteral("district"),
        QStringLiteral("building"),     QStringLiteral("apartment"),
        QStringLiteral("household"),    QStringLiteral("resident"),
        QStringLiteral("offer"),        QStringLiteral("contract"),
        QStringLiteral("key_handover"), QStringLiteral("milestone"),
        QStringLiteral("vehicle"),      QStringLiteral("certificate"),
        QStringLiteral("app_user"),     QStringLiteral("audit_log"),
        QStringLiteral("settings"),     QStringLiteral("household_event")};
    return tables;
}

namespace {

// The whole programme's figure from the counter row (migration 0011, kept by triggers).
Result<qint64> counted(Database &db, const QString &column) {
    // SQL-SAFE: `column` is "households" or "residents", from this file.
    auto q = db.run(QStringLiteral("SELECT %1 FROM programme_counter WHERE id = 1").arg(column), {},
                    QStringLiteral("programme_counter"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<qint64> CounterRepository::relocatedResidents(const QDate &until) {
    if (!until.isValid())
        return counted(m_db, QStringLiteral("residents"));
    auto q = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(residents_count), 0) FROM key_handover "
        "WHERE handed_over_on IS NOT NULL AND (CAST(? AS DATE) IS NULL OR handed_over_on <= ?)"));
    if (!q)
        return q.error();
    q->addBindValue(sql::date(until));
    q->addBindValue(sql::date(until));
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(), QStringLiteral("key_handover"));
    return q->value(0).toLongLong();
}

Result<qint64> CounterRepository::relocatedHouseholds() {
    return counted(m_db, QStringLiteral("households"));
}

Result<std::optional<CounterRepository::Position>> CounterRepository::locate(qint64 n) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, household_id, handed_over_on, running - residents_count FROM ("
                       "  SELECT id, household_id, handed_over_on, residents_count,"
                       "         SUM(residents_count) OVER (ORDER BY handed_over_on, id"
                       "                                    ROWS UNBOUNDED PRECEDING) AS running"
                       "  FROM key_handover WHERE handed_over_on IS NOT NULL) ordered "
                       "WHERE running >= ? ORDER BY running LIMIT 1"));
    if (!q)
        return q.error();
    q->addBindValue(n);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("key_handover"));
    if (!q->next())
        return std::optional<Position>();
    Position p;
    p.keyHandoverId = q->value(0).toLongLong();
    p.householdId = q->value(1).toLongLong();
    p.handedOverOn = sql::toDate(q->value(2));
    p.memberIndex = int(n - q->value(3).toLongLong() - 1);
    return std::optional<Position>(p);
}

Result<QList<QPair<QString, qint64>>> CounterRepository::tableCounts() {
    QList<QPair<QString, qint64>> counts;
    for (const QString &table : coreTables()) {
        // SQL-SAFE: table names come from coreTables(), a fixed list.
        auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!q)
            return q.error();
        if (!q->exec() || !q->next())
            return Database::errorFrom(q->lastError(), table);
        counts.append({table, q->value(0).toLongLong()});
    }
    return counts;
}

} // namespace nov::db
