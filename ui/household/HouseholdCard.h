#pragma once

#include "auth/Actor.h"
#include "domain/HouseholdCardService.h"
#include "domain/HouseholdWorkflow.h"
#include "domain/MilestoneTracker.h"
#include "domain/RelocationService.h"
#include "domain/ResidentService.h"
#include "domain/StepUndo.h"

#include <QDate>
#include <QDialog>
#include <QMap>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QUndoStack;

namespace nov {

class ErrorLabel;
class HouseholdTabs;
class ResidentDialog;
class WorkflowStepDialog;

namespace db {
class Database;
}

// The clerk's card of one household: case number, status, old apartment and district on
// top; tabs for members, offers, contract, key handover, history and deadlines; a "Next
// step" menu offering only the steps the status allows. Member edits, moves of a key
// handover appointment and the steps StepUndo can take back (notification, offer, viewing,
// consent, signature) are undoable through Edit ▸ Undo/Redo (Ctrl+Z / Ctrl+Shift+Z); the key
// handover and the vacated apartment are final and their forms say so.
class HouseholdCard : public QDialog {
    Q_OBJECT

public:
    HouseholdCard(db::Database &db, const Actor &actor, qint64 householdId,
                  QWidget *parent = nullptr);

    // Opens a card (non-modal, deleted on close) and returns it.
    static HouseholdCard *open(QWidget *parent, db::Database &db, const Actor &actor,
                               qint64 householdId);

    // The office's "today" (default: the system date): step dates, deadlines; for tests.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    qint64 householdId() const { return m_householdId; }
    const HouseholdCardService::Card &card() const { return m_card; }
    QUndoStack *undoStack() const { return m_undo; }
    // The Next step menu's action for `step` (nullptr when the status does not allow it).
    QAction *stepAction(WorkflowStep step) const { return m_stepActions.value(step); }

    // Open the form of a step / a resident (window-modal, non-blocking) and return it.
    WorkflowStepDialog *startStep(WorkflowStep step);
    ResidentDialog *addResident();
    ResidentDialog *editResident(qint64 residentId);
    void removeResident(qint64 residentId);

public slots:
    bool reload();

signals:
    // A step or a member edit changed the case (lists elsewhere may refresh).
    void caseChanged(qint64 householdId);
    void milestonesChanged(const QList<nov::MilestoneTracker::Change> &changes);

private:
    QWidget *createHeader();
    void createMenus();
    void showHeader();
    void rebuildStepMenu();
    void stepRecorded(WorkflowStep step, const QList<MilestoneTracker::Change> &milestones);
    void tellMilestones(const QList<MilestoneTracker::Change> &milestones);
    void pushResidentChange(std::optional<db::ResidentRecord> before,
                            std::optional<db::ResidentRecord> after);
    void notice(const QString &text);
    void showError(const Error &error);
    void changed();

    Actor m_actor;
    qint64 m_householdId;
    QDate m_today;
    HouseholdCardService m_cards;
    RelocationService m_relocation;
    ResidentService m_residents;
    StepUndo m_stepUndo;
    db::Database &m_db;
    QAction *m_printAct = nullptr;
    HouseholdCardService::Card m_card;
    QUndoStack *m_undo;
    bool m_revealed = false; // passport, SNILS and phone shown in full
    QLabel *m_caseNumber;
    QLabel *m_status;
    QLabel *m_apartment;
    QLabel *m_district;
    QLabel *m_nextSteps;
    QLabel *m_overdue;
    QPushButton *m_nextStep;
    QMenu *m_stepMenu;
    QMap<WorkflowStep, QAction *> m_stepActions;
    ErrorLabel *m_error;
    QLabel *m_notice;
    HouseholdTabs *m_tabs;
    // The appointment before a Schedule step, for its undo.
    std::optional<db::KeyHandoverRecord> m_appointmentBefore;
};

} // namespace nov
