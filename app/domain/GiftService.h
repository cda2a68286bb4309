#pragma once

#include "Records.h"
#include "auth/Actor.h"

#include <QDate>
#include <QList>
#include <optional>

namespace nov {

namespace db {
class Database;
}

// The gift car of a reached milestone: a vehicle in stock is proposed, reserved for the
// milestone (vehicle reserved), released back to stock, or handed over to a resident of the
// milestone's household (vehicle handed_over). A vehicle is never given twice and a milestone
// never gets two vehicles; the database refuses both too (migration 0007).
class GiftService {
public:
    struct Member {
        qint64 residentId = 0;
        QString fullName;
        QString relation;
    };

    explicit GiftService(db::Database &db)
        : m_db(db) {}

    // The office's "today" (a gift cannot be handed over in the future); default: the clock.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // A vehicle in stock whose production number is the milestone's ordinal (1st, 2nd … target),
    // else the one produced first; nullopt when the stock is empty.
    Result<std::optional<db::VehicleRecord>> propose(qint64 milestoneId);
    Status reserve(const Actor &actor, qint64 milestoneId, qint64 vehicleId);
    Status release(const Actor &actor, qint64 milestoneId);
    // The household's residents, head first: who may receive the car.
    Result<QList<Member>> recipients(qint64 milestoneId);
    // Records the handover; recipientId 0 means the head of household. Returns the recipient.
    Result<qint64> handOver(const Actor &actor, qint64 milestoneId, qint64 recipientId,
                            const QDate &on);

private:
    Result<db::MilestoneRecord> openGift(qint64 milestoneId, const QString &action);

    db::Database &m_db;
    QDate m_today;
};

} // namespace nov
