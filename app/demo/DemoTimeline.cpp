#include "DemoTimeline.h"

#include <cmath>

namespace nov {

namespace {

// After the last yearly anchor the pace continues at this many residents a month.
constexpr double kMonthlyPaceAfterAnchors = 2600.0;

QDate workingDayOnOrAfter(QDate d) {
    if (d.month() == 1 && d.day() <= 8) // New Year holidays
        d = QDate(d.year(), 1, 9);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QDate workingDayBefore(const QDate &today) {
    QDate d = today.addDays(-1);
    while (d.dayOfWeek() > 5 || (d.month() == 1 && d.day() <= 8))
        d = d.addDays(-1);
    return d;
}

} // namespace

DemoTimeline::DemoTimeline(double scale, const QDate &today)
    : m_scale(scale)
    , m_last(workingDayBefore(today)) {
    const QList<Anchor> full = {
        {firstHandover(), 0},        {QDate(2019, 1, 1), 4000},   {QDate(2020, 1, 1), 14000},
        {QDate(2021, 1, 1), 30000},  {QDate(2022, 1, 1), 58000},  {QDate(2023, 1, 10), 100000},
        {QDate(2024, 1, 1), 138000}, {QDate(2025, 1, 1), 178000}, {QDate(2026, 1, 1), 219000},
    };
    for (const Anchor &a : full) {
        if (a.date > m_last)
            break;
        m_anchors.append(a);
    }
    const Anchor &tail = m_anchors.constLast();
    if (tail.date < m_last) {
        const double months = double(tail.date.daysTo(m_last)) / 30.44;
        m_anchors.append({m_last, tail.residents + months * kMonthlyPaceAfterAnchors});
    }
    m_total = qint64(std::floor(m_anchors.constLast().residents * m_scale));
}

QDate DemoTimeline::dateFor(qint64 residentIndex) const {
    const double full = double(residentIndex) / m_scale;
    for (int i = 1; i < m_anchors.size(); ++i) {
        const Anchor &a = m_anchors.at(i - 1);
        const Anchor &b = m_anchors.at(i);
        if (full < b.residents) {
            const double t = (full - a.residents) / (b.residents - a.residents);
            const QDate d = a.date.addDays(qint64(std::ceil(t * double(a.date.daysTo(b.date)))));
            return std::min(workingDayOnOrAfter(d), m_last);
        }
    }
    return m_last;
}

} // namespace nov
