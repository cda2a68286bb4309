#include "StepUndo.h"

#include "CaseStep.h"
#include "HouseholdRepository.h"
#include "StepUndoRepository.h"
#include "Transaction.h"
#include "WorkflowRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::StepUndo", text);
}

} // namespace

bool StepUndo::undoable(WorkflowStep step) {
    switch (step) {
    case WorkflowStep::Notify:
    case WorkflowStep::SendOffer:
    case WorkflowStep::RecordViewing:
    case WorkflowStep::Consent:
    case WorkflowStep::SignContract:
        return true;
    default:
        return false;
    }
}

Status StepUndo::undo(const Actor &actor, qint64 householdId, WorkflowStep step) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::RecordWorkflow, tr("Undoing a step")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto household = db::HouseholdRepository(m_db).household(householdId);
    if (!household)
        return household.error();
    const QString where = tr("case %1").arg(household->caseNumber);
    const QString stepTitle = HouseholdWorkflow::stepTitle(step);
    auto refuse = [&](const QString &why) {
        return Error{tr("“%1” cannot be undone: %2").arg(stepTitle, why), where,
                     tr("Look at the case's history; record a new step if the case needs "
                        "one.")};
    };
    if (!undoable(step))
        return refuse(tr("this step is final."));
    db::StepUndoRepository undo(m_db);
    auto last = undo.lastEvent(householdId);
    if (!last)
        return last.error();
    const QString target = HouseholdWorkflow::targetStatus(step);
    if (!last.value() || last.value()->toStatus != target || household->status != target ||
        last.value()->fromStatus.isEmpty())
        return refuse(tr("it is no longer the case's latest step."));
    const db::StepUndoRepository::LastEvent event = *last.value();

    db::WorkflowRepository workflow(m_db);
    auto offer = workflow.liveOffer(householdId);
    if (!offer)
        return offer.error();
    Result<int> changed = 0;
    qint64 entityId = householdId;
    QString entity = QStringLiteral("household");
    switch (step) {
    case WorkflowStep::Notify:
        changed = undo.clearNotified(householdId);
        break;
    case WorkflowStep::SendOffer:
    case WorkflowStep::RecordViewing:
    case WorkflowStep::Consent:
        if (!offer.value())
            return refuse(tr("the case has no live offer."));
        entity = QStringLiteral("offer");
        entityId = offer.value()->id;
        if (step == WorkflowStep::SendOffer)
            changed = undo.withdrawOffer(entityId, std::max(m_today, offer.value()->letterOn),
                                         offer.value()->newApartmentId);
        else if (step == WorkflowStep::RecordViewing)
            changed = undo.clearViewing(entityId);
        else
            changed = undo.reopenConsent(entityId);
        break;
    case WorkflowStep::SignContract:
        entity = QStringLiteral("contract");
        changed = undo.unsignContract(householdId);
        break;
    default:
        break;
    }
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return refuse(tr("the records moved on since (an appointment, a contract or a viewing "
                         "was recorded)."));
    NOV_RETURN_IF_ERROR(undo.restoreStatus(householdId, event.fromStatus, event.previousChange));
    const QDate on = std::max(m_today, household->statusChangedOn);
    NOV_RETURN_IF_ERROR(db::HouseholdRepository(m_db).insertEvent(
        {householdId, on, household->status, event.fromStatus, actor.userId,
         tr("undone: %1").arg(stepTitle)}));
    QJsonObject details{
        {QStringLiteral("case"), household->caseNumber},
        {QStringLiteral("household_id"), householdId},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("before"), household->status},
                                               {QStringLiteral("after"), event.fromStatus}}}};
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor,
                                         CaseStep::auditAction(step) + QStringLiteral(".undo"),
                                         entity, entityId, details));
    return tx.commit();
}

} // namespace nov
