#include "WorkflowRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

Status WorkflowRepository::update(const QString &statement, const QVariantList &values,
                                  const QString &where) {
    if (auto q = m_db.run(statement, values, where); !q)
        return q.error();
    return {};
}

Result<qint64> WorkflowRepository::insert(const QString &statement, const QVariantList &values,
                                          const QString &where) {
    const bool postgres = m_db.backend() == Backend::Postgres;
    auto q =
        m_db.run(postgres ? statement + QStringLiteral(" RETURNING id") : statement, values, where);
    if (!q)
        return q.error();
    if (postgres)
        return q->next() ? q->value(0).toLongLong() : qint64(0);
    return q->lastInsertId().toLongLong();
}

Result<int> WorkflowRepository::memberCount(qint64 householdId) {
    auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM resident WHERE household_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(householdId);
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(), QStringLiteral("household %1").arg(householdId));
    return q->value(0).toInt();
}

Status WorkflowRepository::setStatus(qint64 householdId, const QString &status, const QDate &on) {
    return update(QStringLiteral("UPDATE household SET status = ?, status_changed_on = ? "
                                 "WHERE id = ?"),
                  {status, sql::date(on), householdId},
                  QStringLiteral("household %1").arg(householdId));
}

Status WorkflowRepository::setNotifiedOn(qint64 householdId, const QDate &on) {
    return update(QStringLiteral("UPDATE household SET notified_on = ? WHERE id = ?"),
                  {sql::date(on), householdId}, QStringLiteral("household %1").arg(householdId));
}

Result<int> WorkflowRepository::householdsStillIn(qint64 oldApartmentId, qint64 exceptHouseholdId) {
    auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM household WHERE "
                                         "old_apartment_id = ? AND id <> ? AND status <> "
                                         "'old_apartment_vacated'"));
    if (!q)
        return q.error();
    q->addBindValue(oldApartmentId);
    q->addBindValue(exceptHouseholdId);
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(),
                                   QStringLiteral("apartment %1").arg(oldApartmentId));
    return q->value(0).toInt();
}

Result<std::optional<OfferRecord>> WorkflowRepository::liveOffer(qint64 householdId) {
    auto q =
        m_db.run(QStringLiteral(
                     "SELECT id, household_id, new_apartment_id, letter_on, viewed_on, decision, "
                     "decided_on, "
                     "refusal_reason FROM offer WHERE household_id = ? AND decision IN ('pending', "
                     "'consented')"),
                 {householdId}, QStringLiteral("household %1").arg(householdId));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OfferRecord>();
    return std::optional<OfferRecord>(
        OfferRecord{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                    sql::toDate(q->value(3)), sql::toDate(q->value(4)), q->value(5).toString(),
                    sql::toDate(q->value(6)), q->value(7).toString()});
}

Result<qint64> WorkflowRepository::insertOffer(const NewOffer &o) {
    return insert(QStringLiteral("INSERT INTO offer (household_id, new_apartment_id, letter_on, "
                                 "decision, override_reason, override_by) "
                                 "VALUES (?, ?, ?, 'pending', ?, ?)"),
                  {o.householdId, o.apartmentId, sql::date(o.letterOn), sql::text(o.overrideReason),
                   sql::id(o.overrideBy)},
                  QStringLiteral("offer"));
}

Status WorkflowRepository::setViewed(qint64 offerId, const QDate &on) {
    return update(QStringLiteral("UPDATE offer SET viewed_on = ? WHERE id = ?"),
                  {sql::date(on), offerId}, QStringLiteral("offer %1").arg(offerId));
}

Status WorkflowRepository::decide(qint64 offerId, const QString &decision, const QDate &on,
                                  const QString &refusalReason) {
    return update(QStringLiteral("UPDATE offer SET decision = ?, decided_on = ?, "
                                 "refusal_reason = ? WHERE id = ?"),
                  {decision, sql::date(on), sql::text(refusalReason), offerId},
                  QStringLiteral("offer %1").arg(offerId));
}

Result<std::optional<ContractRecord>> WorkflowRepository::contract(qint64 householdId) {
    auto q = m_db.run(QStringLiteral("SELECT id, household_id, offer_id, number, type, "
                                     "drafted_on, signed_on FROM contract "
                                     "WHERE household_id = ?"),
                      {householdId}, QStringLiteral("household %1").arg(householdId));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ContractRecord>();
    return std::optional<ContractRecord>(
        ContractRecord{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                       q->value(3).toString(), q->value(4).toString(), sql::toDate(q->value(5)),
                       sql::toDate(q->value(6))});
}

