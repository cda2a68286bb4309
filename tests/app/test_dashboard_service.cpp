// The dashboard's figures against independent SQL over the base tables (joins the summary
// tables were made to avoid), with and without filters, and the summary triggers.
#include "DashboardRepository.h"
#include "Database.h"
#include "TestSupport.h"
#include "domain/DashboardService.h"
#include "domain/RelocationService.h"

#include <QFile>
#include <QSqlQuery>

using namespace nov;
using nov::test::scalar;

namespace {

const QDate kToday(2026, 11, 27);

const QString kRelocated = QStringLiteral(
    "SELECT COALESCE(SUM(k.residents_count), 0) FROM key_handover k "
    "JOIN household h ON h.id = k.household_id JOIN apartment a ON a.id = h.old_apartment_id "
    "JOIN building b ON b.id = a.building_id JOIN district d ON d.id = b.district_id "
    "WHERE k.handed_over_on IS NOT NULL ");

class DashboardTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_path = test::smallDemo(*s_dir, QStringLiteral("dashboard.db"));
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { m_db = test::openDatabase(s_path); }

    qint64 count(const QString &sql) { return scalar(*m_db, sql).toLongLong(); }
    DashboardService::Dashboard load(const DashboardService::Filter &filter = {}) {
        auto d = DashboardService(*m_db).load(filter, kToday);
        EXPECT_TRUE(d.ok()) << d.error().toText().toStdString();
        return d ? d.value() : DashboardService::Dashboard{};
    }
    // The summary tables equal a count over the base tables.
    void expectSummariesMatchBaseTables() {
        EXPECT_EQ(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM (SELECT k.handed_over_on AS day, b.district_id, "
                "COUNT(*) AS hh, SUM(k.residents_count) AS n FROM key_handover k "
                "JOIN household h ON h.id = k.household_id "
                "JOIN apartment a ON a.id = h.old_apartment_id "
                "JOIN building b ON b.id = a.building_id "
                "WHERE k.handed_over_on IS NOT NULL GROUP BY 1, 2) x "
                "FULL JOIN relocation_day r ON r.day = x.day AND r.district_id = "
                "x.district_id WHERE x.n IS DISTINCT FROM r.residents OR x.hh IS DISTINCT FROM "
                "r.households")),
            0);
        EXPECT_EQ(count(QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT b.district_id, COUNT(*) AS n FROM resident r "
                      "JOIN household h ON h.id = r.household_id "
                      "JOIN apartment a ON a.id = h.old_apartment_id "
                      "JOIN building b ON b.id = a.building_id GROUP BY 1) x "
                      "JOIN district_population p ON p.district_id = x.district_id "
                      "WHERE x.n <> p.residents")),
                  0);
        EXPECT_EQ(count(QStringLiteral("SELECT SUM(residents) FROM district_population")),
                  count(QStringLiteral("SELECT COUNT(*) FROM resident")));
        EXPECT_EQ(count(QStringLiteral("SELECT SUM(households) FROM district_population")),
                  count(QStringLiteral("SELECT COUNT(*) FROM household")));
    }

    static test::TempDir *s_dir;
    static QString s_path;
    std::unique_ptr<db::Database> m_db;
};

test::TempDir *DashboardTest::s_dir = nullptr;
QString DashboardTest::s_path;

} // namespace

TEST_F(DashboardTest, SummaryTablesMatchTheBaseTablesAfterTheDemoLoad) {
    ASSERT_GT(count(QStringLiteral("SELECT COUNT(*) FROM relocation_day")), 0);
    expectSummariesMatchBaseTables();
}

TEST_F(DashboardTest, TriggersKeepTheSummariesCurrent) {
    const qint64 before = load().residents;
    const qint64 handover = count(QStringLiteral(
        "SELECT id FROM key_handover WHERE handed_over_on IS NOT NULL ORDER BY id LIMIT 1"));
    const qint64 moved = count(
        QStringLiteral("SELECT residents_count FROM key_handover WHERE id = %1").arg(handover));
    // a handover undone, one moved to another day, a resident removed
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("UPDATE key_handover SET handed_over_on = NULL, "
                                                 "scheduled_for = '2026-12-01' WHERE id = %1")
                                      .arg(handover)));
    EXPECT_EQ(load().residents, before - moved);
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("UPDATE key_handover SET handed_over_on = "
                                                 "'2026-11-20' WHERE id = %1")
                                      .arg(handover)));
    EXPECT_EQ(load().residents, before);
    ASSERT_TRUE(test::runs(
        *m_db, QStringLiteral("UPDATE key_handover SET handed_over_on = '2026-11-21' WHERE id IN "
                              "(SELECT id FROM key_handover WHERE handed_over_on IS NOT NULL "
                              "ORDER BY id DESC LIMIT 3)")));
    // (one no milestone names, so that the foreign keys allow it on both backends)
    ASSERT_TRUE(test::runs(
        *m_db, QStringLiteral("DELETE FROM resident WHERE id = (SELECT MAX(r.id) FROM resident r "
                              "WHERE r.relation <> 'head' AND NOT EXISTS (SELECT 1 FROM milestone "
                              "m WHERE m.resident_id = r.id OR m.gift_recipient_id = r.id))")));
    expectSummariesMatchBaseTables();
}

