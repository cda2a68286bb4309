#pragma once

#include "Result.h"
#include "auth/Actor.h"
#include "domain/HouseholdCardService.h"
#include "domain/HouseholdWorkflow.h"
#include "domain/MilestoneTracker.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nov {

class ErrorLabel;
class OfferPicker;
class RelocationService;

// The small form of one workflow step on a household's case: its date (today by default,
// calendar popup) and what else the step needs — the offer picker, the refusal reason, the
// contract's number and type, key sets and residents moving. Record runs the step through
// RelocationService; its Error is shown in the form, which stays open. On success it emits
// recorded() and closes.
class WorkflowStepDialog : public QDialog {
    Q_OBJECT

public:
    WorkflowStepDialog(WorkflowStep step, RelocationService &relocation,
                       HouseholdCardService &cards, const Actor &actor,
                       const HouseholdCardService::Card &card, const QDate &today,
                       QWidget *parent = nullptr);

    WorkflowStep step() const { return m_step; }
    QDate date() const;
    int keySets() const;
    int residentsMoving() const;
    // The service call that records this step again with the inputs as they are now (the
    // redo of an undone step); empty for the steps that are not undoable.
    std::function<Status()> again() const;

    // "exchange contract", "with purchase of extra space", "monetary compensation"
    static QString contractTypeTitle(const QString &type);

signals:
    // `milestones`: what a key handover reached (empty for other steps).
    void recorded(nov::WorkflowStep step, const QList<nov::MilestoneTracker::Change> &milestones);

private:
    void addStepFields(const HouseholdCardService::Card &card);
    void addOfferPicker(const HouseholdCardService::Card &card);
    void addRefusalFields();
    void addContractFields();
    void addKeyFields(const HouseholdCardService::Card &card);
    void updateRecordButton();
    Result<QList<MilestoneTracker::Change>> run();
    void submit();

    WorkflowStep m_step;
    RelocationService &m_relocation;
    HouseholdCardService &m_cards;
    Actor m_actor;
    qint64 m_householdId;
    QFormLayout *m_form;
    QDateEdit *m_date;
    OfferPicker *m_picker = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_contractNumber = nullptr;
    QComboBox *m_contractType = nullptr;
    QSpinBox *m_keySets = nullptr;
    QSpinBox *m_residents = nullptr;
    ErrorLabel *m_error;
    QPushButton *m_record;
};

} // namespace nov
