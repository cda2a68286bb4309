#include "MilestoneService.h"

#include "CounterRepository.h"
#include "Database.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "i18n/Formats.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::MilestoneService", text);
}

constexpr int kMaxTitle = 120;

} // namespace

Result<QList<MilestoneService::Line>> MilestoneService::lines() {
    return db::MilestoneRepository(m_db).overview();
}

MilestoneService::Stage MilestoneService::stage(const Line &line) {
    if (line.giftHandedOverOn.isValid())
        return Stage::GiftHandedOver;
    if (line.vehicleId > 0)
        return Stage::VehicleReserved;
    return line.reachedOn.isValid() ? Stage::Reached : Stage::Planned;
}

QString MilestoneService::stageTitle(Stage stage) {
    switch (stage) {
    case Stage::Planned:
        return tr("planned");
    case Stage::Reached:
        return tr("reached");
    case Stage::VehicleReserved:
        return tr("vehicle reserved");
    case Stage::GiftHandedOver:
        return tr("gift handed over");
    }
    return QString();
}

Result<QList<MilestoneService::Notice>> MilestoneService::notices(int limit) {
    auto rows = db::MilestoneRepository(m_db).notices(limit);
    if (!rows)
        return rows.error();
    QList<Notice> list;
    for (const auto &row : std::as_const(rows.value())) {
        const QJsonObject details = QJsonDocument::fromJson(row.details.toUtf8()).object();
        Notice n;
        n.at = row.at;
        n.milestoneId = row.milestoneId;
        n.target = details.value(QStringLiteral("target")).toInteger();
        n.conflict = row.action == QLatin1String("milestone.conflict");
        n.text = details.value(QStringLiteral("notice")).toString();
        list.append(n);
    }
    return list;
}

Status MilestoneService::checkTitle(const QString &title) {
    if (title.size() <= kMaxTitle)
        return {};
    return Error{tr("The title is longer than %1 characters.").arg(kMaxTitle), tr("Title"),
                 tr("Shorten the title.")};
}

Status MilestoneService::checkTarget(qint64 target, qint64 exceptId) {
    if (target <= 0)
        return Error{tr("A milestone target is a number of relocated residents above zero."),
                     tr("Target"), tr("Enter, for example, 300000.")};
    auto existing = db::MilestoneRepository(m_db).milestonesFrom(target);
    if (!existing)
        return existing.error();
    for (const auto &m : std::as_const(existing.value()))
        if (m.target == target && m.id != exceptId)
            return Error{tr("There already is a milestone for resident number %1.")
                             .arg(QLocale().toString(target)),
                         tr("Target"), tr("Choose another number.")};
    return {};
}

// A target at or below the counter is reached by a handover already recorded: the tracker,
// run from that handover, records it like any other.
Result<QList<MilestoneTracker::Change>> MilestoneService::reachIfPassed(const Actor &actor,
                                                                        qint64 target) {
    auto position = db::CounterRepository(m_db).locate(target);
    if (!position)
        return position.error();
    if (!position->has_value())
        return QList<MilestoneTracker::Change>();
    return MilestoneTracker(m_db, actor).afterHandover(position->value().keyHandoverId);
}

Result<QList<MilestoneTracker::Change>>
MilestoneService::addTarget(const Actor &actor, qint64 target, const QString &title) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ManageMilestones, tr("Adding a milestone")));
    const QString trimmed = title.trimmed();
    NOV_RETURN_IF_ERROR(checkTitle(trimmed));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(checkTarget(target, 0));
    auto id = db::MilestoneRepository(m_db).insertTarget(target, trimmed);
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("milestone.add"), QStringLiteral("milestone"), id.value(),
        {{QStringLiteral("target"), target}, {QStringLiteral("title"), trimmed}}));
    auto changes = reachIfPassed(actor, target);
    if (!changes)
        return changes.error();
    NOV_RETURN_IF_ERROR(tx.commit());
    return changes;
}

