#include "Forecast.h"

#include <cmath>

namespace nov {

// Week i (0 … N−1, the last ending today) sits at t_i = i − (N−1)/2, so the weeks are centred
// at 0 and the fitted level and trend are uncorrelated. The line gives the weekly rate at any
// time t; today is the end of the last week, t_end = N/2. The count expected in the h weeks
// after today is the area under the line:
//   S(h) = level·h + trend·(t_end·h + h²/2)
// with variance scatter²·(h²/N + (t_end·h + h²/2)²/Sxx + h): the level's uncertainty, the
// trend's uncertainty and h weeks of week-to-week scatter. A trend within z standard errors
// of zero is dropped (trend = 0, and its term leaves the variance).

Forecast::Fit Forecast::fit(const QList<DailyCount> &daily, const QDate &today,
                            const Options &options) {
    Fit f;
    f.today = today;
    f.z = options.z;
    const int n = std::max(0, options.weeks);
    if (n < 2 || !today.isValid())
        return f;
    QList<double> weekly(n, 0.0);
    const QDate first = today.addDays(-7 * qint64(n) + 1);
    for (const DailyCount &d : daily) {
        if (d.day < first || d.day > today)
            continue;
        const qint64 week = first.daysTo(d.day) / 7;
        weekly[int(week)] += double(d.count);
    }
    const double mid = (n - 1) / 2.0;
    double sum = 0, sxy = 0, sxx = 0;
    for (int i = 0; i < n; ++i) {
        sum += weekly[i];
        sxy += (i - mid) * weekly[i];
        sxx += (i - mid) * (i - mid);
    }
    f.weeks = n;
    f.level = sum / n;
    f.trend = sxy / sxx;
    f.sxx = sxx;
    double residuals = 0;
    for (int i = 0; i < n; ++i) {
        const double e = weekly[i] - (f.level + f.trend * (i - mid));
        residuals += e * e;
    }
    f.scatter = n > 2 ? std::sqrt(residuals / (n - 2)) : 0.0;
    // A trend that does not stand out of the weeks' scatter (|b| < z·s/√Sxx) is noise: a few
    // busy weeks at the start of a small series would bend the line down and put any target
    // "out of sight". Then the mean weekly count is the pace (b = 0) and s is the scatter
    // around that mean.
    if (n > 2 && std::abs(f.trend) < f.z * f.scatter / std::sqrt(sxx)) {
        double around = 0;
        for (int i = 0; i < n; ++i)
            around += (weekly[i] - f.level) * (weekly[i] - f.level);
        f.trend = 0;
        f.trendKept = false;
        f.scatter = std::sqrt(around / (n - 1));
    }
    return f;
}

double Forecast::Fit::pace() const {
    return level + trend * (weeks / 2.0);
}

double Forecast::Fit::added(double days) const {
    const double h = days / 7.0;
    return level * h + trend * (weeks / 2.0 * h + h * h / 2.0);
}

double Forecast::Fit::deviation(double days) const {
    if (weeks < 2)
        return 0;
    const double h = days / 7.0;
    const double shape = trendKept ? weeks / 2.0 * h + h * h / 2.0 : 0.0;
    return scatter * std::sqrt(h * h / weeks + shape * shape / sxx + h);
}

Forecast::Reach Forecast::reach(const QList<DailyCount> &daily, qint64 currentCount, qint64 target,
                                const QDate &today, const Options &options) {
    return reach(fit(daily, today, options), currentCount, target, options.horizonDays);
}

Forecast::Reach Forecast::reach(const Fit &fit, qint64 currentCount, qint64 target,
                                int horizonDays) {
    Reach r;
    r.remaining = std::max<qint64>(0, target - currentCount);
    r.pacePerWeek = fit.pace();
    r.trendPerWeek = fit.trend;
    if (r.remaining == 0) {
        r.reached = true;
        r.reachable = true;
        r.expected = r.earliest = r.latest = fit.today;
        return r;
    }
    if (!fit.valid())
        return r;
    const double need = double(r.remaining);
    // The first day each curve reaches the remaining count.
    for (int day = 1; day <= horizonDays; ++day) {
        const double added = fit.added(day);
        const double spread = fit.z * fit.deviation(day);
        if (!r.earliest.isValid() && added + spread >= need)
            r.earliest = fit.today.addDays(day);
        if (!r.expected.isValid() && added >= need)
            r.expected = fit.today.addDays(day);
        if (added - spread >= need) {
            r.latest = fit.today.addDays(day);
            break;
        }
    }
    r.reachable = r.expected.isValid();
    return r;
}

QList<Forecast::Point> Forecast::project(const Fit &fit, qint64 currentCount, int days) {
    QList<Point> points;
    if (!fit.valid())
        return points;
    const double base = double(currentCount);
    for (int day = 0; day <= days; ++day) {
        // A falling trend would bend the curve down: relocations are never undone.
        const double added = std::max(0.0, fit.added(day));
        const double spread = fit.z * fit.deviation(day);
        points.append({fit.today.addDays(day), base + added, base + std::max(0.0, added - spread),
                       base + added + spread});
    }
    return points;
}

} // namespace nov
