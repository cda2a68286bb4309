#include "MilestonePlanner.h"

#include "CounterRepository.h"
#include "MilestoneRepository.h"

#include <cmath>

namespace nov {

namespace {

QDate forecast(const QDate &today, qint64 residents, double perDay) {
    if (perDay <= 0)
        return QDate();
    return today.addDays(qint64(std::ceil(double(residents) / perDay)));
}

} // namespace

Result<MilestonePlanner::Pace> MilestonePlanner::recentPace(const QDate &today) {
    const int days = kPaceWeeks * 7;
    auto perDay = db::MilestoneRepository(m_db).relocatedPerDay(today.addDays(-days), today);
    if (!perDay)
        return perDay.error();
    QList<qint64> weeks(kPaceWeeks, 0);
    qint64 total = 0;
    for (const auto &[day, residents] : std::as_const(perDay.value())) {
        weeks[int(day.daysTo(today) / 7)] += residents; // week 0 ends today
        total += residents;
    }
    Pace pace;
    pace.weeks = kPaceWeeks;
    pace.perDay = double(total) / days;
    pace.low = double(*std::min_element(weeks.cbegin(), weeks.cend())) / 7;
    pace.high = double(*std::max_element(weeks.cbegin(), weeks.cend())) / 7;
    return pace;
}

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

    auto pace = recentPace(today);
    if (!pace)
        return pace.error();
    for (qsizetype i = next; i < plans.size(); ++i) {
        Plan &p = plans[i];
        const qint64 residents = p.toGo + 1;
        p.expectedOn = forecast(today, residents, pace->perDay);
        p.earliest = forecast(today, residents, pace->high);
        p.latest = forecast(today, residents, pace->low);
    }
    return plans;
}

} // namespace nov
