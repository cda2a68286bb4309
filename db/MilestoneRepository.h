#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>
#include <functional>

namespace nov::db {

class Database;

// The programme counter read from a given handover on, and the milestone rows it moves.
// Handovers are read in counter order (handed_over_on, id) through the covering index
// key_handover_counter, so no statement scans the key_handover table itself.
class MilestoneRepository {
public:
    struct CountedHandover {
        qint64 id = 0;
        qint64 householdId = 0;
        QDate handedOverOn;
        int residentsCount = 0;
    };
    struct Person {
        qint64 residentId = 0;
        qint64 householdId = 0;
        QString caseNumber;
        QString fullName;
    };

    explicit MilestoneRepository(Database &db)
        : m_db(db) {}

    // A handover that has been recorded (handed_over_on set).
    Result<CountedHandover> handover(qint64 keyHandoverId);
    // Residents counted by the handovers before (on, id) in counter order.
    Result<qint64> residentsBefore(const QDate &on, qint64 id);
    // Handovers from (on, id) on, in counter order, until `visit` returns false.
    Status walkFrom(const QDate &on, qint64 id,
                    const std::function<bool(const CountedHandover &)> &visit);
    // Milestones with target >= `from`, by target.
    Result<QList<MilestoneRecord>> milestonesFrom(qint64 from);
    // The household's member at `index` (0-based, by resident id).
    Result<Person> member(qint64 householdId, int index);
    Result<Person> person(qint64 residentId);
    Status setReached(qint64 milestoneId, const QDate &on, qint64 keyHandoverId, qint64 householdId,
                      qint64 residentId);

private:
    Database &m_db;
};

} // namespace nov::db
