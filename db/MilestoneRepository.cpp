#include "MilestoneRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::MilestoneRepository", text);
}

// member() and person() read these columns in this order.
MilestoneRepository::Person personFrom(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}

} // namespace

Result<MilestoneRepository::CountedHandover> MilestoneRepository::handover(qint64 keyHandoverId) {
    auto q = m_db.prepare(QStringLiteral("SELECT id, household_id, handed_over_on, "
                                         "residents_count FROM key_handover "
                                         "WHERE id = ? AND handed_over_on IS NOT NULL"));
    if (!q)
        return q.error();
    q->addBindValue(keyHandoverId);
    const QString where = QStringLiteral("key_handover %1").arg(keyHandoverId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), where);
    if (!q->next())
        return Error{tr("The key handover has not been recorded."), where,
                     tr("Record the key handover first.")};
    return CountedHandover{q->value(0).toLongLong(), q->value(1).toLongLong(),
                           sql::toDate(q->value(2)), q->value(3).toInt()};
}

Result<qint64> MilestoneRepository::residentsBefore(const QDate &on, qint64 id) {
    // The counter (migration 0011) less the handovers from this one on: a handover of today
    // reads a few rows of the index key_handover_counter, not the ~100,000 before it.
    auto q = m_db.prepare(
        QStringLiteral("SELECT (SELECT residents FROM programme_counter WHERE id = 1) - "
                       "COALESCE(SUM(residents_count), 0) FROM key_handover "
                       "WHERE handed_over_on IS NOT NULL AND handed_over_on >= ? "
                       "AND (handed_over_on > ? OR id >= ?)"));
    if (!q)
        return q.error();
    q->addBindValue(sql::date(on));
    q->addBindValue(sql::date(on));
    q->addBindValue(id);
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(), QStringLiteral("key_handover"));
    return q->value(0).toLongLong();
}

Status MilestoneRepository::walkFrom(const QDate &on, qint64 id,
                                     const std::function<bool(const CountedHandover &)> &visit) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, household_id, handed_over_on, residents_count FROM key_handover "
                       "WHERE handed_over_on IS NOT NULL AND handed_over_on >= ? "
                       "AND (handed_over_on > ? OR id >= ?) ORDER BY handed_over_on, id"));
    if (!q)
        return q.error();
    q->addBindValue(sql::date(on));
    q->addBindValue(sql::date(on));
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("key_handover"));
    while (q->next()) {
        const CountedHandover row{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                  sql::toDate(q->value(2)), q->value(3).toInt()};
        if (!visit(row))
            break;
    }
    return {};
}

Result<QList<MilestoneRecord>> MilestoneRepository::milestonesFrom(qint64 from) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, target, title, reached_on, key_handover_id, household_id, resident_id, "
        "vehicle_id, gift_recipient_id, gift_handed_over_on FROM milestone "
        "WHERE target >= ? ORDER BY target"));
    if (!q)
        return q.error();
    q->addBindValue(from);
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

Result<MilestoneRepository::Person> MilestoneRepository::member(qint64 householdId, int index) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT r.id, r.household_id, h.case_number, "
                       "r.last_name || ' ' || r.first_name || COALESCE(' ' || r.patronymic, '') "
                       "FROM resident r JOIN household h ON h.id = r.household_id "
                       "WHERE r.household_id = ? ORDER BY r.id LIMIT 1 OFFSET ?"));
    if (!q)
        return q.error();
    q->addBindValue(householdId);
    q->addBindValue(index);
    const QString where = QStringLiteral("household %1").arg(householdId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), where);
    if (!q->next())
        return Error{tr("The household has fewer residents than its key handover counts (no "
                        "member number %1).")
                         .arg(index + 1),
                     where, tr("Enter the household's residents, then record the handover.")};
    return personFrom(q.value());
}

Result<MilestoneRepository::Person> MilestoneRepository::person(qint64 residentId) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT r.id, r.household_id, h.case_number, "
                       "r.last_name || ' ' || r.first_name || COALESCE(' ' || r.patronymic, '') "
                       "FROM resident r JOIN household h ON h.id = r.household_id WHERE r.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    const QString where = QStringLiteral("resident %1").arg(residentId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), where);
    if (!q->next())
        return Error{tr("The resident does not exist."), where};
    return personFrom(q.value());
}

Status MilestoneRepository::setReached(qint64 milestoneId, const QDate &on, qint64 keyHandoverId,
                                       qint64 householdId, qint64 residentId) {
    auto q =
        m_db.prepare(QStringLiteral("UPDATE milestone SET reached_on = ?, key_handover_id = ?, "
                                    "household_id = ?, resident_id = ? WHERE id = ?"));
    if (!q)
        return q.error();
    for (const QVariant &v : {sql::date(on), QVariant(keyHandoverId), QVariant(householdId),
                              QVariant(residentId), QVariant(milestoneId)})
        q->addBindValue(v);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("milestone %1").arg(milestoneId));
    return {};
}

namespace {

MilestoneRecord milestoneFrom(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            sql::toDate(q.value(3)), q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
            sql::toDate(q.value(9))};
}

QString where(qint64 milestoneId) {
    return QStringLiteral("milestone %1").arg(milestoneId);
}

} // namespace

