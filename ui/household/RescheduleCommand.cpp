#include "RescheduleCommand.h"

#include "domain/HouseholdCardService.h"
#include "domain/RelocationService.h"
#include "i18n/Formats.h"

namespace nov {

RescheduleCommand::RescheduleCommand(RelocationService &relocation, HouseholdCardService &cards,
                                     const Actor &actor, qint64 householdId,
                                     const Appointment &before, const Appointment &after,
                                     ErrorSink onError, Changed onChanged)
    : m_relocation(relocation)
    , m_cards(cards)
    , m_actor(actor)
    , m_householdId(householdId)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged)) {
    setText(tr("move the key handover appointment to %1").arg(Formats::date(after.scheduledFor)));
}

void RescheduleCommand::undo() {
    move(m_after, m_before);
}

void RescheduleCommand::redo() {
    if (m_firstRedo) { // pushed after the appointment was moved
        m_firstRedo = false;
        return;
    }
    move(m_before, m_after);
}

void RescheduleCommand::move(const Appointment &from, const Appointment &to) {
    Status status = check(from);
    if (status) {
        auto moved = m_relocation.scheduleKeyHandover(m_actor, m_householdId, to.scheduledFor,
                                                      to.keySets, to.residentsCount);
        if (!moved)
            status = moved.error();
    }
    if (m_onChanged)
        m_onChanged();
    if (!status) {
        setObsolete(true); // the stack drops a command that cannot be applied
        if (m_onError)
            m_onError(status.error());
    }
}

Status RescheduleCommand::check(const Appointment &expected) {
    auto card = m_cards.load(m_householdId, m_relocation.today());
    if (!card)
        return card.error();
    const auto &k = card->keyHandover;
    if (k && !k->handedOverOn.isValid() &&
        Appointment{k->scheduledFor, k->keySets, k->residentsCount} == expected)
        return {};
    return Error{tr("The key handover appointment changed since it was moved; the move cannot "
                    "be undone or redone."),
                 tr("case %1").arg(card->household.caseNumber),
                 tr("Look at the Key handover tab and schedule the appointment by hand.")};
}

} // namespace nov
