#pragma once

#include "HouseholdWorkflow.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QDate>

namespace nov {

namespace db {
class Database;
}

// Takes back the latest workflow step of a case when that is safe, as a step of its own: one
// transaction that puts the records and the status back, writes the case history ("undone")
// and an audit record (<step action>.undo). Undoable: the notification, an offer (withdrawn;
// its apartment is free again) while not yet viewed, the viewing, the consent while no
// contract is drafted, the signature while no key handover is scheduled. Not undoable, by
// design: a refusal (the freed apartment may be offered elsewhere), a drafted contract (it has
// a number in the register), the key handover (the residents count toward the programme,
// milestones and certificates follow) and the vacated old apartment.
class StepUndo {
public:
    explicit StepUndo(db::Database &db)
        : m_db(db) {}

    void setToday(const QDate &today) { m_today = today; }
    static bool undoable(WorkflowStep step);
    // Refuses, saying why, when the step is not the case's latest or its records moved on.
    Status undo(const Actor &actor, qint64 householdId, WorkflowStep step);

private:
    db::Database &m_db;
    QDate m_today = QDate::currentDate();
};

} // namespace nov
