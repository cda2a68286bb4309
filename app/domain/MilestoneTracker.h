#pragma once

#include "Result.h"
#include "auth/Actor.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// Keeps the milestones of the programme counter in step with key handovers. Called inside the
// transaction that records a handover, so a milestone is reached exactly when that handover is
// stored: never twice, never skipped, even when one handover crosses two targets.
//
// A handover may be entered late with an earlier date; it then shifts who is the Nth resident
// for every target from its position on. A milestone whose gift has not been handed over yet
// moves to the new Nth resident (reported, so the manager learns of it); one whose gift was
// handed over keeps its record and the disagreement is reported as a conflict.
class MilestoneTracker {
public:
    struct Change {
        enum class Kind {
            Reached,          // the target was reached by this handover
            RecipientChanged, // a back-dated handover moved the Nth resident; record updated
            Conflict,         // as above, but the gift was handed over: record kept
        };
        Kind kind = Kind::Reached;
        qint64 milestoneId = 0;
        qint64 target = 0;
        QString title;
        // The Nth resident by the counter now.
        QDate reachedOn;
        qint64 keyHandoverId = 0;
        qint64 householdId = 0;
        qint64 residentId = 0;
        QString caseNumber;
        QString residentName;
        // What the milestone held before (RecipientChanged, Conflict).
        QDate previousReachedOn;
        qint64 previousHouseholdId = 0;
        qint64 previousResidentId = 0;
        QString previousCaseNumber;
        QString previousResidentName;

        // A sentence for the manager.
        QString describe() const;
    };

    MilestoneTracker(db::Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    // Brings every milestone at or after the recorded handover's position up to date and
    // audits each change. Must run inside the transaction that wrote the handover.
    Result<QList<Change>> afterHandover(qint64 keyHandoverId);

private:
    struct Located;
    Result<QList<Located>> locate(qint64 keyHandoverId);
    Result<std::optional<Change>> apply(const Located &located);
    Status audit(const Change &change);

    db::Database &m_db;
    const Actor &m_actor;
};

} // namespace nov