// After a bulk load the summaries are refilled from the base tables in one pass over the
// households: a household without members yet counts as a household with no residents.
TEST_F(DashboardTest, RefilledSummariesCountHouseholdsWithoutMembers) {
    ASSERT_TRUE(test::runs(
        *m_db, QStringLiteral("INSERT INTO household (case_number, old_apartment_id, status, "
                              "included_on, status_changed_on) SELECT '2026-9999999', MIN(id), "
                              "'included', '2026-11-01', '2026-11-01' FROM apartment")));
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("DELETE FROM relocation_day")));
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("UPDATE district_population SET residents = 0")));
    ASSERT_TRUE(db::DashboardRepository(*m_db).rebuildSummaries().ok());
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM relocation_day")), 0);
    expectSummariesMatchBaseTables();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM household h WHERE NOT EXISTS (SELECT 1 "
                                   "FROM resident r WHERE r.household_id = h.id)")),
              1);
}

TEST_F(DashboardTest, TilesAgreeWithIndependentCounts) {
    const auto d = load();
    EXPECT_EQ(d.asOf, kToday);
    EXPECT_EQ(d.residents, count(kRelocated));
    EXPECT_GT(d.residents, 0);
    EXPECT_EQ(d.programmeCount, d.residents);
    EXPECT_EQ(d.households,
              count(QStringLiteral(
                  "SELECT COUNT(*) FROM key_handover WHERE handed_over_on IS NOT NULL")));
    EXPECT_EQ(d.residentsThisMonth,
              count(kRelocated + QStringLiteral("AND k.handed_over_on >= '2026-11-01'")));
    EXPECT_EQ(d.vehicles.inStock,
              count(QStringLiteral("SELECT COUNT(*) FROM vehicle WHERE status = 'in_stock'")));
    EXPECT_EQ(d.vehicles.handedOver,
              count(QStringLiteral("SELECT COUNT(*) FROM vehicle WHERE status = 'handed_over'")));
    EXPECT_EQ(d.vehicles.reserved,
              count(QStringLiteral("SELECT COUNT(*) FROM vehicle WHERE status = 'reserved'")));
    // the next milestone is the smallest target above the count
    EXPECT_EQ(d.nextTarget,
              count(QStringLiteral("SELECT MIN(target) FROM milestone WHERE target > %1")
                        .arg(d.programmeCount)));
    EXPECT_GT(d.nextTarget, d.programmeCount);
    EXPECT_EQ(d.nextForecast.remaining, d.nextTarget - d.programmeCount);
    EXPECT_TRUE(d.nextForecast.reachable);
    EXPECT_GT(d.nextForecast.expected, kToday.addDays(-1));
    // overdue: what the Overdue page lists
    auto overdue = RelocationService(*m_db).overdue(kToday, 100000);
    ASSERT_TRUE(overdue.ok());
    EXPECT_EQ(d.overdueCases, overdue->size());
    EXPECT_GT(d.overdueCases, 0);
}

TEST_F(DashboardTest, ChartSeriesAddUpToTheTotal) {
    const auto d = load();
    ASSERT_FALSE(d.cumulative.isEmpty());
    EXPECT_EQ(d.cumulative.last().total, d.residents);
    EXPECT_EQ(d.cumulative.last().day, kToday);
    for (int i = 1; i < d.cumulative.size(); ++i) {
        EXPECT_LT(d.cumulative[i - 1].day, d.cumulative[i].day);
        EXPECT_LE(d.cumulative[i - 1].total, d.cumulative[i].total);
    }
    qint64 months = 0;
    for (const auto &m : d.months)
        months += m.residents;
    EXPECT_EQ(months, d.residents);
    qint64 relocated = 0, toMove = 0;
    for (const auto &a : d.areas) {
        relocated += a.relocated;
        toMove += a.toMove;
    }
    EXPECT_EQ(relocated, d.residents);
    EXPECT_EQ(toMove, count(QStringLiteral("SELECT COUNT(*) FROM resident")) - d.residents);
    EXPECT_FALSE(d.areasAreDistricts);
    // the reached milestones are those the counter reached; the projection starts at the count
    int reached = 0;
    for (const auto &m : d.milestones)
        reached += m.reachedOn.isValid() ? 1 : 0;
    EXPECT_EQ(reached, count(QStringLiteral("SELECT COUNT(*) FROM milestone WHERE reached_on IS "
                                            "NOT NULL")));
    EXPECT_GT(reached, 0);
    ASSERT_FALSE(d.projection.isEmpty());
    EXPECT_DOUBLE_EQ(d.projection.first().expected, double(d.residents));
}

