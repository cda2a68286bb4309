// The milestone forecast on synthetic series whose answer is known in advance.
#include "domain/Forecast.h"

#include <gtest/gtest.h>

using namespace nov;

namespace {

const QDate kToday(2026, 11, 26);

// `perDay` residents every day of the last `weeks` weeks.
QList<Forecast::DailyCount> steady(int perDay, int weeks) {
    QList<Forecast::DailyCount> days;
    for (int i = 7 * weeks - 1; i >= 0; --i)
        days.append({kToday.addDays(-i), perDay});
    return days;
}

// Week w (0 = oldest of `weeks`) gets weekly(w), all on the week's first day.
template <typename F> QList<Forecast::DailyCount> byWeek(int weeks, F weekly) {
    QList<Forecast::DailyCount> days;
    for (int w = 0; w < weeks; ++w)
        days.append({kToday.addDays(-7 * (weeks - w) + 1), qint64(weekly(w))});
    return days;
}

} // namespace

TEST(Forecast, SteadyPaceReachesTheTargetOnTheExactDay) {
    const auto reach = Forecast::reach(steady(100, 12), 10'000, 10'700, kToday);
    EXPECT_TRUE(reach.reachable);
    EXPECT_FALSE(reach.reached);
    EXPECT_DOUBLE_EQ(reach.pacePerWeek, 700.0);
    EXPECT_DOUBLE_EQ(reach.trendPerWeek, 0.0);
    EXPECT_EQ(reach.remaining, 700);
    EXPECT_EQ(reach.expected, kToday.addDays(7));
    // no scatter, no range
    EXPECT_EQ(reach.earliest, reach.expected);
    EXPECT_EQ(reach.latest, reach.expected);
}

TEST(Forecast, OnlyTheLastWeeksCount) {
    // A slow distant past does not drag the pace down.
    QList<Forecast::DailyCount> days = steady(100, 12);
    days.prepend({kToday.addDays(-400), 50'000});
    const auto reach = Forecast::reach(days, 0, 1400, kToday);
    EXPECT_EQ(reach.expected, kToday.addDays(14));
}

TEST(Forecast, RisingPaceFollowsTheFittedLine) {
    // Weekly counts 700, 770, 840, …: the line through them is exact; the rate at week time t
    // (weeks centred at 0, today at t = 6) is 1085 + 70·t, so the two weeks after today bring
    // 1085·2 + 70·(8² − 6²)/2 = 3150.
    const auto days = byWeek(12, [](int w) { return 700 + 70 * w; });
    const auto fit = Forecast::fit(days, kToday);
    EXPECT_NEAR(fit.trend, 70.0, 1e-9);
    EXPECT_NEAR(fit.level, 1085.0, 1e-9);
    EXPECT_NEAR(fit.scatter, 0.0, 1e-9);
    EXPECT_TRUE(fit.trendKept); // an exact line: the trend stands out of a scatter of zero
    EXPECT_NEAR(fit.pace(), 1505.0, 1e-9);
    EXPECT_NEAR(fit.added(14), 3150.0, 1e-9);
    const auto reach = Forecast::reach(days, 0, 3150, kToday);
    EXPECT_EQ(reach.expected, kToday.addDays(14));
    EXPECT_EQ(Forecast::reach(days, 0, 3151, kToday).expected, kToday.addDays(15));
}

TEST(Forecast, ScatterWidensTheRangeAroundTheExpectedDay) {
    // Alternating 600 and 800 a week: mean 700, no trend, the range on both sides.
    const auto days = byWeek(12, [](int w) { return w % 2 ? 800 : 600; });
    const auto reach = Forecast::reach(days, 0, 7000, kToday);
    ASSERT_TRUE(reach.reachable);
    EXPECT_GT(reach.earliest, kToday);
    EXPECT_LT(reach.earliest, reach.expected);
    EXPECT_LT(reach.expected, reach.latest);
    // the alternation's fitted trend (≈4 a week) is within its standard error (≈8): dropped,
    // so 7000 at 700 a week take exactly ten weeks
    EXPECT_FALSE(Forecast::fit(days, kToday).trendKept);
    EXPECT_EQ(kToday.daysTo(reach.expected), 70);
    // a wider interval (z) widens the range; the pessimistic end may leave the horizon
    // altogether (the trend's uncertainty grows with the square of the time ahead)
    ForecastOptions wide;
    wide.z = 3.0;
    const auto wider = Forecast::reach(days, 0, 7000, kToday, wide);
    EXPECT_LT(wider.earliest, reach.earliest);
    EXPECT_TRUE(!wider.latest.isValid() || wider.latest > reach.latest);
}

TEST(Forecast, ProjectionStartsAtTheCountAndCarriesTheRange) {
    const auto days = byWeek(12, [](int w) { return w % 2 ? 800 : 600; });
    const auto points = Forecast::project(Forecast::fit(days, kToday), 5000, 28);
    ASSERT_EQ(points.size(), 29);
    EXPECT_EQ(points.first().day, kToday);
    EXPECT_DOUBLE_EQ(points.first().expected, 5000.0);
    EXPECT_EQ(points.last().day, kToday.addDays(28));
    EXPECT_LT(points.last().low, points.last().expected);
    EXPECT_GT(points.last().high, points.last().expected);
}

TEST(Forecast, ReachedTargetAndOutOfReachAreSaid) {
    EXPECT_TRUE(Forecast::reach(steady(100, 12), 5000, 5000, kToday).reached);
    // a pace falling to nothing never reaches a far target
    const auto falling = byWeek(12, [](int w) { return 1100 - 100 * w; });
    const auto far = Forecast::reach(falling, 0, 1'000'000, kToday);
    EXPECT_FALSE(far.reachable);
    EXPECT_FALSE(far.expected.isValid());
    // no handovers at all: no forecast
    EXPECT_FALSE(Forecast::reach({}, 0, 100, kToday).reachable);
}

TEST(Forecast, ATrendLostInTheScatterIsNotExtrapolated) {
    // A small office's last 12 weeks: 15 residents, 1.25 a week, busier at the start. The
    // least-squares line falls by 0.08 a week, less than its standard error (≈0.12);
    // extrapolated, it would bend the count down and never bring the 5 residents still to go.
    // At the mean pace they take exactly four weeks.
    const QList<int> weekly = {4, 0, 0, 4, 0, 0, 2, 0, 1, 1, 3, 0};
    const auto days = byWeek(12, [&](int w) { return weekly.at(w); });
    const auto fit = Forecast::fit(days, kToday);
    EXPECT_FALSE(fit.trendKept);
    EXPECT_DOUBLE_EQ(fit.trend, 0.0);
    EXPECT_DOUBLE_EQ(fit.pace(), 1.25);
    const auto reach = Forecast::reach(days, 490, 495, kToday);
    ASSERT_TRUE(reach.reachable);
    EXPECT_EQ(reach.expected, kToday.addDays(28));
    EXPECT_LT(reach.earliest, reach.expected);
    EXPECT_TRUE(reach.latest.isValid());
    EXPECT_GT(reach.latest, reach.expected);
}
