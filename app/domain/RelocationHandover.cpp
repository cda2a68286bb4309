// The contract and key stage of RelocationService: contract, key handover appointment, the
// handover itself (with its milestones) and the vacating of the old apartment.
#include "CaseStep.h"
#include "CertificateService.h"
#include "Database.h"
#include "RelocationService.h"
#include "Transaction.h"
#include "WorkflowRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::RelocationService", text);
}

constexpr int kMaxKeySets = 10;          // key_handover.key_sets CHECK
constexpr int kMaxResidentsCounted = 30; // key_handover.residents_count CHECK
constexpr int kContractNumberLength = 32;

} // namespace

Status RelocationService::checkContractNumber(CaseStep &step, const QString &number,
                                              const QString &type) {
    if (number.isEmpty())
        return step.refusal(tr("The contract number is missing."),
                            tr("Enter the number printed on the contract."));
    if (number.size() > kContractNumberLength)
        return step.refusal(
            tr("The contract number is longer than %1 characters.").arg(kContractNumberLength),
            tr("Enter the number printed on the contract."));
    if (!contractTypes().contains(type))
        return step.refusal(
            tr("The contract type “%1” is unknown.").arg(type),
            tr("Choose one of: %1.").arg(contractTypes().join(QStringLiteral(", "))));
    auto used = db::WorkflowRepository(m_db).caseWithContractNumber(number);
    if (!used)
        return used.error();
    if (used->has_value())
        return step.refusal(
            tr("The contract number %1 is already used in case %2.").arg(number, used->value()),
            tr("Check the number on the contract."));
    return {};
}

Result<qint64> RelocationService::draftContract(const Actor &actor, qint64 householdId,
                                                const QString &number, const QString &type,
                                                const QDate &draftedOn) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Drafting a contract")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::DraftContract, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    auto offer = liveOffer(step);
    if (!offer)
        return offer.error();
    const QString trimmed = number.trimmed();
    NOV_RETURN_IF_ERROR(checkContractNumber(step, trimmed, type));
    NOV_RETURN_IF_ERROR(
        step.checkDate(draftedOn, tr("the contract draft"), offer->decidedOn, tr("the consent")));
    db::ContractRecord contract;
    contract.householdId = householdId;
    contract.offerId = offer->id;
    contract.number = trimmed;
    contract.type = type;
    contract.draftedOn = draftedOn;
    auto id = db::WorkflowRepository(m_db).insertContract(contract);
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(step.finish(draftedOn, QStringLiteral("contract"), id.value(), {},
                                    {{QStringLiteral("number"), trimmed},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("offer_id"), offer->id},
                                     {QStringLiteral("drafted_on"), AuditLog::date(draftedOn)}}));
    NOV_RETURN_IF_ERROR(tx.commit());
    return id;
}

Result<db::ContractRecord> RelocationService::contract(CaseStep &step) {
    return step.required(db::WorkflowRepository(m_db).contract(step.household().id),
                         tr("The case has no contract, although its status needs one."));
}

Status RelocationService::signContract(const Actor &actor, qint64 householdId,
                                       const QDate &signedOn) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::RecordWorkflow, tr("Recording a signed contract")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::SignContract, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    auto drafted = contract(step);
    if (!drafted)
        return drafted.error();
    NOV_RETURN_IF_ERROR(step.checkDate(signedOn, tr("the signature"), drafted->draftedOn,
                                       tr("the contract draft")));
    NOV_RETURN_IF_ERROR(db::WorkflowRepository(m_db).signContract(drafted->id, signedOn));
    NOV_RETURN_IF_ERROR(step.finish(signedOn, QStringLiteral("contract"), drafted->id,
                                    {{QStringLiteral("signed_on"), QJsonValue()}},
                                    {{QStringLiteral("signed_on"), AuditLog::date(signedOn)}}));
    return tx.commit();
}

Status RelocationService::checkKeySets(CaseStep &step, int keySets) {
    if (keySets >= 1 && keySets <= kMaxKeySets)
        return {};
    return step.refusal(tr("%1 sets of keys cannot be handed over; from 1 to %2 are possible.")
                            .arg(keySets)
                            .arg(kMaxKeySets),
                        tr("Enter the number of key sets from the handover act."));
}

