#include "ResidentCommand.h"

#include "domain/ResidentService.h"

namespace nov {

ResidentCommand::ResidentCommand(ResidentService &service, const Actor &actor,
                                 std::optional<db::ResidentRecord> before,
                                 std::optional<db::ResidentRecord> after, ErrorSink onError,
                                 Changed onChanged)
    : m_service(service)
    , m_actor(actor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged)) {
    const db::ResidentRecord &named = m_after ? *m_after : *m_before;
    const QString name = ResidentService::fullName(named);
    if (!m_before)
        setText(tr("add resident %1").arg(name));
    else if (!m_after)
        setText(tr("remove resident %1").arg(name));
    else
        setText(tr("correct resident %1").arg(name));
}

void ResidentCommand::undo() {
    apply(m_after, m_before);
}

void ResidentCommand::redo() {
    if (m_firstRedo) { // pushed after the change was stored
        m_firstRedo = false;
        return;
    }
    apply(m_before, m_after);
}

void ResidentCommand::apply(const std::optional<db::ResidentRecord> &from,
                            const std::optional<db::ResidentRecord> &to) {
    Status status = checkStored(from);
    if (status)
        status = store(from, to);
    if (m_onChanged)
        m_onChanged();
    if (!status) {
        setObsolete(true); // the stack drops a command that cannot be applied
        if (m_onError)
            m_onError(status.error());
    }
}

Status ResidentCommand::checkStored(const std::optional<db::ResidentRecord> &expected) {
    const qint64 id = (m_after ? *m_after : *m_before).id;
    auto stored = m_service.resident(id);
    const bool matches =
        expected ? stored.ok() && sameData(stored.value(), *expected) : !stored.ok();
    if (matches)
        return {};
    return Error{tr("The resident was changed elsewhere since this edit; it cannot be undone "
                    "or redone."),
                 text(), tr("Look at the member's current data and correct it by hand.")};
}

Status ResidentCommand::store(const std::optional<db::ResidentRecord> &from,
                              const std::optional<db::ResidentRecord> &to) {
    if (!to)
        return m_service.remove(m_actor, from->id);
    if (!from) {
        auto id = m_service.add(m_actor, *to); // re-created under its former id
        if (!id)
            return id.error();
        return {};
    }
    return m_service.update(m_actor, *to);
}

bool ResidentCommand::sameData(const db::ResidentRecord &a, const db::ResidentRecord &b) {
    return a.id == b.id && a.householdId == b.householdId && a.lastName == b.lastName &&
           a.firstName == b.firstName && a.patronymic == b.patronymic && a.sex == b.sex &&
           a.birthDate == b.birthDate && a.relation == b.relation && a.snils == b.snils &&
           a.passport == b.passport && a.phone == b.phone;
}

} // namespace nov
