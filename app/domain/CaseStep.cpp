#include "CaseStep.h"

#include "HouseholdRepository.h"
#include "WorkflowRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcWorkflow, "novoselye.workflow", QtWarningMsg)

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::CaseStep", text);
}

QString iso(const QDate &date) {
    return date.toString(Qt::ISODate);
}

} // namespace

CaseStep::CaseStep(db::Database &db, const Actor &actor, WorkflowStep step, const QDate &today)
    : m_db(db)
    , m_actor(actor)
    , m_step(step)
    , m_today(today) {}

Status CaseStep::open(qint64 householdId) {
    auto household = db::HouseholdRepository(m_db).household(householdId);
    if (!household)
        return household.error();
    m_household = household.value();
    if (HouseholdWorkflow::allows(m_household.status, m_step))
        return {};
    return refusal(tr("The case is in the status «%1»; you cannot %2 now.")
                       .arg(HouseholdWorkflow::statusTitle(m_household.status),
                            HouseholdWorkflow::stepTitle(m_step)),
                   HouseholdWorkflow::allowedStepsText(m_household.status));
}

QString CaseStep::where() const {
    return tr("case %1").arg(m_household.caseNumber);
}

Error CaseStep::refusal(const QString &message, const QString &hint) const {
    qCInfo(lcWorkflow).noquote() << auditAction(m_step) << "refused for" << m_household.caseNumber
                                 << "by" << m_actor.login << ":" << message;
    return Error{message, where(), hint};
}

Status CaseStep::checkDate(const QDate &on, const QString &what, const QDate &earliest,
                           const QString &earliestWhat, bool futureAllowed) const {
    if (!on.isValid())
        return refusal(tr("The date of %1 is missing or not a real date.").arg(what),
                       tr("Enter the date from the document."));
    if (!futureAllowed && on > m_today)
        return refusal(tr("The date of %1 (%2) is in the future.").arg(what, iso(on)),
                       tr("Record a step once it has happened, with the date from the document."));
    if (earliest.isValid() && on < earliest)
        return refusal(tr("The date of %1 (%2) is before %3 (%4).")
                           .arg(what, iso(on), earliestWhat, iso(earliest)),
                       tr("Check the dates on the documents."));
    if (on < m_household.statusChangedOn)
        return refusal(tr("The date of %1 (%2) is before the case's last change on %3 (%4).")
                           .arg(what, iso(on), iso(m_household.statusChangedOn),
                                HouseholdWorkflow::statusTitle(m_household.status)),
                       tr("Check the dates on the documents."));
    return {};
}

Status CaseStep::finish(const QDate &on, const QString &entity, qint64 entityId,
                        const QJsonObject &before, const QJsonObject &after, const QString &note) {
    const QString to = HouseholdWorkflow::targetStatus(m_step);
    const QString newStatus = to.isEmpty() ? m_household.status : to;
    if (!to.isEmpty())
        NOV_RETURN_IF_ERROR(db::WorkflowRepository(m_db).setStatus(m_household.id, to, on));
    NOV_RETURN_IF_ERROR(db::HouseholdRepository(m_db).insertEvent(
        {m_household.id, on, m_household.status, newStatus, m_actor.userId, note}));

    QJsonObject details = AuditLog::changes(before, after);
    details.insert(QStringLiteral("case"), m_household.caseNumber);
    details.insert(QStringLiteral("household_id"), m_household.id);
    if (newStatus != m_household.status)
        details.insert(QStringLiteral("status"),
                       QJsonObject{{QStringLiteral("before"), m_household.status},
                                   {QStringLiteral("after"), newStatus}});
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    NOV_RETURN_IF_ERROR(
        AuditLog::record(m_db, m_actor, auditAction(m_step), entity, entityId, details));
    qCInfo(lcWorkflow).noquote() << auditAction(m_step) << m_household.caseNumber
                                 << m_household.status << "->" << newStatus << "by"
                                 << m_actor.login;
    m_household.status = newStatus;
    return {};
}

QString CaseStep::auditAction(WorkflowStep step) {
    switch (step) {
    case WorkflowStep::Notify:
        return QStringLiteral("household.notify");
    case WorkflowStep::SendOffer:
        return QStringLiteral("offer.send");
    case WorkflowStep::RecordViewing:
        return QStringLiteral("offer.viewing");
    case WorkflowStep::Consent:
        return QStringLiteral("offer.consent");
    case WorkflowStep::Refuse:
        return QStringLiteral("offer.refuse");
    case WorkflowStep::DraftContract:
        return QStringLiteral("contract.draft");
    case WorkflowStep::SignContract:
        return QStringLiteral("contract.sign");
    case WorkflowStep::ScheduleKeyHandover:
        return QStringLiteral("key_handover.schedule");
    case WorkflowStep::RecordKeyHandover:
        return QStringLiteral("key_handover.record");
    case WorkflowStep::MarkOldApartmentVacated:
        return QStringLiteral("household.vacate");
    }
    return QString();
}

QString CaseStep::inconsistentHint() {
    return QCoreApplication::translate("nov::RelocationService",
                                       "Ask an administrator to check the case's history.");
}

} // namespace nov
