#include "DashboardService.h"

#include "Database.h"
#include "IncentiveRepository.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "domain/OfficeSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::DashboardService", text);
}

constexpr int kShortestProjection = 60;
constexpr int kLongestProjection = 540;

QList<DashboardService::CumulativePoint> cumulate(const QList<db::DashboardRepository::Day> &days,
                                                  const QDate &from, const QDate &asOf) {
    QList<DashboardService::CumulativePoint> points;
    qint64 total = 0;
    for (const auto &d : days) {
        if (from.isValid() && d.day < from) {
            total += d.residents;
            continue;
        }
        if (points.isEmpty() && from.isValid() && d.day > from)
            points.append({from, total}); // the level the range starts at
        total += d.residents;
        points.append({d.day, total});
    }
    if (points.isEmpty() && from.isValid())
        points.append({from, total});
    if (!points.isEmpty() && points.last().day < asOf)
        points.append({asOf, total}); // flat up to the end of the range
    return points;
}

QList<Forecast::DailyCount> dailyCounts(const QList<db::DashboardRepository::Day> &days) {
    QList<Forecast::DailyCount> counts;
    counts.reserve(days.size());
    for (const auto &d : days)
        counts.append({d.day, d.residents});
    return counts;
}

// Moves a result's value into `into`; the error otherwise.
template <typename T> Status take(Result<T> result, T *into) {
    if (!result)
        return result.error();
    *into = std::move(result.value());
    return {};
}

} // namespace

Forecast::Options DashboardService::forecastOptions() {
    return Forecast::Options{};
}

Result<DashboardService::Dashboard> DashboardService::load(const Filter &requested,
                                                           const QDate &today) {
    Dashboard d;
    d.filter = requested;
    d.asOf = requested.to.isValid() && requested.to < today ? requested.to : today;
    Filter filter = requested;
    filter.to = d.asOf;
    db::DashboardRepository repo(m_db);

    auto totals = repo.totals(filter, QDate(d.asOf.year(), d.asOf.month(), 1));
    if (!totals)
        return totals.error();
    d.residents = totals->residents;
    d.households = totals->households;
    d.residentsThisMonth = totals->residentsSince;

    auto daily = repo.daily(filter);
    if (!daily)
        return daily.error();
    d.cumulative = cumulate(daily.value(), filter.from, d.asOf);

    // Milestones count the whole programme, wherever the filter looks.
    const bool placed = !filter.okrug.isEmpty() || filter.districtId > 0;
    auto programmeDaily = placed ? repo.daily(Filter{QDate(), d.asOf, QString(), 0}) : daily;
    if (!programmeDaily)
        return programmeDaily.error();
    for (const auto &day : std::as_const(programmeDaily.value()))
        d.programmeCount += day.residents;
    QList<db::MilestoneRecord> milestones;
    NOV_RETURN_IF_ERROR(take(db::IncentiveRepository(m_db).milestones(), &milestones));
    for (const auto &m : std::as_const(milestones)) {
        const QDate reached =
            m.reachedOn.isValid() && m.reachedOn <= d.asOf ? m.reachedOn : QDate();
        d.milestones.append({m.target, m.title, reached});
        if (m.target <= d.programmeCount)
            d.previousTarget = std::max(d.previousTarget, m.target);
        else if (d.nextTarget == 0 || m.target < d.nextTarget)
            d.nextTarget = m.target;
    }
    // The last whole day: today's handovers are still being recorded.
    const QDate fitEnd = d.asOf < today ? d.asOf : today.addDays(-1);
    const Forecast::Options options = forecastOptions();
    const Forecast::Fit programmeFit =
        Forecast::fit(dailyCounts(programmeDaily.value()), fitEnd, options);
    if (d.nextTarget > 0)
        d.nextForecast =
            Forecast::reach(programmeFit, d.programmeCount, d.nextTarget, options.horizonDays);

    int horizon = kShortestProjection;
    if (d.nextForecast.reachable) {
        const QDate end =
            d.nextForecast.latest.isValid() ? d.nextForecast.latest : d.nextForecast.expected;
        horizon = int(
            std::clamp<qint64>(fitEnd.daysTo(end) + 14, kShortestProjection, kLongestProjection));
    }
    const Forecast::Fit placeFit =
        placed ? Forecast::fit(dailyCounts(daily.value()), fitEnd, options) : programmeFit;
    const qint64 placeCount = d.cumulative.isEmpty() ? 0 : d.cumulative.last().total;
    d.projection = Forecast::project(placeFit, placeCount, horizon);

    NOV_RETURN_IF_ERROR(take(repo.monthlyByOkrug(filter), &d.months));
    NOV_RETURN_IF_ERROR(take(repo.areas(filter), &d.areas));
    d.areasAreDistricts = placed;
    NOV_RETURN_IF_ERROR(take(repo.vehicles(), &d.vehicles));

    OfficeSettings settings(m_db);
    int decisionDays = 0;
    int contractDays = 0;
    NOV_RETURN_IF_ERROR(
        take(settings.value(OfficeSettings::decisionDeadlineDays()), &decisionDays));
    NOV_RETURN_IF_ERROR(
        take(settings.value(OfficeSettings::contractDeadlineDays()), &contractDays));
    // Overdue as the Overdue page counts it: since + days < today.
    NOV_RETURN_IF_ERROR(
        take(repo.overdueCases(filter, today.addDays(-decisionDays), today.addDays(-contractDays)),
             &d.overdueCases));
    return d;
}

Status DashboardService::recordExport(const Actor &actor, const QString &format,
                                      const Filter &filter, const QString &file) {
    if (Status s = actor.require(Permission::ExportDashboard, tr("export the dashboard")); !s)
        return s;
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    const QJsonObject details{
        {QStringLiteral("format"), format},
        {QStringLiteral("file"), file},
        {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
        {QStringLiteral("okrug"), filter.okrug},
        {QStringLiteral("district_id"), filter.districtId},
    };
    if (Status s = AuditLog::record(m_db, actor, QStringLiteral("dashboard.export"),
                                    QStringLiteral("dashboard"), 0, details);
        !s)
        return s;
    return tx.commit();
}

} // namespace nov
