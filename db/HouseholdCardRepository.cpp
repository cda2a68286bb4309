#include "HouseholdCardRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

namespace {

QString householdWhere(qint64 id) {
    return QStringLiteral("household %1").arg(id);
}

} // namespace

Result<QList<HouseholdCardRepository::OfferRow>>
HouseholdCardRepository::offers(qint64 householdId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT o.id, o.household_id, o.new_apartment_id, o.letter_on, o.viewed_on, o.decision, "
        "o.decided_on, o.refusal_reason, o.override_reason, b.address, a.number, a.floor, "
        "a.rooms, a.total_area, a.living_area "
        "FROM offer o JOIN apartment a ON a.id = o.new_apartment_id "
        "JOIN building b ON b.id = a.building_id "
        "WHERE o.household_id = ? ORDER BY o.letter_on, o.id"));
    if (!q)
        return q.error();
    q->addBindValue(householdId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), householdWhere(householdId));
    QList<OfferRow> rows;
    while (q->next()) {
        OfferRow row;
        row.offer = OfferRecord{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                q->value(2).toLongLong(), sql::toDate(q->value(3)),
                                sql::toDate(q->value(4)), q->value(5).toString(),
                                sql::toDate(q->value(6)), q->value(7).toString()};
        row.overrideReason = q->value(8).toString();
        row.address = q->value(9).toString();
        row.apartmentNumber = q->value(10).toString();
        row.floor = q->value(11).toInt();
        row.rooms = q->value(12).toInt();
        row.totalArea = q->value(13).toDouble();
        row.livingArea = q->value(14).toDouble();
        rows.append(row);
    }
    return rows;
}

Result<QList<HouseholdCardRepository::EventRow>>
HouseholdCardRepository::events(qint64 householdId) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT e.id, e.happened_on, e.from_status, e.to_status, u.login, e.note "
                       "FROM household_event e LEFT JOIN app_user u ON u.id = e.user_id "
                       "WHERE e.household_id = ? ORDER BY e.happened_on, e.id"));
    if (!q)
        return q.error();
    q->addBindValue(householdId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), householdWhere(householdId));
    QList<EventRow> rows;
    while (q->next()) {
        rows.append(EventRow{q->value(0).toLongLong(), sql::toDate(q->value(1)),
                             q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                             q->value(5).toString()});
    }
    return rows;
}

Result<qint64> HouseholdCardRepository::householdByCase(const QString &caseNumber) {
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM household WHERE case_number = ?"));
    if (!q)
        return q.error();
    q->addBindValue(caseNumber);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), caseNumber);
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace nov::db
