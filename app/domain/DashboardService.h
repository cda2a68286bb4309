#pragma once

#include "DashboardRepository.h"
#include "Result.h"
#include "auth/Actor.h"
#include "domain/Forecast.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// What the manager dashboard shows, read in one go (a handful of aggregate queries over the
// summary tables). Milestones count the whole programme; everything else follows the filter.
class DashboardService {
public:
    using Filter = db::DashboardRepository::Filter;

    struct Milestone {
        qint64 target = 0;
        QString title;
        QDate reachedOn;
    };
    struct CumulativePoint {
        QDate day;
        qint64 total = 0; // residents relocated up to and including that day
    };
    struct Dashboard {
        Filter filter;
        QDate asOf; // the last day counted: the end of the range, at most today

        // tiles
        qint64 residents = 0; // relocated in the range and place
        qint64 residentsThisMonth = 0;
        qint64 households = 0;
        qint64 programmeCount = 0; // whole programme up to asOf (milestones count this)
        qint64 previousTarget = 0;
        qint64 nextTarget = 0; // 0: every target is reached
        Forecast::Reach nextForecast;
        db::DashboardRepository::Vehicles vehicles;
        qint64 overdueCases = 0;

        // charts
        QList<Milestone> milestones;
        QList<CumulativePoint> cumulative; // in the place, from the range's start
        QList<Forecast::Point> projection; // the cumulative curve continued
        QList<db::DashboardRepository::MonthOkrug> months;
        QList<db::DashboardRepository::Area> areas;
        bool areasAreDistricts = false;
    };

    explicit DashboardService(db::Database &db)
        : m_db(db) {}

    // `today` is the office's day (the system date unless a test sets one).
    Result<Dashboard> load(const Filter &filter, const QDate &today);

    // Checks the role and records an export or print of the dashboard in the audit log
    // (`format`: png, pdf, print).
    Status recordExport(const Actor &actor, const QString &format, const Filter &filter,
                        const QString &file);

    static Forecast::Options forecastOptions();

private:
    db::Database &m_db;
};

} // namespace nov

Q_DECLARE_METATYPE(nov::DashboardService::Dashboard)
Q_DECLARE_METATYPE(nov::DashboardService::Filter)
