#pragma once

#include "Result.h"
#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>
#include <functional>

namespace nov {

class HouseholdCardService;
class RelocationService;

// The one workflow step that can be taken back with the workflow's own calls: moving a key
// handover appointment. Undo moves it back through RelocationService::scheduleKeyHandover
// (so the case history and the audit log record it), redo moves it again. Steps that change
// the status, or the first appointment of a case, have no inverse call and are not undoable.
// Refuses when the appointment is no longer where the command left it (the keys were handed
// over, or someone moved it), then reports the Error and drops out of the stack.
class RescheduleCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(nov::RescheduleCommand)

public:
    struct Appointment {
        QDate scheduledFor;
        int keySets = 0;
        int residentsCount = 0;
        bool operator==(const Appointment &) const = default;
    };
    using ErrorSink = std::function<void(const Error &)>;
    using Changed = std::function<void()>;

    RescheduleCommand(RelocationService &relocation, HouseholdCardService &cards,
                      const Actor &actor, qint64 householdId, const Appointment &before,
                      const Appointment &after, ErrorSink onError, Changed onChanged);

    void undo() override;
    void redo() override;

private:
    void move(const Appointment &from, const Appointment &to);
    Status check(const Appointment &expected);

    RelocationService &m_relocation;
    HouseholdCardService &m_cards;
    Actor m_actor;
    qint64 m_householdId;
    Appointment m_before;
    Appointment m_after;
    ErrorSink m_onError;
    Changed m_onChanged;
    bool m_firstRedo = true;
};

} // namespace nov
