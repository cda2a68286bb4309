#pragma once

#include "Records.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace nov {

class ResidentService;

// An undoable change of one resident: added (no record before), corrected, or removed (no
// record after). The change itself is made before the command is pushed, so the first redo()
// does nothing; undo and redo go through ResidentService again and are audited like any edit.
// They refuse when the stored record is no longer what the command left (someone changed it
// since): the command then reports the Error and drops out of the stack.
class ResidentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nov::ResidentCommand)

public:
    using ErrorSink = std::function<void(const Error &)>;
    using Changed = std::function<void()>;

    ResidentCommand(ResidentService &service, const Actor &actor,
                    std::optional<db::ResidentRecord> before,
                    std::optional<db::ResidentRecord> after, ErrorSink onError, Changed onChanged);

    void undo() override;
    void redo() override;

    static bool sameData(const db::ResidentRecord &a, const db::ResidentRecord &b);

private:
    void apply(const std::optional<db::ResidentRecord> &from,
               const std::optional<db::ResidentRecord> &to);
    Status checkStored(const std::optional<db::ResidentRecord> &expected);
    Status store(const std::optional<db::ResidentRecord> &from,
                 const std::optional<db::ResidentRecord> &to);

    ResidentService &m_service;
    Actor m_actor;
    std::optional<db::ResidentRecord> m_before;
    std::optional<db::ResidentRecord> m_after;
    ErrorSink m_onError;
    Changed m_onChanged;
    bool m_firstRedo = true;
};

} // namespace nov
