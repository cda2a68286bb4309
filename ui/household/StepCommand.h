#pragma once

#include "Result.h"
#include "auth/Actor.h"
#include "domain/HouseholdWorkflow.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace nov {

class StepUndo;

// A recorded workflow step on the card's undo stack (only the steps StepUndo can take back).
// Undo calls StepUndo (an audited step of its own); redo records the step again with the same
// inputs. When either is refused (the case moved on), the Error is shown and the command
// leaves the stack.
class StepCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nov::StepCommand)

public:
    using Call = std::function<Status()>;
    using ErrorSink = std::function<void(const Error &)>;
    using Changed = std::function<void()>;

    StepCommand(StepUndo &undo, const Actor &actor, qint64 householdId, WorkflowStep step,
                Call again, ErrorSink onError, Changed onChanged);

    void undo() override;
    void redo() override;

private:
    void apply(const Status &status);

    StepUndo &m_undo;
    Actor m_actor;
    qint64 m_householdId;
    WorkflowStep m_step;
    Call m_again;
    ErrorSink m_onError;
    Changed m_onChanged;
    bool m_firstRedo = true;
};

} // namespace nov
