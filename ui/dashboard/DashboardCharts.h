#pragma once

#include "domain/DashboardService.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace nov {

// The dashboard's three charts, built from the pre-aggregated series of a Dashboard. The
// builders return a new chart (the caller owns it); hovering a series shows a tooltip. The
// page updates its charts in place (update*): the series and axes made for the first
// dashboard stay, their points and labels are replaced, which costs a fraction of a new chart.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(nov::DashboardCharts)

public:
    // Cumulative relocated residents on a date axis, the forecast continued dashed with its
    // range, each milestone target as a labelled line (right axis) and reached ones marked.
    static QChart *cumulative(const DashboardService::Dashboard &d);
    // The same on a chart made by cumulative() (or an empty QChart), in place. The curve is
    // thinned to about one point per two pixels of `width`.
    static void updateCumulative(QChart *chart, const DashboardService::Dashboard &d,
                                 int width = 2 * kCurvePoints);
    // Residents relocated per month (the last 24 months of the range), one bar per month or
    // stacked by okrug. With `reuse` (a chart made here before) that chart gets new bars and
    // axes and is returned: the chart, its theme and its place in a view are kept.
    static QChart *monthly(const DashboardService::Dashboard &d, bool byOkrug,
                           QChart *reuse = nullptr);
    // Relocated and still to move per okrug (or per district of the chosen place); `reuse` as
    // for monthly().
    static QChart *areas(const DashboardService::Dashboard &d, QChart *reuse = nullptr);

    // Milestone lines drawn on the cumulative chart (their target values), for tests.
    static QList<qint64> milestoneLines(const QChart *cumulative);
    // The okrug's label: its code in Russian, a short English name otherwise.
    static QString okrugLabel(const QString &code);
    static constexpr int kMonths = 24;
    static constexpr int kCurvePoints = 600; // the most points of the cumulative curve
};

} // namespace nov