Result<int> RelocationService::residentsMoving(CaseStep &step, std::optional<int> requested) {
    auto members = db::WorkflowRepository(m_db).memberCount(step.household().id);
    if (!members)
        return members.error();
    const int residents = requested.value_or(std::min(members.value(), kMaxResidentsCounted));
    if (residents >= 1 && residents <= std::min(members.value(), kMaxResidentsCounted))
        return residents;
    return step.refusal(tr("%1 residents cannot move in: the household has %2 residents "
                           "entered (at most %3 are counted per handover).")
                            .arg(residents)
                            .arg(members.value())
                            .arg(kMaxResidentsCounted),
                        tr("Enter the household's residents first, or correct the number."));
}

Result<qint64> RelocationService::scheduleKeyHandover(const Actor &actor, qint64 householdId,
                                                      const QDate &scheduledFor, int keySets,
                                                      std::optional<int> residentsCount) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Scheduling a key handover")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::ScheduleKeyHandover, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    auto signedContract = contract(step);
    if (!signedContract)
        return signedContract.error();
    NOV_RETURN_IF_ERROR(checkKeySets(step, keySets));
    NOV_RETURN_IF_ERROR(step.checkDate(scheduledFor, tr("the key handover appointment"),
                                       signedContract->signedOn, tr("the contract signature"),
                                       true));
    auto residents = residentsMoving(step, residentsCount);
    if (!residents)
        return residents.error();
    auto id = writeAppointment(
        actor, step,
        {0, householdId, 0, signedContract->id, scheduledFor, QDate(), residents.value(), keySets});
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(tx.commit());
    return id;
}

// Creates the appointment, or moves the one the household has.
Result<qint64> RelocationService::writeAppointment(const Actor &actor, CaseStep &step,
                                                   db::KeyHandoverRecord appointment) {
    auto offer = liveOffer(step);
    if (!offer)
        return offer.error();
    db::WorkflowRepository repo(m_db);
    auto existing = repo.keyHandover(appointment.householdId);
    if (!existing)
        return existing.error();
    appointment.newApartmentId = offer->newApartmentId;
    QJsonObject before;
    if (existing->has_value()) {
        const db::KeyHandoverRecord &k = existing->value();
        NOV_RETURN_IF_ERROR(repo.reschedule(k.id, appointment.scheduledFor, appointment.keySets,
                                            appointment.residentsCount));
        before = {{QStringLiteral("scheduled_for"), AuditLog::date(k.scheduledFor)},
                  {QStringLiteral("key_sets"), k.keySets},
                  {QStringLiteral("residents_count"), k.residentsCount}};
        appointment.id = k.id;
    } else {
        auto inserted = repo.insertKeyHandover(appointment, actor.userId);
        if (!inserted)
            return inserted.error();
        appointment.id = inserted.value();
    }
    const QString on = appointment.scheduledFor.toString(Qt::ISODate);
    NOV_RETURN_IF_ERROR(
        step.finish(today(), QStringLiteral("key_handover"), appointment.id, before,
                    {{QStringLiteral("scheduled_for"), on},
                     {QStringLiteral("key_sets"), appointment.keySets},
                     {QStringLiteral("residents_count"), appointment.residentsCount}},
                    tr("Key handover scheduled for %1.").arg(on)));
    return appointment.id;
}

