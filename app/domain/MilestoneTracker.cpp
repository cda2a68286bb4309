#include "MilestoneTracker.h"

#include "CaseStep.h"
#include "MilestoneRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>
#include <QLocale>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::MilestoneTracker", text);
}

QJsonValue date(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

// A milestone and the handover that holds its Nth resident.
struct MilestoneTracker::Located {
    db::MilestoneRecord milestone;
    db::MilestoneRepository::CountedHandover handover;
    int memberIndex = 0;
};

Result<QList<MilestoneTracker::Change>> MilestoneTracker::afterHandover(qint64 keyHandoverId) {
    auto located = locate(keyHandoverId);
    if (!located)
        return located.error();
    QList<Change> changes;
    for (const Located &l : std::as_const(located.value())) {
        auto change = apply(l);
        if (!change)
            return change.error();
        if (!change->has_value())
            continue;
        NOV_RETURN_IF_ERROR(audit(change->value()));
        changes.append(change->value());
    }
    return changes;
}

// One pass over the handovers from the recorded one on, with the running sum: every target
// from the first position this handover affects is placed, up to the current total.
Result<QList<MilestoneTracker::Located>> MilestoneTracker::locate(qint64 keyHandoverId) {
    db::MilestoneRepository repo(m_db);
    auto handover = repo.handover(keyHandoverId);
    if (!handover)
        return handover.error();
    auto before = repo.residentsBefore(handover->handedOverOn, handover->id);
    if (!before)
        return before.error();
    auto milestones = repo.milestonesFrom(before.value() + 1);
    if (!milestones)
        return milestones.error();
    QList<Located> located;
    if (milestones->isEmpty())
        return located;
    qint64 running = before.value();
    qsizetype next = 0;
    const auto &targets = milestones.value();
    Status walked = repo.walkFrom(
        handover->handedOverOn, handover->id,
        [&](const db::MilestoneRepository::CountedHandover &row) {
            while (next < targets.size() && running + row.residentsCount >= targets[next].target) {
                located.append({targets[next], row, int(targets[next].target - running - 1)});
                ++next;
            }
            running += row.residentsCount;
            return next < targets.size();
        });
    if (!walked)
        return walked.error();
    return located;
}

Result<std::optional<MilestoneTracker::Change>> MilestoneTracker::apply(const Located &l) {
    db::MilestoneRepository repo(m_db);
    auto nth = repo.member(l.handover.householdId, l.memberIndex);
    if (!nth)
        return nth.error();
    const db::MilestoneRecord &m = l.milestone;
    if (m.reachedOn.isValid() && m.keyHandoverId == l.handover.id &&
        m.residentId == nth->residentId)
        return std::optional<Change>(); // already reached by this very resident

    Change c;
    c.milestoneId = m.id;
    c.target = m.target;
    c.title = m.title;
    c.reachedOn = l.handover.handedOverOn;
    c.keyHandoverId = l.handover.id;
    c.householdId = l.handover.householdId;
    c.residentId = nth->residentId;
    c.caseNumber = nth->caseNumber;
    c.residentName = nth->fullName;
    if (m.reachedOn.isValid()) {
        auto previous = repo.person(m.residentId);
        if (!previous)
            return previous.error();
        c.previousReachedOn = m.reachedOn;
        c.previousHouseholdId = m.householdId;
        c.previousResidentId = m.residentId;
        c.previousCaseNumber = previous->caseNumber;
        c.previousResidentName = previous->fullName;
        c.kind =
            m.giftHandedOverOn.isValid() ? Change::Kind::Conflict : Change::Kind::RecipientChanged;
    }
    if (c.kind != Change::Kind::Conflict)
        NOV_RETURN_IF_ERROR(
            repo.setReached(m.id, c.reachedOn, c.keyHandoverId, c.householdId, c.residentId));
    return std::optional<Change>(c);
}

Status MilestoneTracker::audit(const Change &c) {
    static const QString actions[] = {QStringLiteral("milestone.reached"),
                                      QStringLiteral("milestone.recipient"),
                                      QStringLiteral("milestone.conflict")};
    const QJsonObject before{{QStringLiteral("reached_on"), date(c.previousReachedOn)},
                             {QStringLiteral("household_id"), c.previousHouseholdId},
                             {QStringLiteral("resident_id"), c.previousResidentId}};
    const QJsonObject after{{QStringLiteral("reached_on"), date(c.reachedOn)},
                            {QStringLiteral("key_handover_id"), c.keyHandoverId},
                            {QStringLiteral("household_id"), c.householdId},
                            {QStringLiteral("resident_id"), c.residentId}};
    QJsonObject details = AuditLog::changes(before, after);
    details.insert(QStringLiteral("target"), c.target);
    if (c.kind == Change::Kind::Conflict)
        details.insert(QStringLiteral("kept"), true); // the record was not rewritten
    if (c.kind != Change::Kind::Reached) // the milestones page shows it to managers later
        details.insert(QStringLiteral("notice"), c.describe());
    if (c.kind != Change::Kind::Reached)
        qCWarning(lcWorkflow).noquote()
            << "milestone" << c.target << "now points at resident" << c.residentId << "instead of"
            << c.previousResidentId
            << (c.kind == Change::Kind::Conflict ? "(gift given, kept)" : "(updated)");
    return AuditLog::record(m_db, m_actor, actions[int(c.kind)], QStringLiteral("milestone"),
                            c.milestoneId, details);
}

QString MilestoneTracker::Change::describe() const {
    const QLocale locale;
    const QString name = title.isEmpty() ? locale.toString(target) : title;
    switch (kind) {
    case Kind::Reached:
        return tr("Milestone «%1» reached: %2 (case %3) is resident number %4.")
            .arg(name, residentName, caseNumber, locale.toString(target));
    case Kind::RecipientChanged:
        return tr("A key handover dated earlier changed milestone «%1»: resident number %2 is now "
                  "%3 (case %4) instead of %5 (case %6). The gift had not been handed over; the "
                  "milestone now names the new resident.")
            .arg(name, locale.toString(target), residentName, caseNumber, previousResidentName,
                 previousCaseNumber);
    case Kind::Conflict:
        return tr("A key handover dated earlier makes %1 (case %2) resident number %3, but the "
                  "gift of milestone «%4» was already handed over to %5 (case %6). The record "
                  "was kept; please review it.")
            .arg(residentName, caseNumber, locale.toString(target), name, previousResidentName,
                 previousCaseNumber);
    }
    return QString();
}

} // namespace nov
