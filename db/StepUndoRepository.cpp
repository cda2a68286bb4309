#include "StepUndoRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace nov::db {

Result<std::optional<StepUndoRepository::LastEvent>>
StepUndoRepository::lastEvent(qint64 householdId) {
    auto q = m_db.run(QStringLiteral("SELECT e.id, e.from_status, e.to_status, COALESCE((SELECT "
                                     "p.happened_on FROM household_event p WHERE "
                                     "p.household_id = e.household_id AND p.id < e.id ORDER BY "
                                     "p.id DESC LIMIT 1), h.included_on) FROM household_event e "
                                     "JOIN household h ON h.id = e.household_id WHERE "
                                     "e.household_id = ? ORDER BY e.id DESC LIMIT 1"),
                      {householdId}, QStringLiteral("last household_event"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LastEvent>();
    return std::optional<LastEvent>(LastEvent{q->value(0).toLongLong(), q->value(1).toString(),
                                              q->value(2).toString(), sql::toDate(q->value(3))});
}

Status StepUndoRepository::restoreStatus(qint64 householdId, const QString &status,
                                         const QDate &since) {
    auto q = m_db.run(
        QStringLiteral("UPDATE household SET status = ?, status_changed_on = ? WHERE id = ?"),
        {status, sql::isoDate(since), householdId}, QStringLiteral("household status"));
    if (!q)
        return q.error();
    return {};
}

Result<int> StepUndoRepository::changed(const QString &sql, const QVariantList &values,
                                        const QString &what) {
    auto q = m_db.run(sql, values, what);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> StepUndoRepository::clearNotified(qint64 householdId) {
    return changed(QStringLiteral("UPDATE household SET notified_on = NULL WHERE id = ? AND "
                                  "status = 'notified'"),
                   {householdId}, QStringLiteral("household notified_on"));
}

Result<int> StepUndoRepository::withdrawOffer(qint64 offerId, const QDate &on, qint64 apartmentId) {
    auto offer = changed(QStringLiteral("UPDATE offer SET decision = 'withdrawn', decided_on = ? "
                                        "WHERE id = ? AND decision = 'pending' AND viewed_on IS "
                                        "NULL"),
                         {sql::isoDate(on), offerId}, QStringLiteral("offer withdrawn"));
    if (!offer || offer.value() == 0)
        return offer;
    return changed(QStringLiteral("UPDATE apartment SET status = 'free' WHERE id = ? AND status = "
                                  "'reserved'"),
                   {apartmentId}, QStringLiteral("apartment freed"));
}

Result<int> StepUndoRepository::clearViewing(qint64 offerId) {
    return changed(QStringLiteral("UPDATE offer SET viewed_on = NULL WHERE id = ? AND decision = "
                                  "'pending'"),
                   {offerId}, QStringLiteral("offer viewed_on"));
}

Result<int> StepUndoRepository::reopenConsent(qint64 offerId) {
    return changed(QStringLiteral("UPDATE offer SET decision = 'pending', decided_on = NULL WHERE "
                                  "id = ? AND decision = 'consented' AND NOT EXISTS (SELECT 1 "
                                  "FROM contract c WHERE c.offer_id = offer.id)"),
                   {offerId}, QStringLiteral("offer consent"));
}

Result<int> StepUndoRepository::unsignContract(qint64 householdId) {
    return changed(QStringLiteral("UPDATE contract SET signed_on = NULL WHERE household_id = ? "
                                  "AND signed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                  "key_handover k WHERE k.household_id = contract.household_id)"),
                   {householdId}, QStringLiteral("contract signed_on"));
}

} // namespace nov::db