Result<RelocationService::HandoverOutcome>
RelocationService::recordKeyHandover(const Actor &actor, qint64 householdId,
                                     const QDate &handedOverOn, int keySets) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Recording a key handover")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::RecordKeyHandover, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    auto signedContract = contract(step);
    if (!signedContract)
        return signedContract.error();
    NOV_RETURN_IF_ERROR(checkKeySets(step, keySets));
    NOV_RETURN_IF_ERROR(step.checkDate(handedOverOn, tr("the key handover"),
                                       signedContract->signedOn, tr("the contract signature")));
    auto offer = liveOffer(step);
    if (!offer)
        return offer.error();
    HandoverOutcome outcome;
    auto id = writeHandover(actor, step,
                            {0, householdId, offer->newApartmentId, signedContract->id, QDate(),
                             handedOverOn, 0, keySets});
    if (!id)
        return id.error();
    outcome.keyHandoverId = id.value();
    NOV_RETURN_IF_ERROR(db::ApartmentStockRepository(m_db).setStatus(offer->newApartmentId,
                                                                     QStringLiteral("occupied")));
    NOV_RETURN_IF_ERROR(
        step.finish(handedOverOn, QStringLiteral("key_handover"), outcome.keyHandoverId,
                    {{QStringLiteral("handed_over_on"), QJsonValue()},
                     {QStringLiteral("apartment_status"), QStringLiteral("reserved")}},
                    {{QStringLiteral("handed_over_on"), AuditLog::date(handedOverOn)},
                     {QStringLiteral("key_sets"), keySets},
                     {QStringLiteral("apartment_status"), QStringLiteral("occupied")}}));
    // Inside this transaction: a milestone is reached exactly when its handover is stored.
    auto milestones = MilestoneTracker(m_db, actor).afterHandover(outcome.keyHandoverId);
    if (!milestones)
        return milestones.error();
    outcome.milestones = milestones.value();
    // The act's number is taken in the same transaction: no handover without its act, no gap.
    auto act = CertificateService::issueKeyAct(m_db, actor, outcome.keyHandoverId);
    if (!act)
        return act.error();
    outcome.actNumber = act->number;
    NOV_RETURN_IF_ERROR(tx.commit());
    return outcome;
}

// Completes the appointment row, or writes one for keys handed over without an appointment
// (then every member moves in).
Result<qint64> RelocationService::writeHandover(const Actor &actor, CaseStep &step,
                                                db::KeyHandoverRecord handover) {
    db::WorkflowRepository repo(m_db);
    auto existing = repo.keyHandover(handover.householdId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const qint64 id = existing->value().id;
        NOV_RETURN_IF_ERROR(
            repo.recordHandover(id, handover.handedOverOn, handover.keySets, actor.userId));
        return id;
    }
    auto residents = residentsMoving(step, std::nullopt);
    if (!residents)
        return residents.error();
    handover.residentsCount = residents.value();
    return repo.insertKeyHandover(handover, actor.userId);
}

Status RelocationService::markOldApartmentVacated(const Actor &actor, qint64 householdId,
                                                  const QDate &vacatedOn) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::RecordWorkflow, tr("Marking the old apartment vacated")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    CaseStep step(m_db, actor, WorkflowStep::MarkOldApartmentVacated, today());
    NOV_RETURN_IF_ERROR(step.open(householdId));
    db::WorkflowRepository repo(m_db);
    auto handover = repo.keyHandover(householdId);
    if (!handover)
        return handover.error();
    const QDate handedOverOn = handover->has_value() ? handover->value().handedOverOn : QDate();
    NOV_RETURN_IF_ERROR(step.checkDate(vacatedOn, tr("the vacating of the old apartment"),
                                       handedOverOn, tr("the key handover")));
    // A communal flat is vacated when the last of its households leaves.
    const qint64 oldApartment = step.household().oldApartmentId;
    auto remaining = repo.householdsStillIn(oldApartment, householdId);
    if (!remaining)
        return remaining.error();
    QJsonObject before, after{{QStringLiteral("vacated_on"), AuditLog::date(vacatedOn)}};
    if (remaining.value() == 0) {
        db::ApartmentStockRepository stock(m_db);
        auto old = stock.place(oldApartment);
        if (!old)
            return old.error();
        NOV_RETURN_IF_ERROR(stock.setStatus(oldApartment, QStringLiteral("vacated")));
        before.insert(QStringLiteral("old_apartment_status"), old->status);
        after.insert(QStringLiteral("old_apartment_status"), QStringLiteral("vacated"));
    }
    NOV_RETURN_IF_ERROR(
        step.finish(vacatedOn, QStringLiteral("household"), householdId, before, after));
    return tx.commit();
}

} // namespace nov
