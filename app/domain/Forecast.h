#pragma once

#include <QDate>
#include <QList>

namespace nov {

struct ForecastOptions {
    int weeks = 12;         // how many recent weeks the line is fitted to
    double z = 1.96;        // interval half-width in standard deviations (≈95 %)
    int horizonDays = 3650; // beyond this the target counts as out of reach
};

// When will the relocated-residents count reach a target? A least-squares line through the
// weekly counts of the last N weeks (weeks ending on `today`) gives the pace and its trend;
// the count to come is the area under that line, and its prediction interval combines the
// uncertainty of the fitted line with the week-to-week scatter (see README, "Forecast").
class Forecast {
public:
    struct DailyCount {
        QDate day;
        qint64 count = 0; // residents relocated that day
    };
    using Options = ForecastOptions;
    // A fitted line; `today` is the last day of the last week.
    struct Fit {
        QDate today;
        int weeks = 0;
        double level = 0;   // mean weekly count over the fitted weeks
        double trend = 0;   // change of the weekly count per week
        double scatter = 0; // residual standard deviation of a week's count
        double sxx = 0;     // Σ(t − t̄)² of the week positions
        // False when the fitted trend was within z standard errors of zero and was dropped
        // (trend = 0, scatter around the mean): noise is not extrapolated.
        bool trendKept = true;
        double z = 1.96;

        bool valid() const { return weeks >= 2; }
        // Residents per week at the end of the fitted weeks (today).
        double pace() const;
        // Residents expected in the `days` after today, and that figure's standard deviation.
        double added(double days) const;
        double deviation(double days) const;
    };
    struct Reach {
        bool reached = false;   // the count is already at the target
        bool reachable = false; // within the horizon at the fitted pace
        QDate expected;
        QDate earliest; // the interval's optimistic end
        QDate latest;   // the pessimistic end (invalid: beyond the horizon)
        double pacePerWeek = 0;
        double trendPerWeek = 0;
        qint64 remaining = 0;
    };
    struct Point {
        QDate day;
        double expected = 0;
        double low = 0;
        double high = 0;
    };

    static Fit fit(const QList<DailyCount> &daily, const QDate &today,
                   const Options &options = Options());
    // The dates `target` is expected (and at the earliest/latest) to be reached, given
    // `currentCount` relocated by the end of `today`.
    static Reach reach(const QList<DailyCount> &daily, qint64 currentCount, qint64 target,
                       const QDate &today, const Options &options = Options());
    static Reach reach(const Fit &fit, qint64 currentCount, qint64 target, int horizonDays = 3650);
    // The cumulative count continued day by day for `days` days after today, with its range.
    static QList<Point> project(const Fit &fit, qint64 currentCount, int days);
};

} // namespace nov
