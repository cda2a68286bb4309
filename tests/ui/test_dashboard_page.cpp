// The dashboard page: tiles and charts show the service's figures, the filter narrows them,
// a change committed elsewhere refreshes it, and exports write the files an office expects.
#include "Database.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>

using namespace nov;
using nov::test::scalar;

namespace {

const QDate kToday(2026, 11, 27);

class DashboardPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = test::smallDemo(m_dir);
        m_db = test::openDatabase(m_path);
    }
    std::unique_ptr<DashboardPage> page(Role role = Role::Manager) {
        const QString login =
            role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("clerk");
        Actor actor{count(QStringLiteral("SELECT id FROM app_user WHERE login = '%1'").arg(login)),
                    login, role};
        auto p = std::make_unique<DashboardPage>(*m_db, actor);
        p->setToday(kToday);
        p->resize(1280, 640);
        p->show();
        EXPECT_TRUE(p->waitUntilSettled(60000));
        return p;
    }
    qint64 count(const QString &sql) { return scalar(*m_db, sql).toLongLong(); }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<db::Database> m_db;
};

QString pdfInfo(const QString &file) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {file});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_F(DashboardPageTest, TilesShowTheRelocatedCountsAndTheNextMilestone) {
    auto p = page();
    const qint64 residents = count(QStringLiteral(
        "SELECT SUM(residents_count) FROM key_handover WHERE handed_over_on IS NOT NULL"));
    EXPECT_EQ(p->tileValue(QStringLiteral("residents"))->text(), QLocale().toString(residents));
    EXPECT_EQ(p->tileValue(QStringLiteral("households"))->text(),
              QLocale().toString(count(QStringLiteral(
                  "SELECT COUNT(*) FROM key_handover WHERE handed_over_on IS NOT NULL"))));
    const qint64 next =
        count(QStringLiteral("SELECT MIN(target) FROM milestone WHERE target > %1").arg(residents));
    EXPECT_EQ(p->tileValue(QStringLiteral("milestone"))->text(), QLocale().toString(next));
    // the forecast tile shows a date
    EXPECT_TRUE(QLocale()
                    .toDate(p->tileValue(QStringLiteral("forecast"))->text(), QLocale::ShortFormat)
                    .isValid())
        << p->tileValue(QStringLiteral("forecast"))->text().toStdString();
}

TEST_F(DashboardPageTest, CumulativeChartDrawsMilestoneLinesAndMarksReachedOnes) {
    auto p = page();
    QChart *chart = p->cumulativeView()->chart();
    const QList<qint64> lines = DashboardCharts::milestoneLines(chart);
    // every reached target and the next one are drawn as lines
    const qint64 reached = count(QStringLiteral("SELECT COUNT(*) FROM milestone WHERE reached_on "
                                                "IS NOT NULL"));
    ASSERT_GT(reached, 0);
    EXPECT_GE(lines.size(), reached + 1);
    EXPECT_TRUE(lines.contains(p->dashboard().nextTarget));
    EXPECT_TRUE(lines.contains(count(QStringLiteral("SELECT MIN(target) FROM milestone"))));
    int marked = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            marked += int(scatter->count());
    }
    EXPECT_EQ(marked, reached);
    // the forecast continues the curve past today
    EXPECT_GT(p->dashboard().projection.last().day, kToday);
}

TEST_F(DashboardPageTest, OkrugFilterNarrowsTilesAndShowsItsDistricts) {
    auto p = page();
    const qint64 all = p->dashboard().residents;
    const QString before = p->filterText();
    const QString okrug =
        scalar(*m_db, QStringLiteral("SELECT d.okrug_code FROM relocation_day r JOIN "
                                     "district d ON d.id = r.district_id GROUP BY 1 "
                                     "ORDER BY SUM(r.residents) DESC LIMIT 1"))
            .toString();
    DashboardService::Filter filter;
    filter.okrug = okrug;
    p->setFilter(filter);
    ASSERT_TRUE(p->waitUntilSettled(60000));
    const qint64 inOkrug = count(
        QStringLiteral("SELECT SUM(k.residents_count) FROM key_handover k JOIN household h ON h.id "
                       "= k.household_id JOIN apartment a ON a.id = h.old_apartment_id JOIN "
                       "building b ON b.id = a.building_id JOIN district d ON d.id = "
                       "b.district_id WHERE k.handed_over_on IS NOT NULL AND d.okrug_code = '%1'")
            .arg(okrug));
    EXPECT_EQ(p->dashboard().residents, inOkrug);
    EXPECT_EQ(p->tileValue(QStringLiteral("residents"))->text(), QLocale().toString(inOkrug));
    EXPECT_LT(inOkrug, all);
    EXPECT_TRUE(p->dashboard().areasAreDistricts);
    EXPECT_NE(p->filterText(), before);
    // the monthly bars follow too
    qint64 months = 0;
    for (const auto &m : p->dashboard().months)
        months += m.residents;
    EXPECT_EQ(months, inOkrug);
}

TEST_F(DashboardPageTest, AChangeCommittedElsewhereRefreshesThePage) {
    auto p = page();
    const qint64 before = p->dashboard().residents;
    auto other = test::openDatabase(m_path);
    ASSERT_TRUE(
        test::runs(*other, QStringLiteral("UPDATE key_handover SET handed_over_on = NULL, "
                                          "scheduled_for = '2026-12-01' WHERE id = (SELECT MAX(id) "
                                          "FROM key_handover WHERE handed_over_on IS NOT NULL)")));
    QSignalSpy refreshed(p.get(), &DashboardPage::refreshed);
    ASSERT_TRUE(refreshed.wait(30000)); // the data_version poll notices
    EXPECT_LT(p->dashboard().residents, before);
}

TEST_F(DashboardPageTest, PngAndPdfExportsAreWrittenAndAudited) {
    auto p = page();
    const qint64 audited =
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dashboard.export'"));
    const QString png = m_dir.path(QStringLiteral("dashboard.png"));
    ASSERT_EQ(p->exportPng(png), QString());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), p->content()->size() * p->content()->devicePixelRatio());
    EXPECT_GT(QFile(png).size(), 10000);

    const QString pdf = m_dir.path(QStringLiteral("dashboard.pdf"));
    ASSERT_EQ(p->exportPdf(pdf), QString());
    EXPECT_GT(QFile(pdf).size(), 5000);
    const QString info = pdfInfo(pdf);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.toStdString();
    // A4 landscape: 842 × 595 points
    EXPECT_TRUE(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))))
        << info.toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dashboard.export'")),
        audited + 2);
}

TEST_F(DashboardPageTest, ClerksMayNotExport) {
    auto p = page(Role::Clerk);
    const QString png = m_dir.path(QStringLiteral("refused.png"));
    EXPECT_FALSE(p->exportPng(png).isEmpty());
    EXPECT_FALSE(QFile::exists(png));
}

TEST_F(DashboardPageTest, IsTheFirstTabForManagersOnly) {
    for (Role role : {Role::Manager, Role::Admin, Role::Clerk, Role::Auditor}) {
        auto db = test::openDatabase(m_path);
        MainWindow window(std::move(db), Actor{0, QStringLiteral("x"), role});
        const bool managing = role == Role::Manager || role == Role::Admin;
        EXPECT_EQ(window.pages()->widget(0)->objectName() == QLatin1String("dashboard"), managing)
            << Actor::roleName(role).toStdString();
        EXPECT_TRUE(window.showPage(QStringLiteral("dashboard")));
    }
}
