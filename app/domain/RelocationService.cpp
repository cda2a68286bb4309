// The offer stage of the relocation workflow: notification, offer, viewing, decision; the
// offer picker and the overdue list. The contract and key stage is in RelocationHandover.cpp.
#include "RelocationService.h"

#include "CaseStep.h"
#include "Database.h"
#include "Equivalence.h"
#include "HouseholdRepository.h"
#include "OfficeSettings.h"
#include "Transaction.h"
#include "WorkflowRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>
#include <QHash>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::RelocationService", text);
}

QString apartmentName(const db::ApartmentPlace &a) {
    return tr("Apartment %1 at %2").arg(a.number, a.address);
}

} // namespace

QDate RelocationService::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Status RelocationService::notify(const Actor &actor, qint64 householdId, const QDate &notifiedOn) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::RecordWorkflow, tr("Recording the notification")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::Notify, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    NOV_RETURN_IF_ERROR(step.checkDate(notifiedOn, tr("the notification"),
                                       step.household().includedOn,
                                       tr("the inclusion in the programme")));
    NOV_RETURN_IF_ERROR(db::WorkflowRepository(m_db).setNotifiedOn(householdId, notifiedOn));
    NOV_RETURN_IF_ERROR(step.finish(notifiedOn, QStringLiteral("household"), householdId,
                                    {{QStringLiteral("notified_on"), QJsonValue()}},
                                    {{QStringLiteral("notified_on"), AuditLog::date(notifiedOn)}}));
    return tx.commit();
}

Result<qint64> RelocationService::sendOffer(const Actor &actor, qint64 householdId,
                                            qint64 apartmentId, const QDate &letterOn,
                                            const std::optional<QString> &overrideReason) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Sending an offer")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::SendOffer, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    NOV_RETURN_IF_ERROR(step.checkDate(letterOn, tr("the offer letter"),
                                       step.household().notifiedOn, tr("the notification")));
    db::ApartmentStockRepository stock(m_db);
    auto old = stock.place(step.household().oldApartmentId);
    if (!old)
        return old.error();
    auto offered = stock.place(apartmentId);
    if (!offered)
        return offered.error();
    NOV_RETURN_IF_ERROR(checkOfferedApartment(step, offered.value()));
    QString reason;
    NOV_RETURN_IF_ERROR(
        checkEquivalence(actor, step, old.value(), offered.value(), overrideReason, &reason));

    auto offerId = db::WorkflowRepository(m_db).insertOffer(
        {householdId, apartmentId, letterOn, reason, reason.isEmpty() ? 0 : actor.userId});
    if (!offerId)
        return offerId.error();
    NOV_RETURN_IF_ERROR(stock.setStatus(apartmentId, QStringLiteral("reserved")));
    QJsonObject after{{QStringLiteral("new_apartment_id"), apartmentId},
                      {QStringLiteral("letter_on"), AuditLog::date(letterOn)},
                      {QStringLiteral("apartment_status"), QStringLiteral("reserved")}};
    if (!reason.isEmpty())
        after.insert(QStringLiteral("override_reason"), reason);
    NOV_RETURN_IF_ERROR(step.finish(letterOn, QStringLiteral("offer"), offerId.value(),
                                    {{QStringLiteral("apartment_status"), offered->status}},
                                    after));
    if (!reason.isEmpty())
        NOV_RETURN_IF_ERROR(auditOverride(
            actor, step, offerId.value(), reason,
            Equivalence::describe(Equivalence::shortfalls(old.value(), offered.value()))));
    NOV_RETURN_IF_ERROR(tx.commit());
    return offerId;
}

// An override gets an audit record of its own, so that overrides can be listed by action.
Status RelocationService::auditOverride(const Actor &actor, const CaseStep &step, qint64 offerId,
                                        const QString &reason, const QString &shortfalls) {
    const QJsonObject details{{QStringLiteral("case"), step.household().caseNumber},
                              {QStringLiteral("household_id"), step.household().id},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("shortfalls"), shortfalls}};
    return AuditLog::record(m_db, actor, QStringLiteral("offer.override"), QStringLiteral("offer"),
                            offerId, details);
}

