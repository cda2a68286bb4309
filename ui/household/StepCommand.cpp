#include "StepCommand.h"

#include "domain/StepUndo.h"

namespace nov {

StepCommand::StepCommand(StepUndo &undo, const Actor &actor, qint64 householdId, WorkflowStep step,
                         Call again, ErrorSink onError, Changed onChanged)
    : m_undo(undo)
    , m_actor(actor)
    , m_householdId(householdId)
    , m_step(step)
    , m_again(std::move(again))
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged)) {
    setText(HouseholdWorkflow::stepTitle(step));
}

void StepCommand::undo() {
    apply(m_undo.undo(m_actor, m_householdId, m_step));
}

void StepCommand::redo() {
    if (m_firstRedo) { // pushed after the step was recorded
        m_firstRedo = false;
        return;
    }
    apply(m_again ? m_again()
                  : Status(Error{tr("The step cannot be recorded again."),
                                 HouseholdWorkflow::stepTitle(m_step), QString()}));
}

void StepCommand::apply(const Status &status) {
    if (m_onChanged)
        m_onChanged();
    if (!status) {
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
}

} // namespace nov