TEST_F(DashboardTest, FiltersNarrowEveryFigure) {
    const QString okrug =
        scalar(*m_db,
               QStringLiteral("SELECT d.okrug_code FROM relocation_day r JOIN district d ON d.id = "
                              "r.district_id WHERE r.day BETWEEN '2024-01-01' AND '2025-12-31' "
                              "GROUP BY d.okrug_code ORDER BY SUM(r.residents) DESC LIMIT 1"))
            .toString();
    ASSERT_FALSE(okrug.isEmpty());
    DashboardService::Filter filter;
    filter.okrug = okrug;
    filter.from = QDate(2024, 1, 1);
    filter.to = QDate(2025, 12, 31);
    const auto d = load(filter);
    const QString where = QStringLiteral("AND d.okrug_code = '%1' AND k.handed_over_on BETWEEN "
                                         "'2024-01-01' AND '2025-12-31'")
                              .arg(okrug);
    EXPECT_EQ(d.asOf, filter.to);
    EXPECT_EQ(d.residents, count(kRelocated + where));
    EXPECT_GT(d.residents, 0);
    EXPECT_LT(d.residents, load().residents);
    EXPECT_EQ(d.residentsThisMonth,
              count(kRelocated + where + QStringLiteral(" AND k.handed_over_on >= '2025-12-01'")));
    EXPECT_EQ(d.cumulative.first().day, filter.from);
    EXPECT_EQ(d.cumulative.first().total,
              count(kRelocated + QStringLiteral("AND d.okrug_code = '%1' AND k.handed_over_on < "
                                                "'2024-01-01'")
                                     .arg(okrug)));
    EXPECT_EQ(d.cumulative.last().total,
              count(kRelocated + QStringLiteral("AND d.okrug_code = '%1' AND k.handed_over_on <= "
                                                "'2025-12-31'")
                                     .arg(okrug)));
    for (const auto &m : d.months) {
        EXPECT_EQ(m.okrug, okrug);
        EXPECT_GE(m.month, QStringLiteral("2024-01"));
        EXPECT_LE(m.month, QStringLiteral("2025-12"));
    }
    // by district of that okrug
    EXPECT_TRUE(d.areasAreDistricts);
    qint64 relocated = 0;
    for (const auto &a : d.areas) {
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM district WHERE id = %1 AND "
                                       "okrug_code = '%2'")
                            .arg(a.key, okrug)),
                  1);
        relocated += a.relocated;
    }
    EXPECT_EQ(relocated, d.residents);
    // milestones still count the whole programme, up to the end of the range
    EXPECT_EQ(d.programmeCount,
              count(kRelocated + QStringLiteral("AND k.handed_over_on <= '2025-12-31'")));

    // one district
    DashboardService::Filter one;
    one.districtId = d.areas.first().key.toLongLong();
    const auto district = load(one);
    EXPECT_EQ(district.residents,
              count(kRelocated + QStringLiteral("AND d.id = %1").arg(one.districtId)));
    ASSERT_EQ(district.areas.size(), 1);
    EXPECT_EQ(district.overdueCases,
              count(QStringLiteral("SELECT COUNT(*) FROM offer o JOIN household h ON h.id = "
                                   "o.household_id JOIN apartment a ON a.id = h.old_apartment_id "
                                   "JOIN building b ON b.id = a.building_id WHERE b.district_id = "
                                   "%1 AND o.decision = 'pending' AND o.letter_on < '2026-11-07'")
                        .arg(one.districtId)) +
                  count(QStringLiteral(
                            "SELECT COUNT(*) FROM household h JOIN offer o ON o.household_id = "
                            "h.id AND o.decision = 'consented' JOIN apartment a ON a.id = "
                            "h.old_apartment_id JOIN building b ON b.id = a.building_id WHERE "
                            "b.district_id = %1 AND h.status IN ('consented', "
                            "'contract_drafted') AND o.decided_on < '2026-10-28'")
                            .arg(one.districtId)));
}

TEST_F(DashboardTest, ExportIsForManagersAndAudited) {
    DashboardService service(*m_db);
    const qint64 before =
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dashboard.export'"));
    Actor clerk{count(QStringLiteral("SELECT id FROM app_user WHERE login = 'clerk'")),
                QStringLiteral("clerk"), Role::Clerk};
    auto refused = service.recordExport(clerk, QStringLiteral("pdf"), {}, QStringLiteral("x.pdf"));
    EXPECT_FALSE(refused.ok());
    Actor manager{count(QStringLiteral("SELECT id FROM app_user WHERE login = 'manager'")),
                  QStringLiteral("manager"), Role::Manager};
    EXPECT_TRUE(service.recordExport(manager, QStringLiteral("pdf"), {}, QStringLiteral("x.pdf")));
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dashboard.export'")),
        before + 1);
}