Status RelocationService::checkOfferedApartment(CaseStep &step, const db::ApartmentPlace &a) {
    const QString hint = tr("Choose an apartment from the list of free equivalent apartments.");
    if (a.buildingKind != QLatin1String("new"))
        return step.refusal(
            tr("%1 is in an old building; only apartments of new buildings can be offered.")
                .arg(apartmentName(a)),
            hint);
    if (a.buildingStatus == QLatin1String("under_construction"))
        return step.refusal(
            tr("%1 is in a building still under construction.").arg(apartmentName(a)), hint);
    if (a.status == QLatin1String("free"))
        return {};
    auto holder = db::ApartmentStockRepository(m_db).liveOfferCase(a.id);
    if (!holder)
        return holder.error();
    if (holder->has_value())
        return step.refusal(
            tr("%1 is already offered to case %2.").arg(apartmentName(a), holder->value()),
            tr("Choose another apartment; this one becomes free again if that household "
               "refuses."));
    return step.refusal(tr("%1 is not free (it is %2).").arg(apartmentName(a), a.status), hint);
}

Status RelocationService::checkEquivalence(const Actor &actor, CaseStep &step,
                                           const db::ApartmentPlace &old,
                                           const db::ApartmentPlace &offered,
                                           const std::optional<QString> &overrideReason,
                                           QString *usedReason) {
    const auto shortfalls = Equivalence::shortfalls(old, offered);
    if (shortfalls.isEmpty())
        return {};
    const QString reason = overrideReason.value_or(QString()).trimmed();
    if (reason.isEmpty())
        return step.refusal(tr("%1 is not equivalent to the old apartment: %2.")
                                .arg(apartmentName(offered), Equivalence::describe(shortfalls)),
                            tr("Choose an equivalent apartment, or ask a manager to override "
                               "the rule with a reason."));
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::OverrideEquivalence, tr("Overriding the equivalence rule")));
    if (actor.userId <= 0)
        return step.refusal(tr("An override of the equivalence rule needs a signed-in manager."),
                            tr("Sign in with a manager's account."));
    *usedReason = reason;
    return {};
}

Result<db::OfferRecord> RelocationService::liveOffer(CaseStep &step) {
    return step.required(db::WorkflowRepository(m_db).liveOffer(step.household().id),
                         tr("The case has no open offer, although its status needs one."));
}

Status RelocationService::recordViewing(const Actor &actor, qint64 householdId,
                                        const QDate &viewedOn) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Recording a viewing")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::RecordViewing, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    auto offer = liveOffer(step);
    if (!offer)
        return offer.error();
    NOV_RETURN_IF_ERROR(
        step.checkDate(viewedOn, tr("the viewing"), offer->letterOn, tr("the offer letter")));
    NOV_RETURN_IF_ERROR(db::WorkflowRepository(m_db).setViewed(offer->id, viewedOn));
    NOV_RETURN_IF_ERROR(step.finish(viewedOn, QStringLiteral("offer"), offer->id,
                                    {{QStringLiteral("viewed_on"), QJsonValue()}},
                                    {{QStringLiteral("viewed_on"), AuditLog::date(viewedOn)}}));
    return tx.commit();
}

Status RelocationService::consent(const Actor &actor, qint64 householdId, const QDate &decidedOn) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Recording a consent")));
    return decide(actor, WorkflowStep::Consent, householdId, decidedOn, QString(), QString());
}

Status RelocationService::refuse(const Actor &actor, qint64 householdId, const QDate &decidedOn,
                                 const QString &reason, const QString &note) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Recording a refusal")));
    return decide(actor, WorkflowStep::Refuse, householdId, decidedOn, reason, note.trimmed());
}

Status RelocationService::decide(const Actor &actor, WorkflowStep kind, qint64 householdId,
                                 const QDate &decidedOn, const QString &reason,
                                 const QString &note) {
    const bool refusal = kind == WorkflowStep::Refuse;
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, kind, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    if (refusal && !refusalReasons().contains(reason))
        return step.refusal(
            tr("The refusal reason “%1” is not one of the programme's reasons.").arg(reason),
            tr("Choose a reason from the list; for any other, choose “%1” and "
               "describe it in the note.")
                .arg(refusalReasonTitle(QStringLiteral("other"))));
    if (refusal && reason == QLatin1String("other") && note.isEmpty())
        return step.refusal(
            tr("The refusal reason “%1” needs a note.").arg(refusalReasonTitle(reason)),
            tr("Describe in the note why the household refused."));
    auto offer = liveOffer(step);
    if (!offer)
        return offer.error();
    const bool viewed = offer->viewedOn.isValid();
    NOV_RETURN_IF_ERROR(step.checkDate(decidedOn, refusal ? tr("the refusal") : tr("the consent"),
                                       viewed ? offer->viewedOn : offer->letterOn,
                                       viewed ? tr("the viewing") : tr("the offer letter")));

    const QString decision = refusal ? QStringLiteral("refused") : QStringLiteral("consented");
    NOV_RETURN_IF_ERROR(
        db::WorkflowRepository(m_db).decide(offer->id, decision, decidedOn, reason));
    QJsonObject before{{QStringLiteral("decision"), offer->decision},
                       {QStringLiteral("decided_on"), QJsonValue()}};
    QJsonObject after{{QStringLiteral("decision"), decision},
                      {QStringLiteral("decided_on"), AuditLog::date(decidedOn)}};
    if (refusal) {
        NOV_RETURN_IF_ERROR(db::ApartmentStockRepository(m_db).setStatus(offer->newApartmentId,
                                                                         QStringLiteral("free")));
        before.insert(QStringLiteral("apartment_status"), QStringLiteral("reserved"));
        after.insert(QStringLiteral("apartment_status"), QStringLiteral("free"));
        after.insert(QStringLiteral("refusal_reason"), reason);
    }
    NOV_RETURN_IF_ERROR(
        step.finish(decidedOn, QStringLiteral("offer"), offer->id, before, after, note));
    return tx.commit();
}

