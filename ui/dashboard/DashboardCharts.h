#pragma once

#include "domain/DashboardService.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace nov {

// The dashboard's three charts, built from the pre-aggregated series of a Dashboard. Each call
// returns a new chart (the caller owns it); hovering a series shows a tooltip.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(nov::DashboardCharts)

public:
    // Cumulative relocated residents on a date axis, the forecast continued dashed with its
    // range, each milestone target as a labelled line (right axis) and reached ones marked.
    static QChart *cumulative(const DashboardService::Dashboard &d);
    // Residents relocated per month (the last 24 months of the range), one bar per month or
    // stacked by okrug.
    static QChart *monthly(const DashboardService::Dashboard &d, bool byOkrug);
    // Relocated and still to move per okrug (or per district of the chosen place).
    static QChart *areas(const DashboardService::Dashboard &d);

    // Milestone lines drawn on the cumulative chart (their target values), for tests.
    static QList<qint64> milestoneLines(const QChart *cumulative);
    // The okrug's label: its code in Russian, a short English name otherwise.
    static QString okrugLabel(const QString &code);
    static constexpr int kMonths = 24;
};

} // namespace nov
