#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nov {

// One step a clerk records on a household's case.
enum class WorkflowStep {
    Notify,
    SendOffer,
    RecordViewing,
    Consent,
    Refuse,
    DraftContract,
    SignContract,
    ScheduleKeyHandover,
    RecordKeyHandover,
    MarkOldApartmentVacated,
};

// The household statuses of the programme's case system and which step may follow which:
// included → notified → offer_sent → viewed → consented | refused → contract_drafted →
// contract_signed → keys_handed_over → old_apartment_vacated; after a refusal a new offer.
// The single table of legal transitions: services check it, the UI enables buttons from it.
class HouseholdWorkflow {
public:
    static const QStringList &statuses();
    // The steps allowed for a household in `status` (none for the side branches).
    static QList<WorkflowStep> allowedSteps(const QString &status);
    static bool allows(const QString &status, WorkflowStep step);
    // The status a step moves the household to; empty when the status stays (scheduling).
    static QString targetStatus(WorkflowStep step);

    // Translated, for people: «Offer sent», «record the viewing».
    static QString statusTitle(const QString &status);
    static QString stepTitle(WorkflowStep step);
    // "record the viewing, record a refusal" or a sentence saying nothing follows.
    static QString allowedStepsText(const QString &status);
};

} // namespace nov
