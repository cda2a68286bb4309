#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// Looks ahead to the next milestones: which household's appointment (key handover scheduled,
// not yet done) is expected to bring the Nth resident and on which date, so the ceremony and
// the car can be prepared; beyond the appointments, a date forecast from the recent pace.
class MilestonePlanner {
public:
    struct Plan {
        qint64 milestoneId = 0;
        qint64 target = 0;
        QString title;
        qint64 toGo = 0; // residents still to relocate before the Nth one
        bool byAppointment = false;
        // By appointment: the expected household and resident.
        qint64 keyHandoverId = 0;
        qint64 householdId = 0;
        QString caseNumber;
        qint64 residentId = 0;
        QString residentName;
        QDate expectedOn; // the appointment's date, or the forecast (app/domain/Forecast)
        QDate earliest;   // the forecast interval's ends (invalid: by appointment)
        QDate latest;     // (invalid: beyond the forecast's horizon)
    };

    explicit MilestonePlanner(db::Database &db)
        : m_db(db) {}

    // The next `count` milestones not yet reached, as seen on `today`.
    Result<QList<Plan>> plan(const QDate &today, int count = 3);

private:
    db::Database &m_db;
};

} // namespace nov
