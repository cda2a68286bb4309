#include "GiftService.h"

#include "Database.h"
#include "MilestoneRepository.h"
#include "Transaction.h"
#include "VehicleRepository.h"
#include "auth/AuditLog.h"
#include "domain/CertificateService.h"
#include "i18n/Formats.h"

#include <QCoreApplication>
#include <QLocale>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::GiftService", text);
}

QString where(qint64 milestoneId) {
    return QStringLiteral("milestone %1").arg(milestoneId);
}

} // namespace

// A reached milestone whose gift has not been handed over yet.
Result<db::MilestoneRecord> GiftService::openGift(qint64 milestoneId, const QString &action) {
    auto m = db::MilestoneRepository(m_db).milestone(milestoneId);
    if (!m)
        return m.error();
    const QString target = QLocale().toString(m->target);
    if (!m->reachedOn.isValid())
        return Error{tr("%1: milestone %2 has not been reached yet.").arg(action, target),
                     where(milestoneId), tr("A gift is prepared once the Nth resident has moved.")};
    if (m->giftHandedOverOn.isValid())
        return Error{tr("%1: the gift of milestone %2 was already handed over on %3; a milestone "
                        "gets one vehicle.")
                         .arg(action, target, Formats::date(m->giftHandedOverOn)),
                     where(milestoneId), tr("Nothing more to do for this milestone.")};
    return m;
}

Result<std::optional<db::VehicleRecord>> GiftService::propose(qint64 milestoneId) {
    auto m = db::MilestoneRepository(m_db).milestone(milestoneId);
    if (!m)
        return m.error();
    auto before = db::MilestoneRepository(m_db).milestonesFrom(1);
    if (!before)
        return before.error();
    int ordinal = 0;
    for (const auto &other : std::as_const(before.value()))
        if (other.target <= m->target)
            ++ordinal;
    return db::VehicleRepository(m_db).proposal(ordinal);
}

Status GiftService::reserve(const Actor &actor, qint64 milestoneId, qint64 vehicleId) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::AllocateGifts, tr("Reserving a gift vehicle")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto m = openGift(milestoneId, tr("Reserving a vehicle"));
    if (!m)
        return m.error();
    if (m->vehicleId > 0)
        return Error{tr("Milestone %1 already has a vehicle reserved; a milestone gets one "
                        "vehicle.")
                         .arg(QLocale().toString(m->target)),
                     where(milestoneId), tr("Release the reserved vehicle first.")};
    db::VehicleRepository vehicles(m_db);
    auto v = vehicles.vehicle(vehicleId);
    if (!v)
        return v.error();
    if (v->status != QLatin1String("in_stock"))
        return Error{tr("The vehicle %1 is not in stock (it is %2); a vehicle is given once.")
                         .arg(v->vin, v->status == QLatin1String("reserved") ? tr("reserved")
                                                                             : tr("handed over")),
                     QStringLiteral("vehicle %1").arg(vehicleId), tr("Choose a vehicle in stock.")};
    NOV_RETURN_IF_ERROR(vehicles.setStatus(vehicleId, QStringLiteral("reserved")));
    NOV_RETURN_IF_ERROR(db::MilestoneRepository(m_db).setVehicle(milestoneId, vehicleId));
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("gift.reserve"),
                                         QStringLiteral("milestone"), milestoneId,
                                         {{QStringLiteral("target"), m->target},
                                          {QStringLiteral("vehicle_id"), vehicleId},
                                          {QStringLiteral("vin"), v->vin}}));
    return tx.commit();
}

Status GiftService::release(const Actor &actor, qint64 milestoneId) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::AllocateGifts, tr("Releasing a gift vehicle")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto m = openGift(milestoneId, tr("Releasing the vehicle"));
    if (!m)
        return m.error();
    if (m->vehicleId <= 0)
        return Error{tr("Milestone %1 has no vehicle reserved.").arg(QLocale().toString(m->target)),
                     where(milestoneId), tr("Reserve a vehicle first.")};
    NOV_RETURN_IF_ERROR(db::MilestoneRepository(m_db).setVehicle(milestoneId, 0));
    NOV_RETURN_IF_ERROR(
        db::VehicleRepository(m_db).setStatus(m->vehicleId, QStringLiteral("in_stock")));
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("gift.release"), QStringLiteral("milestone"), milestoneId,
        {{QStringLiteral("target"), m->target}, {QStringLiteral("vehicle_id"), m->vehicleId}}));
    return tx.commit();
}

