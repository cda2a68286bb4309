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
    // Relocated residents per day over the recent weeks, with the slowest and fastest week.
    struct Pace {
        double perDay = 0;
        double low = 0;
        double high = 0;
        int weeks = 0;
    };
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
        QDate expectedOn; // the appointment's date, or the forecast at the mean pace
        QDate earliest;   // forecast at the fastest recent week (invalid: by appointment)
        QDate latest;     // forecast at the slowest recent week (invalid: no pace)
    };

    static constexpr int kPaceWeeks = 8;

    explicit MilestonePlanner(db::Database &db)
        : m_db(db) {}

    // The next `count` milestones not yet reached, as seen on `today`.
    Result<QList<Plan>> plan(const QDate &today, int count = 3);
    // The recent pace: the one place the forecast gets its speed from.
    Result<Pace> recentPace(const QDate &today);

private:
    db::Database &m_db;
};

} // namespace nov
