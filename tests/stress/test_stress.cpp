#include "StressRun.h"
#include "TestSupport.h"

using namespace nov;

// Several clerks (processes) record key handovers and print acts at the same moment against
// one database: nothing is given twice, no act number is skipped or repeated, every print is
// counted, the milestones equal a recount, and nobody sees a "busy" error. Kept small for
// CTest; the benchmark (tests/bench) runs 8 × 2,000.
TEST(Stress, ConcurrentClerksNeverDoubleAssignOrSkipANumber) {
    test::TempDir dir;
    stress::Options options;
    options.location = test::smallDemo(dir, QStringLiteral("stress.db"));
    options.workerBinary = QStringLiteral(NOVOSELYE_STRESS_WORKER);
    options.workers = 4;
    // PostgreSQL: every statement is a round trip to the server, slow on a busy CI machine
    options.handoversPerWorker = test::onPostgres() ? 15 : 30;
    options.printsPerWorker = options.handoversPerWorker / 4;
    auto pool =
        stress::prepare(options.location, options.workers * options.handoversPerWorker, false);
    ASSERT_TRUE(pool.ok()) << pool.error().toText().toStdString();
    auto report = stress::run(options, 300000);
    ASSERT_TRUE(report.ok()) << report.error().toText().toStdString();
    EXPECT_TRUE(report->workerErrors.isEmpty()) << report->workerErrors.join(u'\n').toStdString();
    EXPECT_TRUE(report->problems.isEmpty()) << report->problems.join(u'\n').toStdString();
    EXPECT_EQ(report->handovers, options.workers * options.handoversPerWorker);
    EXPECT_EQ(report->prints, options.workers * options.printsPerWorker);
    EXPECT_EQ(report->retries, 0) << "a normal conflict waits; it never surfaces as busy";
    std::printf("stress: %d handovers, %d prints, %d collisions in %.1f s (%.0f handovers/s)\n",
                report->handovers, report->prints, report->collisions, report->seconds,
                report->handoversPerSecond());
}

// The check itself notices a broken guarantee (so the test above can fail).
TEST(Stress, TheCheckNoticesHandoversThatAreMissing) {
    test::TempDir dir;
    const QString location = test::smallDemo(dir, QStringLiteral("stress.db"));
    auto pool = stress::prepare(location, 8, false);
    ASSERT_TRUE(pool.ok()) << pool.error().toText().toStdString();
    auto clean = stress::check(location, 0, 0);
    ASSERT_TRUE(clean.ok()) << clean.error().toText().toStdString();
    EXPECT_TRUE(clean->isEmpty()) << clean->join(u'\n').toStdString();
    auto missing = stress::check(location, 1, 0);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->isEmpty()) << "one handover expected, none recorded";
}