Result<QList<MilestoneRepository::Overview>> MilestoneRepository::overview() {
    auto q =
        m_db.run(QStringLiteral(
                     "SELECT m.id, m.target, m.title, m.reached_on, m.household_id, h.case_number, "
                     "m.resident_id, r.last_name || ' ' || r.first_name || COALESCE(' ' || "
                     "r.patronymic, ''), "
                     "m.vehicle_id, v.vin, v.model, v.production_no, m.gift_recipient_id, "
                     "g.last_name || ' ' || g.first_name || COALESCE(' ' || g.patronymic, ''), "
                     "m.gift_handed_over_on FROM milestone m "
                     "LEFT JOIN household h ON h.id = m.household_id "
                     "LEFT JOIN resident r ON r.id = m.resident_id "
                     "LEFT JOIN vehicle v ON v.id = m.vehicle_id "
                     "LEFT JOIN resident g ON g.id = m.gift_recipient_id ORDER BY m.target"),
                 {}, QStringLiteral("milestone"));
    if (!q)
        return q.error();
    QList<Overview> list;
    while (q->next()) {
        Overview o;
        o.id = q->value(0).toLongLong();
        o.target = q->value(1).toLongLong();
        o.title = q->value(2).toString();
        o.reachedOn = sql::toDate(q->value(3));
        o.householdId = q->value(4).toLongLong();
        o.caseNumber = q->value(5).toString();
        o.residentId = q->value(6).toLongLong();
        o.residentName = q->value(7).toString();
        o.vehicleId = q->value(8).toLongLong();
        o.vin = q->value(9).toString();
        o.model = q->value(10).toString();
        o.productionNo = q->value(11).toInt();
        o.giftRecipientId = q->value(12).toLongLong();
        o.giftRecipientName = q->value(13).toString();
        o.giftHandedOverOn = sql::toDate(q->value(14));
        list.append(o);
    }
    return list;
}

Result<MilestoneRecord> MilestoneRepository::milestone(qint64 id) {
    auto q = m_db.run(QStringLiteral("SELECT id, target, title, reached_on, key_handover_id, "
                                     "household_id, resident_id, vehicle_id, gift_recipient_id, "
                                     "gift_handed_over_on FROM milestone WHERE id = ?"),
                      {id}, where(id));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The milestone does not exist."), where(id),
                     tr("Refresh the list; another manager may have removed it.")};
    return milestoneFrom(q.value());
}

Result<qint64> MilestoneRepository::insertTarget(qint64 target, const QString &title) {
    auto q =
        m_db.run(QStringLiteral("INSERT INTO milestone (target, title) VALUES (?, ?) RETURNING id"),
                 {target, sql::text(title)}, QStringLiteral("milestone %1").arg(target));
    if (!q)
        return q.error();
    // RETURNING on both backends (lastInsertId() is an OID/lastval() on PostgreSQL)
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status MilestoneRepository::updateTarget(qint64 id, qint64 target, const QString &title) {
    auto q = m_db.run(QStringLiteral("UPDATE milestone SET target = ?, title = ? WHERE id = ?"),
                      {target, sql::text(title), id}, where(id));
    if (!q)
        return q.error();
    return {};
}

Status MilestoneRepository::removeTarget(qint64 id) {
    auto q = m_db.run(QStringLiteral("DELETE FROM milestone WHERE id = ?"), {id}, where(id));
    if (!q)
        return q.error();
    return {};
}

Status MilestoneRepository::setVehicle(qint64 milestoneId, qint64 vehicleId) {
    auto q = m_db.run(QStringLiteral("UPDATE milestone SET vehicle_id = ? WHERE id = ?"),
                      {sql::id(vehicleId), milestoneId}, where(milestoneId));
    if (!q)
        return q.error();
    return {};
}

Status MilestoneRepository::setGift(qint64 milestoneId, qint64 recipientId, const QDate &on) {
    auto q = m_db.run(QStringLiteral("UPDATE milestone SET gift_recipient_id = ?, "
                                     "gift_handed_over_on = ? WHERE id = ?"),
                      {recipientId, sql::date(on), milestoneId}, where(milestoneId));
    if (!q)
        return q.error();
    return {};
}

Status
MilestoneRepository::walkAppointments(const QDate &from,
                                      const std::function<bool(const Appointment &)> &visit) {
    auto q = m_db.run(QStringLiteral("SELECT id, household_id, scheduled_for, residents_count "
                                     "FROM key_handover WHERE handed_over_on IS NULL "
                                     "AND scheduled_for >= ? ORDER BY scheduled_for, id"),
                      {sql::date(from)}, QStringLiteral("key_handover"));
    if (!q)
        return q.error();
    while (q->next()) {
        const Appointment a{q->value(0).toLongLong(), q->value(1).toLongLong(),
                            sql::toDate(q->value(2)), q->value(3).toInt()};
        if (!visit(a))
            break;
    }
    return {};
}

Result<QList<QPair<QDate, qint64>>> MilestoneRepository::relocatedPerDay(const QDate &from,
                                                                         const QDate &until) {
    auto q = m_db.run(QStringLiteral("SELECT handed_over_on, SUM(residents_count) FROM "
                                     "key_handover WHERE handed_over_on > ? AND "
                                     "handed_over_on <= ? GROUP BY handed_over_on"),
                      {sql::date(from), sql::date(until)}, QStringLiteral("key_handover"));
    if (!q)
        return q.error();
    QList<QPair<QDate, qint64>> days;
    while (q->next())
        days.append({sql::toDate(q->value(0)), q->value(1).toLongLong()});
    return days;
}

Result<QList<MilestoneRepository::Notice>> MilestoneRepository::notices(int limit) {
    auto q = m_db.run(QStringLiteral("SELECT at, action, entity_id, details FROM audit_log "
                                     "WHERE entity = 'milestone' AND action IN "
                                     "('milestone.recipient', 'milestone.conflict') "
                                     "ORDER BY id DESC LIMIT ?"),
                      {limit}, QStringLiteral("audit_log"));
    if (!q)
        return q.error();
    QList<Notice> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                     q->value(3).toString()});
    return list;
}

} // namespace nov::db
