#pragma once

#include <QDate>
#include <QList>

namespace nov {

// The programme's real pace of relocation, as cumulative relocated residents at full scale:
// 0 at the first handovers in February 2018, the 100,000th resident on 10 January 2023,
// about 250,000 by late 2026. Maps a resident count to a handover date and back, scaled.
class DemoTimeline {
public:
    DemoTimeline(double scale, const QDate &today);

    // Residents relocated by `today` at this scale.
    qint64 totalRelocated() const { return m_total; }
    // The handover date of the resident with this 0-based sequence number: a working day,
    // never after the last working day before `today`; non-decreasing in `residentIndex`.
    QDate dateFor(qint64 residentIndex) const;
    static QDate firstHandover() { return QDate(2018, 2, 20); }

private:
    struct Anchor {
        QDate date;
        double residents; // full-scale cumulative count
    };
    QList<Anchor> m_anchors;
    double m_scale;
    QDate m_last;
    qint64 m_total = 0;
};

} // namespace nov
