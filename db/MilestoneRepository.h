#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>
#include <QPair>
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

    // A line of the milestones page and of `novoselye milestones`.
    struct Overview {
        qint64 id = 0;
        qint64 target = 0;
        QString title;
        QDate reachedOn;
        qint64 householdId = 0;
        QString caseNumber;
        qint64 residentId = 0;
        QString residentName;
        qint64 vehicleId = 0;
        QString vin;
        QString model;
        int productionNo = 0;
        qint64 giftRecipientId = 0;
        QString giftRecipientName;
        QDate giftHandedOverOn;
    };
    // An appointment not yet handed over, in the order the counter will probably see it.
    struct Appointment {
        qint64 id = 0;
        qint64 householdId = 0;
        QDate scheduledFor;
        int residentsCount = 0;
    };
    // A milestone change the managers were told about (audit rows milestone.recipient and
    // milestone.conflict), newest first.
    struct Notice {
        QString at;
        QString action;
        qint64 milestoneId = 0;
        QString details; // the audit row's JSON
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

    Result<QList<Overview>> overview();
    Result<MilestoneRecord> milestone(qint64 id);
    Result<qint64> insertTarget(qint64 target, const QString &title);
    Status updateTarget(qint64 id, qint64 target, const QString &title);
    Status removeTarget(qint64 id);
    Status setVehicle(qint64 milestoneId, qint64 vehicleId);
    Status setGift(qint64 milestoneId, qint64 recipientId, const QDate &on);
    // Appointments with handed_over_on NULL scheduled on or after `from`, by (date, id).
    Status walkAppointments(const QDate &from,
                            const std::function<bool(const Appointment &)> &visit);
    // Residents relocated per day in (from, until].
    Result<QList<QPair<QDate, qint64>>> relocatedPerDay(const QDate &from, const QDate &until);
    Result<QList<Notice>> notices(int limit);

private:
    Database &m_db;
};

} // namespace nov::db
