#pragma once

#include "MilestoneRepository.h"
#include "auth/Actor.h"
#include "domain/MilestoneTracker.h"

namespace nov {

// The milestone targets a manager keeps (add one, add a series "every N up to M", edit or
// remove a target not yet reached; reached ones are frozen), the list of the milestones page
// and the notices of back-dated handovers that moved a milestone. One call, one transaction.
class MilestoneService {
public:
    enum class Stage { Planned, Reached, VehicleReserved, GiftHandedOver };
    using Line = db::MilestoneRepository::Overview;
    // A back-dated handover changed who is the Nth resident (from the audit log).
    struct Notice {
        QString at;
        qint64 milestoneId = 0;
        qint64 target = 0;
        bool conflict = false; // the gift had been handed over: the record was kept
        QString text;
    };

    explicit MilestoneService(db::Database &db)
        : m_db(db) {}

    Result<QList<Line>> lines();
    static Stage stage(const Line &line);
    static QString stageTitle(Stage stage);
    Result<QList<Notice>> notices(int limit = 20);

    // A target already passed by the counter is reached at once; the changes say so.
    Result<QList<MilestoneTracker::Change>> addTarget(const Actor &actor, qint64 target,
                                                      const QString &title);
    // Targets every `every` residents up to `upTo`; targets already present are kept.
    Result<QList<MilestoneTracker::Change>> addSeries(const Actor &actor, qint64 every,
                                                      qint64 upTo);
    Result<QList<MilestoneTracker::Change>> editTarget(const Actor &actor, qint64 milestoneId,
                                                       qint64 target, const QString &title);
    Status removeTarget(const Actor &actor, qint64 milestoneId);

    static constexpr int kMaxSeries = 1000;

private:
    static Status checkTitle(const QString &title);
    Status checkTarget(qint64 target, qint64 exceptId);
    Result<QList<MilestoneTracker::Change>> reachIfPassed(const Actor &actor, qint64 target);
    Result<db::MilestoneRecord> unreached(qint64 milestoneId, const QString &action);

    db::Database &m_db;
};

} // namespace nov