Result<QList<db::ApartmentPlace>> RelocationService::equivalentFreeApartments(qint64 householdId,
                                                                              int limit) {
    auto household = db::HouseholdRepository(m_db).household(householdId);
    if (!household)
        return household.error();
    db::ApartmentStockRepository stock(m_db);
    auto old = stock.place(household->oldApartmentId);
    if (!old)
        return old.error();
    return stock.freeApartments(Equivalence::need(old.value()), limit);
}

Result<QList<RelocationService::OverdueCase>> RelocationService::overdue(const QDate &today,
                                                                         int limit) {
    auto decisions = overdueFor(OverdueCase::Deadline::Decision, today, limit);
    if (!decisions)
        return decisions.error();
    auto contracts = overdueFor(OverdueCase::Deadline::Contract, today, limit);
    if (!contracts)
        return contracts.error();
    return decisions.value() + contracts.value();
}

Result<QList<RelocationService::OverdueCase>>
RelocationService::overdueFor(OverdueCase::Deadline deadline, const QDate &today, int limit) {
    const bool decision = deadline == OverdueCase::Deadline::Decision;
    auto days = OfficeSettings(m_db).value(decision ? OfficeSettings::decisionDeadlineDays()
                                                    : OfficeSettings::contractDeadlineDays());
    if (!days)
        return days.error();
    // Overdue from the day after the deadline's last day: since + days < today.
    const QDate sinceBefore = today.addDays(-days.value());
    db::WorkflowRepository repo(m_db);
    auto rows = decision ? repo.pendingDecisions(sinceBefore, limit)
                         : repo.unsignedContracts(sinceBefore, limit);
    if (!rows)
        return rows.error();
    QList<OverdueCase> list;
    for (const auto &row : std::as_const(rows.value())) {
        const QDate due = row.since.addDays(days.value());
        list.append({deadline, row.householdId, row.caseNumber, row.status, row.since, due,
                     int(due.daysTo(today))});
    }
    return list;
}

const QStringList &RelocationService::refusalReasons() {
    static const QStringList reasons = {QStringLiteral("technical_condition"),
                                        QStringLiteral("layout"),
                                        QStringLiteral("more_area"),
                                        QStringLiteral("several_apartments"),
                                        QStringLiteral("another_building"),
                                        QStringLiteral("another_district"),
                                        QStringLiteral("floor"),
                                        QStringLiteral("other")};
    return reasons;
}

QString RelocationService::refusalReasonTitle(const QString &reason) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("technical_condition"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "technical condition")},
        {QStringLiteral("layout"), QT_TRANSLATE_NOOP("nov::RelocationService", "layout")},
        {QStringLiteral("more_area"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "wants more area")},
        {QStringLiteral("several_apartments"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "wants several apartments")},
        {QStringLiteral("another_building"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "wants another building")},
        {QStringLiteral("another_district"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "wants another district")},
        {QStringLiteral("floor"), QT_TRANSLATE_NOOP("nov::RelocationService", "floor")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("nov::RelocationService", "other")},
    };
    const char *title = titles.value(reason);
    return title ? tr(title) : reason;
}

QString RelocationService::decisionTitle(const QString &decision) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("pending"),
         QT_TRANSLATE_NOOP("nov::RelocationService", "awaiting decision")},
        {QStringLiteral("consented"), QT_TRANSLATE_NOOP("nov::RelocationService", "consented")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("nov::RelocationService", "refused")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("nov::RelocationService", "withdrawn")},
    };
    const char *title = titles.value(decision);
    return title ? tr(title) : decision;
}

const QStringList &RelocationService::contractTypes() {
    static const QStringList types = {QStringLiteral("exchange"), QStringLiteral("extra_purchase"),
                                      QStringLiteral("compensation")};
    return types;
}

} // namespace nov
