#include "IncentiveRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

IncentiveRepository::IncentiveRepository(Database &db)
    : m_db(db)
    , m_vehicle(db, QStringLiteral("vehicle"),
                {QStringLiteral("id"), QStringLiteral("vin"), QStringLiteral("model"),
                 QStringLiteral("powertrain"), QStringLiteral("engine"), QStringLiteral("colour"),
                 QStringLiteral("production_no"), QStringLiteral("epts_number"),
                 QStringLiteral("produced_on"), QStringLiteral("status")})
    , m_milestone(db, QStringLiteral("milestone"),
                  {QStringLiteral("id"), QStringLiteral("target"), QStringLiteral("title"),
                   QStringLiteral("reached_on"), QStringLiteral("key_handover_id"),
                   QStringLiteral("household_id"), QStringLiteral("resident_id"),
                   QStringLiteral("vehicle_id"), QStringLiteral("gift_recipient_id"),
                   QStringLiteral("gift_handed_over_on")}) {}

Result<qint64> IncentiveRepository::insertVehicle(const VehicleRecord &v) {
    return m_vehicle.insert({sql::id(v.id), v.vin, v.model, v.powertrain, v.engine, v.colour,
                             v.productionNo, sql::text(v.eptsNumber), sql::date(v.producedOn),
                             v.status});
}

Result<qint64> IncentiveRepository::insertMilestone(const MilestoneRecord &m) {
    return m_milestone.insert({sql::id(m.id), m.target, sql::text(m.title), sql::date(m.reachedOn),
                               sql::id(m.keyHandoverId), sql::id(m.householdId),
                               sql::id(m.residentId), sql::id(m.vehicleId),
                               sql::id(m.giftRecipientId), sql::date(m.giftHandedOverOn)});
}

Result<QList<MilestoneRecord>> IncentiveRepository::milestones() {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, target, title, reached_on, key_handover_id, household_id, resident_id, "
        "vehicle_id, gift_recipient_id, gift_handed_over_on FROM milestone ORDER BY target"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("milestone"));
    QList<MilestoneRecord> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                     sql::toDate(q->value(3)), q->value(4).toLongLong(), q->value(5).toLongLong(),
                     q->value(6).toLongLong(), q->value(7).toLongLong(), q->value(8).toLongLong(),
                     sql::toDate(q->value(9))});
    return list;
}

void IncentiveRepository::setBulkWriter(BulkWriter *writer) {
    m_vehicle.setWriter(writer);
    m_milestone.setWriter(writer);
}

} // namespace nov::db
