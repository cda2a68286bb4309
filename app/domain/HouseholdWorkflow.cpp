#include "HouseholdWorkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::HouseholdWorkflow", text);
}

using Step = WorkflowStep;

const QHash<QString, QList<Step>> &transitions() {
    static const QHash<QString, QList<Step>> table = {
        {QStringLiteral("included"), {Step::Notify}},
        {QStringLiteral("notified"), {Step::SendOffer}},
        {QStringLiteral("offer_sent"), {Step::RecordViewing, Step::Refuse}},
        {QStringLiteral("viewed"), {Step::Consent, Step::Refuse}},
        {QStringLiteral("refused"), {Step::SendOffer}},
        {QStringLiteral("consented"), {Step::DraftContract}},
        {QStringLiteral("contract_drafted"), {Step::SignContract}},
        {QStringLiteral("contract_signed"), {Step::ScheduleKeyHandover, Step::RecordKeyHandover}},
        {QStringLiteral("keys_handed_over"), {Step::MarkOldApartmentVacated}},
    };
    return table;
}

} // namespace

const QStringList &HouseholdWorkflow::statuses() {
    static const QStringList list = {QStringLiteral("included"),
                                     QStringLiteral("notified"),
                                     QStringLiteral("offer_sent"),
                                     QStringLiteral("viewed"),
                                     QStringLiteral("consented"),
                                     QStringLiteral("refused"),
                                     QStringLiteral("contract_drafted"),
                                     QStringLiteral("contract_signed"),
                                     QStringLiteral("keys_handed_over"),
                                     QStringLiteral("old_apartment_vacated"),
                                     QStringLiteral("extra_space_purchase"),
                                     QStringLiteral("compensation"),
                                     QStringLiteral("court")};
    return list;
}

QList<WorkflowStep> HouseholdWorkflow::allowedSteps(const QString &status) {
    return transitions().value(status);
}

bool HouseholdWorkflow::allows(const QString &status, WorkflowStep step) {
    return transitions().value(status).contains(step);
}

QString HouseholdWorkflow::targetStatus(WorkflowStep step) {
    switch (step) {
    case Step::Notify:
        return QStringLiteral("notified");
    case Step::SendOffer:
        return QStringLiteral("offer_sent");
    case Step::RecordViewing:
        return QStringLiteral("viewed");
    case Step::Consent:
        return QStringLiteral("consented");
    case Step::Refuse:
        return QStringLiteral("refused");
    case Step::DraftContract:
        return QStringLiteral("contract_drafted");
    case Step::SignContract:
        return QStringLiteral("contract_signed");
    case Step::ScheduleKeyHandover:
        return QString();
    case Step::RecordKeyHandover:
        return QStringLiteral("keys_handed_over");
    case Step::MarkOldApartmentVacated:
        return QStringLiteral("old_apartment_vacated");
    }
    return QString();
}

QString HouseholdWorkflow::statusTitle(const QString &status) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("included"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Included")},
        {QStringLiteral("notified"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Notified")},
        {QStringLiteral("offer_sent"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Offer sent")},
        {QStringLiteral("viewed"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Viewed")},
        {QStringLiteral("consented"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Consented")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Refused")},
        {QStringLiteral("contract_drafted"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Contract drafted")},
        {QStringLiteral("contract_signed"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Contract signed")},
        {QStringLiteral("keys_handed_over"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Keys handed over")},
        {QStringLiteral("old_apartment_vacated"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Old apartment vacated")},
        {QStringLiteral("extra_space_purchase"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Extra space purchase")},
        {QStringLiteral("compensation"),
         QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Monetary compensation")},
        {QStringLiteral("court"), QT_TRANSLATE_NOOP("nov::HouseholdWorkflow", "Court")},
    };
    const char *title = titles.value(status);
    return title ? tr(title) : status;
}

QString HouseholdWorkflow::stepTitle(WorkflowStep step) {
    switch (step) {
    case Step::Notify:
        return tr("record the notification");
    case Step::SendOffer:
        return tr("send an offer");
    case Step::RecordViewing:
        return tr("record the viewing");
    case Step::Consent:
        return tr("record the consent");
    case Step::Refuse:
        return tr("record a refusal");
    case Step::DraftContract:
        return tr("draft the contract");
    case Step::SignContract:
        return tr("record the signed contract");
    case Step::ScheduleKeyHandover:
        return tr("schedule the key handover");
    case Step::RecordKeyHandover:
        return tr("record the key handover");
    case Step::MarkOldApartmentVacated:
        return tr("mark the old apartment vacated");
    }
    return QString();
}

QString HouseholdWorkflow::allowedStepsText(const QString &status) {
    const QList<Step> steps = allowedSteps(status);
    if (steps.isEmpty())
        return tr("No further step of the relocation workflow is possible in this status.");
    QStringList titles;
    for (Step step : steps)
        titles << stepTitle(step);
    return tr("Possible next steps: %1.").arg(titles.join(QStringLiteral(", ")));
}

} // namespace nov