Result<QList<GiftService::Member>> GiftService::recipients(qint64 milestoneId) {
    auto m = db::MilestoneRepository(m_db).milestone(milestoneId);
    if (!m)
        return m.error();
    auto q = m_db.run(QStringLiteral("SELECT id, last_name || ' ' || first_name || "
                                     "COALESCE(' ' || patronymic, ''), relation FROM resident "
                                     "WHERE household_id = ? "
                                     "ORDER BY CASE WHEN relation = 'head' THEN 0 ELSE 1 END, id"),
                      {m->householdId}, where(milestoneId));
    if (!q)
        return q.error();
    QList<Member> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return list;
}

Result<qint64> GiftService::handOver(const Actor &actor, qint64 milestoneId, qint64 recipientId,
                                     const QDate &on) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::AllocateGifts, tr("Recording a gift vehicle handover")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto m = openGift(milestoneId, tr("Recording the gift handover"));
    if (!m)
        return m.error();
    if (m->vehicleId <= 0)
        return Error{tr("Milestone %1 has no vehicle reserved.").arg(QLocale().toString(m->target)),
                     where(milestoneId), tr("Reserve a vehicle first.")};
    if (!on.isValid() || on < m->reachedOn || on > today())
        return Error{tr("The gift handover date must lie between the milestone's date (%1) and "
                        "today (%2).")
                         .arg(Formats::date(m->reachedOn), Formats::date(today())),
                     tr("Date"), tr("Enter the date of the handover act.")};
    auto members = recipients(milestoneId);
    if (!members)
        return members.error();
    if (members->isEmpty())
        return Error{tr("The household of milestone %1 has no residents.")
                         .arg(QLocale().toString(m->target)),
                     where(milestoneId), tr("Check the household's members.")};
    qint64 recipient = recipientId > 0 ? 0 : members->first().residentId;
    for (const Member &member : std::as_const(members.value()))
        if (member.residentId == recipientId)
            recipient = recipientId;
    if (recipient == 0)
        return Error{tr("The chosen resident is not a member of the household that reached the "
                        "milestone."),
                     QStringLiteral("resident %1").arg(recipientId),
                     tr("Choose a member of the household.")};
    db::VehicleRepository vehicles(m_db);
    auto v = vehicles.vehicle(m->vehicleId);
    if (!v)
        return v.error();
    if (v->producedOn.isValid() && on < v->producedOn)
        return Error{tr("The car %1 was made on %2; it cannot be handed over before that.")
                         .arg(v->vin, Formats::date(v->producedOn)),
                     tr("Date"),
                     tr("Enter the date of the handover act, or reserve a car made by then.")};
    NOV_RETURN_IF_ERROR(vehicles.setStatus(m->vehicleId, QStringLiteral("handed_over")));
    NOV_RETURN_IF_ERROR(db::MilestoneRepository(m_db).setGift(milestoneId, recipient, on));
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("gift.handover"),
                                         QStringLiteral("milestone"), milestoneId,
                                         {{QStringLiteral("target"), m->target},
                                          {QStringLiteral("vehicle_id"), m->vehicleId},
                                          {QStringLiteral("vin"), v->vin},
                                          {QStringLiteral("recipient_id"), recipient},
                                          {QStringLiteral("handed_over_on"), AuditLog::date(on)}}));
    // The gift act gets its number in this transaction: no handover without its act.
    if (auto act = CertificateService::issueGiftAct(m_db, actor, milestoneId); !act)
        return act.error();
    NOV_RETURN_IF_ERROR(tx.commit());
    return recipient;
}

} // namespace nov