Result<QList<MilestoneTracker::Change>> MilestoneService::addSeries(const Actor &actor,
                                                                    qint64 every, qint64 upTo) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::ManageMilestones, tr("Adding a series of milestones")));
    if (every <= 0 || upTo < every)
        return Error{tr("A series needs a step above zero and a last target not below the step."),
                     tr("Series"), tr("For example: every 50000 up to 1000000.")};
    if (upTo / every > kMaxSeries)
        return Error{tr("The series would add more than %1 milestones.").arg(kMaxSeries),
                     tr("Series"), tr("Choose a larger step or a smaller last target.")};
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::MilestoneRepository repo(m_db);
    auto existing = repo.milestonesFrom(1);
    if (!existing)
        return existing.error();
    QSet<qint64> present;
    for (const auto &m : std::as_const(existing.value()))
        present.insert(m.target);
    QList<qint64> added;
    for (qint64 target = every; target <= upTo; target += every) {
        if (present.contains(target))
            continue;
        auto id = repo.insertTarget(target, QString());
        if (!id)
            return id.error();
        added.append(target);
        NOV_RETURN_IF_ERROR(AuditLog::record(
            m_db, actor, QStringLiteral("milestone.add"), QStringLiteral("milestone"), id.value(),
            {{QStringLiteral("target"), target}, {QStringLiteral("series_every"), every}}));
    }
    QList<MilestoneTracker::Change> changes;
    if (!added.isEmpty()) {
        // One pass from the lowest new target covers every passed target after it.
        auto reached = reachIfPassed(actor, added.first());
        if (!reached)
            return reached.error();
        changes = reached.value();
    }
    NOV_RETURN_IF_ERROR(tx.commit());
    return changes;
}

Result<db::MilestoneRecord> MilestoneService::unreached(qint64 milestoneId, const QString &action) {
    auto m = db::MilestoneRepository(m_db).milestone(milestoneId);
    if (!m)
        return m.error();
    if (m->reachedOn.isValid())
        return Error{tr("%1 is not possible: milestone %2 was reached on %3 and is kept as it is.")
                         .arg(action, QLocale().toString(m->target), Formats::date(m->reachedOn)),
                     QStringLiteral("milestone %1").arg(milestoneId),
                     tr("Add a new milestone instead.")};
    return m;
}

Result<QList<MilestoneTracker::Change>> MilestoneService::editTarget(const Actor &actor,
                                                                     qint64 milestoneId,
                                                                     qint64 target,
                                                                     const QString &title) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ManageMilestones, tr("Editing a milestone")));
    const QString trimmed = title.trimmed();
    NOV_RETURN_IF_ERROR(checkTitle(trimmed));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto m = unreached(milestoneId, tr("Editing"));
    if (!m)
        return m.error();
    NOV_RETURN_IF_ERROR(checkTarget(target, milestoneId));
    NOV_RETURN_IF_ERROR(db::MilestoneRepository(m_db).updateTarget(milestoneId, target, trimmed));
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("milestone.edit"), QStringLiteral("milestone"), milestoneId,
        AuditLog::changes(
            {{QStringLiteral("target"), m->target}, {QStringLiteral("title"), m->title}},
            {{QStringLiteral("target"), target}, {QStringLiteral("title"), trimmed}})));
    auto changes = reachIfPassed(actor, target);
    if (!changes)
        return changes.error();
    NOV_RETURN_IF_ERROR(tx.commit());
    return changes;
}

Status MilestoneService::removeTarget(const Actor &actor, qint64 milestoneId) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ManageMilestones, tr("Removing a milestone")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto m = unreached(milestoneId, tr("Removing"));
    if (!m)
        return m.error();
    NOV_RETURN_IF_ERROR(db::MilestoneRepository(m_db).removeTarget(milestoneId));
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("milestone.remove"), QStringLiteral("milestone"), milestoneId,
        {{QStringLiteral("target"), m->target}, {QStringLiteral("title"), m->title}}));
    return tx.commit();
}

} // namespace nov
