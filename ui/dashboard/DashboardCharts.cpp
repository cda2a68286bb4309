#include "DashboardCharts.h"

#include "i18n/Formats.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace nov {

namespace {

const char *const kMilestoneAxis = "milestoneAxis";

// Okrugs in the order Moscow lists them, with their Latin abbreviations (the source text;
// Russian shows the code).
const QList<std::pair<QString, const char *>> &okrugs() {
    static const QList<std::pair<QString, const char *>> list = {
        {QStringLiteral("ЦАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "TsAO")},
        {QStringLiteral("САО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "SAO")},
        {QStringLiteral("СВАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "SVAO")},
        {QStringLiteral("ВАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "VAO")},
        {QStringLiteral("ЮВАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "YuVAO")},
        {QStringLiteral("ЮАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "YuAO")},
        {QStringLiteral("ЮЗАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "YuZAO")},
        {QStringLiteral("ЗАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "ZAO")},
        {QStringLiteral("СЗАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "SZAO")},
        {QStringLiteral("ЗелАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "ZelAO")},
        {QStringLiteral("НАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "NAO")},
        {QStringLiteral("ТАО"), QT_TRANSLATE_NOOP("nov::DashboardCharts", "TAO")},
    };
    return list;
}

// Counts on an axis: in thousands once they are large.
struct Scale {
    double divisor = 1;
    QString title;
};

Scale scaleFor(double largest) {
    if (largest >= 20000)
        return {1000, DashboardCharts::tr("thousand residents")};
    return {1, DashboardCharts::tr("residents")};
}

QString number(double value) {
    return QLocale().toString(qint64(std::llround(value)));
}

QString shortNumber(double value, const Scale &scale) {
    const double scaled = value / scale.divisor;
    return scale.divisor > 1 ? DashboardCharts::tr("%1 k").arg(QLocale().toString(scaled, 'f', 0))
                             : number(value);
}

qreal msecs(const QDate &day) {
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QDate dayAt(qreal x) {
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

void styleAxis(QAbstractAxis *axis, double points = 8) {
    QFont font = axis->labelsFont();
    font.setPointSizeF(points);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(8);
    title.setBold(false);
    axis->setTitleFont(title);
}

// A chart to fill: `reuse` emptied of its series and axes when given (the chart itself, its
// theme, legend and place in a view stay), a new one otherwise.
QChart *newChart(const QString &title, QChart *reuse = nullptr) {
    if (reuse) {
        reuse->removeAllSeries();
        for (QAbstractAxis *axis : reuse->axes()) {
            reuse->removeAxis(axis);
            delete axis;
        }
        reuse->setTitle(title);
        reuse->legend()->setVisible(true);
        return reuse;
    }
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(9.5);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8);
    chart->legend()->setFont(legend);
    return chart;
}

// Labels for a count axis from `bottom` to `top` in the program's language (QValueAxis
// prints raw printf-formatted values): a label at each round value.
void fillCountAxis(QCategoryAxis *axis, double top, const Scale &scale, int mostLabels,
                   double bottom = 0) {
    axis->setRange(bottom, top);
    // the smallest round step (1, 2 or 5 × 10^k) that keeps the labels apart
    const double span = top - bottom;
    double step = std::pow(10.0, std::floor(std::log10(std::max(span, 10.0) / mostLabels)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (span / (step * factor) <= mostLabels) {
            step *= factor;
            break;
        }
    }
    for (double v = std::ceil(bottom / step) * step; v <= top; v += step)
        axis->append(v == 0 ? QStringLiteral("0") : shortNumber(v, scale), v);
}

QCategoryAxis *countAxis(double top, const Scale &scale, int mostLabels, double bottom = 0) {
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    fillCountAxis(axis, top, scale, mostLabels, bottom);
    styleAxis(axis);
    return axis;
}

void showTip(const QString &text) {
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

QString DashboardCharts::okrugLabel(const QString &code) {
    for (const auto &[okrug, latin] : okrugs()) {
        if (okrug == code)
            return tr(latin);
    }
    return code;
}

namespace {

// What the cumulative chart's tooltips read; a child of the chart, replaced on each update.
class CumulativeData : public QObject {
public:
    explicit CumulativeData(QObject *parent)
        : QObject(parent) {
        setObjectName(QStringLiteral("cumulativeData"));
    }
    QList<DashboardService::CumulativePoint> cumulative;
    QList<Forecast::Point> projection;
    QStringList reachedTips;
};

// The cumulative chart's parts, made once per chart and found again by name on later updates.
struct CumulativeParts {
    CumulativeData *data = nullptr;
    QLineSeries *relocated = nullptr;
    QLineSeries *upper = nullptr;
    QLineSeries *lower = nullptr;
    QAreaSeries *range = nullptr;
    QLineSeries *expected = nullptr;
    QScatterSeries *reached = nullptr;
    QCategoryAxis *x = nullptr;
    QCategoryAxis *y = nullptr;
    QCategoryAxis *labels = nullptr;
    QList<QLineSeries *> lines; // milestone lines, a pool: the unused ones are hidden
};

template <typename T> T *named(const QList<QAbstractSeries *> &series, const QString &name) {
    for (QAbstractSeries *s : series) {
        if (s->objectName() == name)
            return static_cast<T *>(s);
    }
    return nullptr;
}

void attach(QChart *chart, QAbstractSeries *series, const CumulativeParts &p) {
    chart->addSeries(series);
    series->attachAxis(p.x);
    series->attachAxis(p.y);
    series->attachAxis(p.labels);
}

CumulativeParts cumulativeParts(QChart *chart) {
    CumulativeParts p;
    p.data = static_cast<CumulativeData *>(
        chart->findChild<QObject *>(QStringLiteral("cumulativeData"), Qt::FindDirectChildrenOnly));
    if (p.data) {
        const QList<QAbstractSeries *> series = chart->series();
        p.relocated = named<QLineSeries>(series, QStringLiteral("relocated"));
        p.range = named<QAreaSeries>(series, QStringLiteral("range"));
        p.upper = p.range->upperSeries();
        p.lower = p.range->lowerSeries();
        p.expected = named<QLineSeries>(series, QStringLiteral("expected"));
        p.reached = named<QScatterSeries>(series, QStringLiteral("reached"));
        for (QAbstractSeries *s : series) {
            if (s->objectName() == QLatin1String("milestoneLine"))
                p.lines.append(static_cast<QLineSeries *>(s));
        }
        p.x = static_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            auto *category = static_cast<QCategoryAxis *>(axis);
            (axis->objectName() == QLatin1String(kMilestoneAxis) ? p.labels : p.y) = category;
        }
        return p;
    }
    // First use: every series and axis, each series on the three axes.
    auto *data = new CumulativeData(chart);
    p.data = data;
    p.x = new QCategoryAxis;
    p.x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(p.x);
    chart->addAxis(p.x, Qt::AlignBottom);
    p.y = new QCategoryAxis;
    p.y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(p.y);
    chart->addAxis(p.y, Qt::AlignLeft);
    p.labels = new QCategoryAxis;
    p.labels->setObjectName(QString::fromLatin1(kMilestoneAxis));
    p.labels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    p.labels->setGridLineVisible(false);
    p.labels->setLabelsColor(QColor(0xa0, 0x4e, 0x00));
    p.labels->setTitleText(DashboardCharts::tr("milestones"));
    styleAxis(p.labels);
    chart->addAxis(p.labels, Qt::AlignRight);

    p.relocated = new QLineSeries;
    p.relocated->setObjectName(QStringLiteral("relocated"));
    p.relocated->setName(DashboardCharts::tr("Relocated"));
    QPen pen(QColor(0x1f, 0x6f, 0xb4));
    pen.setWidthF(2.2);
    p.relocated->setPen(pen);
    attach(chart, p.relocated, p);
    QObject::connect(
        p.relocated, &QLineSeries::hovered, p.relocated, [data](const QPointF &at, bool state) {
            if (!state)
                return;
            const QDate day = dayAt(at.x());
            const auto &cumulative = data->cumulative;
            auto it =
                std::upper_bound(cumulative.begin(), cumulative.end(), day,
                                 [](const QDate &x, const auto &point) { return x < point.day; });
            const qint64 total = it == cumulative.begin() ? 0 : (it - 1)->total;
            showTip(DashboardCharts::tr("%1: %2 residents relocated")
                        .arg(Formats::date(day), number(double(total))));
        });

    p.upper = new QLineSeries(chart);
    p.lower = new QLineSeries(chart);
    p.range = new QAreaSeries(p.upper, p.lower);
    p.range->setObjectName(QStringLiteral("range"));
    p.range->setName(DashboardCharts::tr("Forecast range"));
    p.range->setBrush(QColor(0x1f, 0x6f, 0xb4, 45));
    p.range->setPen(Qt::NoPen);
    attach(chart, p.range, p);
    p.expected = new QLineSeries;
    p.expected->setObjectName(QStringLiteral("expected"));
    p.expected->setName(DashboardCharts::tr("Forecast"));
    QPen dashed(QColor(0x1f, 0x6f, 0xb4));
    dashed.setWidthF(2);
    dashed.setStyle(Qt::DashLine);
    p.expected->setPen(dashed);
    attach(chart, p.expected, p);
    auto tip = [data](const QPointF &at, bool state) {
        if (!state)
            return;
        const QDate day = dayAt(at.x());
        for (const auto &point : std::as_const(data->projection)) {
            if (point.day >= day) {
                showTip(DashboardCharts::tr("Forecast for %1: %2 (from %3 to %4)")
                            .arg(Formats::date(point.day), number(point.expected),
                                 number(point.low), number(point.high)));
                return;
            }
        }
    };
    QObject::connect(p.expected, &QLineSeries::hovered, p.expected, tip);
    QObject::connect(p.range, &QAreaSeries::hovered, p.range, tip);

    p.reached = new QScatterSeries;
    p.reached->setObjectName(QStringLiteral("reached"));
    p.reached->setName(DashboardCharts::tr("Milestone reached"));
    p.reached->setMarkerSize(11);
    p.reached->setColor(QColor(0xd9, 0x6b, 0x00));
    p.reached->setBorderColor(Qt::white);
    attach(chart, p.reached, p);
    QScatterSeries *reached = p.reached;
    QObject::connect(p.reached, &QScatterSeries::hovered, p.reached,
                     [reached, data](const QPointF &at, bool state) {
                         if (!state)
                             return;
                         const auto pts = reached->points();
                         for (int i = 0; i < pts.size(); ++i) {
                             if (std::abs(pts[i].y() - at.y()) <= pts[i].y() * 0.02 + 1)
                                 return showTip(data->reachedTips.value(i));
                         }
                     });
    return p;
}

// Shows the series when it has something to draw, its legend entry with it.
void showSeries(QChart *chart, QAbstractSeries *series, bool visible, bool inLegend = true) {
    series->setVisible(visible);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(visible && inLegend);
}

// Replaces the axis' labels (a category axis has no clear()).
void clearCategories(QCategoryAxis *axis) {
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

// A date axis as categories: labels on the first day of each year (or quarter, or month, as
// the span allows), in the program's language.
void fillDateAxis(QCategoryAxis *axis, const QDate &first, const QDate &last) {
    clearCategories(axis);
    axis->setRange(msecs(first), msecs(last));
    const qint64 days = first.daysTo(last);
    const int step = days > 3 * 365 ? 12 : days > 180 ? 3 : 1;
    const QLocale locale;
    QDate tick(first.year(), first.month(), 1);
    while ((tick.month() - 1) % step != 0)
        tick = tick.addMonths(1);
    for (; tick <= last; tick = tick.addMonths(step)) {
        if (tick < first)
            continue;
        const QString label =
            step == 12 ? QString::number(tick.year())
                       : QStringLiteral("%1 %2")
                             .arg(locale.standaloneMonthName(tick.month(), QLocale::ShortFormat))
                             .arg(tick.year() % 100, 2, 10, QLatin1Char('0'));
        axis->append(label, msecs(tick));
    }
}

// The cumulative curve thinned to what `width` pixels can show (about one point per two
// pixels): the last day of each step is kept, and the first and last days always.
QList<QPointF> curvePoints(const QList<DashboardService::CumulativePoint> &cumulative,
                           const QDate &first, const QDate &last, int width) {
    QList<QPointF> points;
    const int most = std::clamp(width / 2, 100, DashboardCharts::kCurvePoints);
    points.reserve(std::min<qsizetype>(cumulative.size(), most + 2));
    const qint64 gap = std::max<qint64>(1, first.daysTo(last) / most);
    QDate lastDrawn;
    for (int i = 0; i < cumulative.size(); ++i) {
        const auto &p = cumulative[i];
        if (lastDrawn.isValid() && lastDrawn.daysTo(p.day) < gap && i + 1 < cumulative.size())
            continue;
        points.append({msecs(p.day), double(p.total)});
        lastDrawn = p.day;
    }
    return points;
}

} // namespace

QChart *DashboardCharts::cumulative(const DashboardService::Dashboard &d) {
    QChart *chart = newChart(tr("Relocated residents, cumulative"));
    updateCumulative(chart, d);
    return chart;
}

void DashboardCharts::updateCumulative(QChart *chart, const DashboardService::Dashboard &d,
                                       int width) {
    const bool placed = !d.filter.okrug.isEmpty() || d.filter.districtId > 0;
    CumulativeParts p = cumulativeParts(chart);
    p.data->cumulative = d.cumulative;
    p.data->projection = d.projection;
    p.data->reachedTips.clear();
    if (d.cumulative.isEmpty()) {
        chart->setTitle(tr("Relocated residents: no key handovers in this range"));
        for (QAbstractSeries *series : chart->series())
            showSeries(chart, series, false);
        for (QAbstractAxis *axis : chart->axes())
            axis->setVisible(false);
        return;
    }
    chart->setTitle(tr("Relocated residents, cumulative"));
    p.x->setVisible(true);
    p.y->setVisible(true);
    const QDate first = d.cumulative.first().day;
    const QDate last = d.projection.isEmpty() ? d.cumulative.last().day : d.projection.last().day;
    double largest = double(d.cumulative.last().total);
    if (!d.projection.isEmpty())
        largest = std::max(largest, d.projection.last().expected);
    // the next target is in view when the curve is the programme's own
    if (!placed && d.nextTarget > 0)
        largest = std::max(largest, double(d.nextTarget));
    // A period that starts later starts the axis near the curve, not at zero.
    const double start = double(d.cumulative.first().total);
    const double bottom =
        d.filter.from.isValid() ? std::max(0.0, start - (largest - start) * 0.15) : 0.0;
    const double top = largest + (largest - bottom) * 0.08;

    p.relocated->replace(curvePoints(d.cumulative, first, last, width));
    showSeries(chart, p.relocated, true);

    QList<QPointF> upper, lower, expected;
    const int every = std::max(1, int(d.projection.size()) / 150);
    for (int i = 0; i < d.projection.size(); ++i) {
        if (i % every != 0 && i + 1 < d.projection.size())
            continue;
        const auto &point = d.projection[i];
        upper.append({msecs(point.day), std::min(point.high, top)});
        lower.append({msecs(point.day), std::max(point.low, bottom)});
        expected.append({msecs(point.day), point.expected});
    }
    p.upper->replace(upper);
    p.lower->replace(lower);
    p.expected->replace(expected);
    showSeries(chart, p.range, !d.projection.isEmpty());
    showSeries(chart, p.expected, !d.projection.isEmpty());

    QList<qint64> targets;
    QList<QPointF> reachedPoints;
    if (!placed) {
        for (const auto &m : d.milestones) {
            if (m.target > top || m.target < bottom)
                continue;
            targets.append(m.target);
            if (m.reachedOn.isValid() && m.reachedOn >= first) {
                reachedPoints.append({msecs(m.reachedOn), double(m.target)});
                p.data->reachedTips
                    << tr("Milestone %1 reached on %2")
                           .arg(number(double(m.target)), Formats::date(m.reachedOn));
            }
        }
    }
    p.reached->replace(reachedPoints);
    showSeries(chart, p.reached, !placed);

    const Scale scale = scaleFor(top);
    fillDateAxis(p.x, first, last);
    clearCategories(p.y);
    fillCountAxis(p.y, top, scale, 6, bottom);
    p.y->setTitleText(scale.title);

    // Each target a dashed horizontal line, labelled on the axis on the right.
    clearCategories(p.labels);
    p.labels->setRange(bottom, top);
    p.labels->setVisible(!targets.isEmpty());
    QPen dashed(QColor(0xd9, 0x6b, 0x00));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.2);
    while (p.lines.size() < targets.size()) {
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("milestoneLine"));
        line->setPen(dashed);
        attach(chart, line, p);
        p.lines.append(line);
    }
    for (int i = 0; i < p.lines.size(); ++i) {
        QLineSeries *line = p.lines[i];
        if (i < targets.size()) {
            const double target = double(targets[i]);
            p.labels->append(shortNumber(target, scale), target);
            line->replace({{msecs(first), target}, {msecs(last), target}});
        }
        showSeries(chart, line, i < targets.size(), false);
    }
}

QList<qint64> DashboardCharts::milestoneLines(const QChart *cumulative) {
    QList<qint64> targets;
    for (QAbstractAxis *axis : cumulative->axes(Qt::Vertical)) {
        if (axis->objectName() != QLatin1String(kMilestoneAxis) || !axis->isVisible())
            continue;
        auto *lines = static_cast<QCategoryAxis *>(axis);
        for (const QString &label : lines->categoriesLabels())
            targets.append(qint64(std::llround(lines->endValue(label))));
    }
    return targets;
}

QChart *DashboardCharts::monthly(const DashboardService::Dashboard &d, bool byOkrug,
                                 QChart *reuse) {
    QStringList months;
    for (const auto &m : d.months) {
        if (months.isEmpty() || months.last() != m.month)
            months.append(m.month);
    }
    const bool cut = months.size() > kMonths;
    months = months.mid(std::max(0, int(months.size()) - kMonths));
    QChart *chart = newChart(cut ? tr("Residents relocated per month (last %1 months)").arg(kMonths)
                                 : tr("Residents relocated per month"),
                             reuse);
    QHash<QString, int> column;
    QStringList labels;
    for (int i = 0; i < months.size(); ++i) {
        column.insert(months[i], i);
        const QDate day = QDate::fromString(months[i] + QStringLiteral("-01"), Qt::ISODate);
        labels << QStringLiteral("%1.%2")
                      .arg(day.month(), 2, 10, QLatin1Char('0'))
                      .arg(day.year() % 100, 2, 10, QLatin1Char('0'));
    }
    auto *series = new QStackedBarSeries;
    QList<QBarSet *> sets;
    QHash<QString, QBarSet *> byCode;
    auto setFor = [&](const QString &okrug) {
        const QString key = byOkrug ? okrug : QString();
        if (QBarSet *set = byCode.value(key))
            return set;
        auto *set = new QBarSet(byOkrug ? okrugLabel(okrug) : tr("Residents"));
        for (int i = 0; i < months.size(); ++i)
            set->append(0);
        byCode.insert(key, set);
        return set;
    };
    if (byOkrug) {
        for (const auto &[code, latin] : okrugs()) {
            Q_UNUSED(latin);
            for (const auto &m : d.months) {
                if (m.okrug == code && column.contains(m.month)) {
                    sets.append(setFor(code));
                    break;
                }
            }
        }
    }
    double largest = 0;
    QList<double> totals(months.size(), 0.0);
    for (const auto &m : d.months) {
        const auto it = column.constFind(m.month);
        if (it == column.constEnd())
            continue;
        QBarSet *set = setFor(m.okrug);
        if (!sets.contains(set))
            sets.append(set);
        set->replace(*it, set->at(*it) + double(m.residents));
        totals[*it] += double(m.residents);
        largest = std::max(largest, totals[*it]);
    }
    if (!byOkrug && !sets.isEmpty())
        sets.first()->setColor(QColor(0x1f, 0x6f, 0xb4));
    series->append(sets);
    chart->addSeries(series);
    chart->legend()->setVisible(byOkrug);
    QObject::connect(series, &QStackedBarSeries::hovered, series,
                     [labels, totals](bool state, int index, QBarSet *set) {
                         if (!state || index < 0 || index >= labels.size())
                             return;
                         showTip(tr("%1 · %2: %3 of %4")
                                     .arg(labels[index], set->label(), number(set->at(index)),
                                          number(totals[index])));
                     });
    // Bars sit at 0, 1, 2, …; a label on every third month keeps them readable.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<qsizetype>(1, months.size()) - 0.5);
    x->setGridLineVisible(false);
    const QLocale locale;
    for (int i = 0; i < months.size(); ++i) {
        const QDate first = QDate::fromString(months[i] + QStringLiteral("-01"), Qt::ISODate);
        if (months.size() > 12 && (first.month() - 1) % 3 != 0)
            continue;
        x->append(QStringLiteral("%1 %2")
                      .arg(locale.standaloneMonthName(first.month(), QLocale::ShortFormat))
                      .arg(first.year() % 100, 2, 10, QLatin1Char('0')),
                  i);
    }
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = countAxis(std::max(1.0, largest * 1.1), scaleFor(largest), 4);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardCharts::areas(const DashboardService::Dashboard &d, QChart *reuse) {
    QChart *chart = newChart(d.areasAreDistricts ? tr("By district: relocated and still to move")
                                                 : tr("By okrug: relocated and still to move"),
                             reuse);
    auto *relocated = new QBarSet(tr("Relocated"));
    relocated->setColor(QColor(0x1f, 0x6f, 0xb4));
    auto *waiting = new QBarSet(tr("Still to move"));
    waiting->setColor(QColor(0xc8, 0xd3, 0xde));
    QStringList labels;
    double largest = 0;
    // the first category is drawn at the bottom: the list goes in reverse
    for (auto it = d.areas.crbegin(); it != d.areas.crend(); ++it) {
        const bool russian = QLocale().language() == QLocale::Russian;
        labels << (d.areasAreDistricts ? (russian || it->nameEn.isEmpty() ? it->name : it->nameEn)
                                       : okrugLabel(it->key));
        relocated->append(double(it->relocated));
        waiting->append(double(it->toMove));
        largest = std::max(largest, double(it->relocated + it->toMove));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({relocated, waiting});
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QObject::connect(
        series, &QHorizontalStackedBarSeries::hovered, series,
        [labels, relocated, waiting](bool state, int index, QBarSet *) {
            if (!state || index < 0 || index >= labels.size())
                return;
            const double done = relocated->at(index);
            const double all = done + waiting->at(index);
            showTip(tr("%1: %2 relocated, %3 still to move (%4 %)")
                        .arg(labels[index], number(done), number(waiting->at(index)),
                             QLocale().toString(all > 0 ? 100 * done / all : 0.0, 'f', 1)));
        });
    // Bars sit at 0, 1, 2, …; a category axis labels each (a bar category axis elides them).
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(-0.5, std::max<qsizetype>(1, labels.size()) - 0.5);
    y->setGridLineVisible(false);
    for (int i = 0; i < labels.size(); ++i)
        y->append(labels[i], i);
    styleAxis(y, 7.5);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = countAxis(std::max(1.0, largest * 1.05), scaleFor(largest), 6);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace nov