Result<std::optional<QString>> WorkflowRepository::caseWithContractNumber(const QString &number) {
    auto q = m_db.prepare(QStringLiteral("SELECT h.case_number FROM contract c JOIN household h "
                                         "ON h.id = c.household_id WHERE c.number = ?"));
    if (!q)
        return q.error();
    q->addBindValue(number);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("contract %1").arg(number));
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<qint64> WorkflowRepository::insertContract(const ContractRecord &c) {
    return insert(QStringLiteral("INSERT INTO contract (household_id, offer_id, number, type, "
                                 "drafted_on) VALUES (?, ?, ?, ?, ?)"),
                  {c.householdId, c.offerId, c.number, c.type, sql::date(c.draftedOn)},
                  QStringLiteral("contract %1").arg(c.number));
}

Status WorkflowRepository::signContract(qint64 contractId, const QDate &on) {
    return update(QStringLiteral("UPDATE contract SET signed_on = ? WHERE id = ?"),
                  {sql::date(on), contractId}, QStringLiteral("contract %1").arg(contractId));
}

Result<std::optional<KeyHandoverRecord>> WorkflowRepository::keyHandover(qint64 householdId) {
    auto q = m_db.run(
        QStringLiteral("SELECT id, household_id, new_apartment_id, contract_id, scheduled_for, "
                       "handed_over_on, "
                       "residents_count, key_sets FROM key_handover WHERE household_id = ?"),
        {householdId}, QStringLiteral("household %1").arg(householdId));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<KeyHandoverRecord>();
    return std::optional<KeyHandoverRecord>(KeyHandoverRecord{
        q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
        q->value(3).toLongLong(), sql::toDate(q->value(4)), sql::toDate(q->value(5)),
        q->value(6).toInt(), q->value(7).toInt()});
}

Result<qint64> WorkflowRepository::insertKeyHandover(const KeyHandoverRecord &k,
                                                     qint64 recordedBy) {
    return insert(QStringLiteral("INSERT INTO key_handover (household_id, new_apartment_id, "
                                 "contract_id, scheduled_for, handed_over_on, residents_count, "
                                 "key_sets, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {k.householdId, k.newApartmentId, k.contractId, sql::date(k.scheduledFor),
                   sql::date(k.handedOverOn), k.residentsCount, k.keySets, sql::id(recordedBy)},
                  QStringLiteral("key_handover"));
}

Status WorkflowRepository::reschedule(qint64 handoverId, const QDate &scheduledFor, int keySets,
                                      int residentsCount) {
    return update(QStringLiteral("UPDATE key_handover SET scheduled_for = ?, key_sets = ?, "
                                 "residents_count = ? WHERE id = ?"),
                  {sql::date(scheduledFor), keySets, residentsCount, handoverId},
                  QStringLiteral("key_handover %1").arg(handoverId));
}

Status WorkflowRepository::recordHandover(qint64 handoverId, const QDate &on, int keySets,
                                          qint64 recordedBy) {
    return update(QStringLiteral("UPDATE key_handover SET handed_over_on = ?, key_sets = ?, "
                                 "recorded_by = ? WHERE id = ?"),
                  {sql::date(on), keySets, sql::id(recordedBy), handoverId},
                  QStringLiteral("key_handover %1").arg(handoverId));
}

Result<QList<WorkflowRepository::Waiting>>
WorkflowRepository::waiting(const QString &statement, const QDate &before, int limit) {
    auto q = m_db.prepare(statement);
    if (!q)
        return q.error();
    q->addBindValue(sql::date(before));
    q->addBindValue(limit);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("offer"));
    QList<Waiting> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     sql::toDate(q->value(3))});
    return list;
}

Result<QList<WorkflowRepository::Waiting>>
WorkflowRepository::pendingDecisions(const QDate &letterBefore, int limit) {
    // Reads the partial index offer_pending_letter.
    return waiting(QStringLiteral("SELECT h.id, h.case_number, h.status, o.letter_on "
                                  "FROM offer o JOIN household h ON h.id = o.household_id "
                                  "WHERE o.decision = 'pending' AND o.letter_on < ? "
                                  "ORDER BY o.letter_on, h.id LIMIT ?"),
                   letterBefore, limit);
}

Result<QList<WorkflowRepository::Waiting>>
WorkflowRepository::unsignedContracts(const QDate &consentBefore, int limit) {
    // A household consented or with a drafted contract has no signed contract yet.
    return waiting(QStringLiteral("SELECT h.id, h.case_number, h.status, o.decided_on "
                                  "FROM household h JOIN offer o ON o.household_id = h.id "
                                  "AND o.decision = 'consented' "
                                  "WHERE h.status IN ('consented', 'contract_drafted') "
                                  "AND o.decided_on < ? ORDER BY o.decided_on, h.id LIMIT ?"),
                   consentBefore, limit);
}

} // namespace nov::db
