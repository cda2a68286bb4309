#include "MilestonePlanner.h"

#include "CounterRepository.h"
#include "MilestoneRepository.h"
#include "domain/Forecast.h"

namespace nov {

Result<QList<MilestonePlanner::Plan>> MilestonePlanner::plan(const QDate &today, int count) {
    db::MilestoneRepository repo(m_db);
    auto relocated = db::CounterRepository(m_db).relocatedResidents();
    if (!relocated)
        return relocated.error();
    auto upcoming = repo.milestonesFrom(relocated.value() + 1);
    if (!upcoming)
        return upcoming.error();
    QList<Plan> plans;
    for (const auto &m : std::as_const(upcoming.value())) {
        if (m.reachedOn.isValid())
            continue;
        Plan p;
        p.milestoneId = m.id;
        p.target = m.target;
        p.title = m.title;
        p.toGo = m.target - relocated.value() - 1;
        plans.append(p);
        if (plans.size() == count)
            break;
    }
    if (plans.isEmpty())
        return plans;

    // The appointments in (date, id) order, as the counter will count them if kept.
    qint64 running = relocated.value();
    qsizetype next = 0;
    struct Hit {
        qsizetype plan;
        db::MilestoneRepository::Appointment appointment;
        int memberIndex;
    };
    QList<Hit> hits;
    Status walked = repo.walkAppointments(today, [&](const auto &a) {
        while (next < plans.size() && running + a.residentsCount >= plans[next].target) {
            hits.append({next, a, int(plans[next].target - running - 1)});
            ++next;
        }
        running += a.residentsCount;
        return next < plans.size();
    });
    if (!walked)
        return walked.error();
    for (const Hit &hit : std::as_const(hits)) {
        Plan &p = plans[hit.plan];
        auto member = repo.member(hit.appointment.householdId, hit.memberIndex);
        if (!member)
            return member.error();
        p.byAppointment = true;
        p.keyHandoverId = hit.appointment.id;
        p.householdId = hit.appointment.householdId;
        p.caseNumber = member->caseNumber;
        p.residentId = member->residentId;
        p.residentName = member->fullName;
        p.expectedOn = hit.appointment.scheduledFor;
    }
    if (next == plans.size())
        return plans;

    // Beyond the appointments: the dashboard's forecast (a line through the recent weekly
    // counts with its prediction interval), so both windows name the same date.
    const ForecastOptions options;
    auto perDay = repo.relocatedPerDay(today.addDays(-options.weeks * 7), today);
    if (!perDay)
        return perDay.error();
    QList<Forecast::DailyCount> daily;
    for (const auto &[day, residents] : std::as_const(perDay.value()))
        daily.append({day, residents});
    const Forecast::Fit fit = Forecast::fit(daily, today, options);
    for (qsizetype i = next; i < plans.size(); ++i) {
        Plan &p = plans[i];
        const Forecast::Reach reach =
            Forecast::reach(fit, relocated.value(), p.target, options.horizonDays);
        p.expectedOn = reach.expected;
        p.earliest = reach.earliest;
        p.latest = reach.latest;
    }
    return plans;
}

} // namespace nov
