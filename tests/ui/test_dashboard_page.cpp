// The dashboard page: tiles and charts show the service's figures, the filter narrows them,
// a change committed elsewhere refreshes it, and exports write the files an office expects.
#include "Database.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "domain/RelocationService.h"
#include "household/HouseholdCard.h"
#include "i18n/Formats.h"
#include "pages/OverduePage.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolTip>

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

QString pdfInfo(const QString &file, const QString &tool = QStringLiteral("pdfinfo")) {
    QProcess p;
    p.start(tool, tool == QLatin1String("pdftotext") ? QStringList{file, QStringLiteral("-")}
                                                     : QStringList{file});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// One page, A4 landscape: 842 × 595 points.
void expectOneLandscapeA4(const QString &pdf) {
    const QString info = pdfInfo(pdf);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))))
        << info.toStdString();
}

template <typename T> T *seriesOf(QChart *chart) {
    for (QAbstractSeries *series : chart->series()) {
        if (auto *s = qobject_cast<T *>(series))
            return s;
    }
    return nullptr;
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
    EXPECT_TRUE(QDate::fromString(p->tileValue(QStringLiteral("forecast"))->text(),
                                  QLatin1String(Formats::kDateFormat))
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

// A refresh updates the charts in place (the same QChart objects) and they show the new
// dashboard: a place's curve ends at its own count, without the programme's milestone lines;
// back to the whole city, the lines come back.
TEST_F(DashboardPageTest, ChartsFollowTheFilterInPlace) {
    auto p = page();
    QChart *cumulative = p->cumulativeView()->chart();
    QChart *areas = p->areasView()->chart();
    QChart *monthly = p->monthlyView()->chart();
    const QList<qint64> cityLines = DashboardCharts::milestoneLines(cumulative);
    ASSERT_FALSE(cityLines.isEmpty());
    auto curveEnd = [&] {
        for (QAbstractSeries *series : cumulative->series()) {
            if (series->objectName() == QLatin1String("relocated"))
                return qint64(static_cast<QLineSeries *>(series)->points().constLast().y());
        }
        return qint64(-1);
    };
    const qint64 city = p->dashboard().residents;
    EXPECT_EQ(curveEnd(), city);

    DashboardService::Filter filter;
    filter.okrug = scalar(*m_db, QStringLiteral("SELECT d.okrug_code FROM relocation_day r JOIN "
                                                "district d ON d.id = r.district_id GROUP BY 1 "
                                                "ORDER BY SUM(r.residents) DESC LIMIT 1"))
                       .toString();
    p->setFilter(filter);
    ASSERT_TRUE(p->waitUntilSettled(60000));
    EXPECT_EQ(p->cumulativeView()->chart(), cumulative);
    EXPECT_EQ(p->areasView()->chart(), areas);
    EXPECT_EQ(p->monthlyView()->chart(), monthly);
    EXPECT_LT(p->dashboard().residents, city);
    EXPECT_EQ(curveEnd(), p->dashboard().residents);
    EXPECT_TRUE(DashboardCharts::milestoneLines(cumulative).isEmpty());
    // one bar label per district of the okrug
    const auto *labels = qobject_cast<QCategoryAxis *>(areas->axes(Qt::Vertical).constFirst());
    ASSERT_TRUE(labels);
    EXPECT_EQ(labels->count(), p->dashboard().areas.size());

    p->setFilter({});
    ASSERT_TRUE(p->waitUntilSettled(60000));
    EXPECT_EQ(DashboardCharts::milestoneLines(cumulative), cityLines);
    EXPECT_EQ(curveEnd(), p->dashboard().residents);
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
    expectOneLandscapeA4(pdf);
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

// The PDF report says when and for what it was made: the date of the figures and the filter.
TEST_F(DashboardPageTest, ThePdfReportCarriesTheDateAndTheFilter) {
    auto p = page();
    DashboardService::Filter filter;
    filter.okrug = scalar(*m_db, QStringLiteral("SELECT d.okrug_code FROM relocation_day r JOIN "
                                                "district d ON d.id = r.district_id WHERE r.day "
                                                "LIKE '2025-%' ORDER BY r.day LIMIT 1"))
                       .toString();
    ASSERT_FALSE(filter.okrug.isEmpty());
    filter.from = QDate(2025, 1, 1);
    filter.to = QDate(2025, 12, 31);
    p->setFilter(filter);
    ASSERT_TRUE(p->waitUntilSettled(60000));
    const QString pdf = m_dir.path(QStringLiteral("filtered.pdf"));
    ASSERT_EQ(p->exportPdf(pdf), QString());
    // pdftotext breaks lines where it likes: compare without white space
    QString text = pdfInfo(pdf, QStringLiteral("pdftotext"));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    QString filterText = p->filterText();
    filterText.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(text.contains(Formats::date(filter.to))) << text.toStdString();
    EXPECT_TRUE(text.contains(filterText)) << filterText.toStdString() << "\n"
                                           << text.toStdString();
    EXPECT_TRUE(p->filterText().contains(Formats::date(filter.from)));
    // the okrug named as the charts name it (in English: Latin letters)
    EXPECT_TRUE(p->filterText().contains(DashboardCharts::okrugLabel(filter.okrug)))
        << p->filterText().toStdString();
}

// Print preview paints through printReport on its printer: one landscape A4 page.
TEST_F(DashboardPageTest, PrintingGivesOneLandscapePage) {
    auto p = page();
    const QString pdf = m_dir.path(QStringLiteral("printed.pdf"));
    auto printer = test::pdfPrinter(pdf, QPageSize::A4, QPageLayout::Landscape);
    p->printReport(*printer);
    printer.reset(); // the file is complete
    expectOneLandscapeA4(pdf);
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("pdftotext")).contains(p->filterText().left(10)));
}

// Hovering a bar or the curve tells its figures.
TEST_F(DashboardPageTest, HoveringShowsTheFigures) {
    auto p = page();
    auto *areas = seriesOf<QHorizontalStackedBarSeries>(p->areasView()->chart());
    ASSERT_TRUE(areas);
    const auto &last = p->dashboard().areas.constFirst(); // drawn at the top: the last index
    const int index = int(p->dashboard().areas.size()) - 1;
    emit areas->hovered(true, index, areas->barSets().constFirst());
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(DashboardCharts::okrugLabel(last.key)))
        << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QLocale().toString(last.relocated)))
        << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QLocale().toString(last.toMove)));

    auto *monthly = seriesOf<QStackedBarSeries>(p->monthlyView()->chart());
    ASSERT_TRUE(monthly);
    QBarSet *set = monthly->barSets().constFirst();
    const int lastMonth = int(set->count()) - 1;
    emit monthly->hovered(true, lastMonth, set);
    qint64 lastMonthTotal = 0;
    for (const auto &m : p->dashboard().months)
        lastMonthTotal += m.month == p->dashboard().months.constLast().month ? m.residents : 0;
    EXPECT_TRUE(QToolTip::text().contains(QLocale().toString(lastMonthTotal)))
        << QToolTip::text().toStdString();

    for (QAbstractSeries *series : p->cumulativeView()->chart()->series()) {
        if (series->objectName() == QLatin1String("relocated")) {
            auto *curve = static_cast<QLineSeries *>(series);
            emit curve->hovered(curve->points().constLast(), true);
        }
    }
    EXPECT_TRUE(QToolTip::text().contains(QLocale().toString(p->dashboard().residents)))
        << QToolTip::text().toStdString();
    QToolTip::hideText();
}

// "Months by okrug" stacks each month's bar by okrug; the okrugs add up to the month.
TEST_F(DashboardPageTest, MonthsBrokenDownByOkrug) {
    auto p = page();
    // a period whose last 24 months see more than one okrug relocating: up to a month after
    // the okrug that finished first
    DashboardService::Filter filter;
    filter.to = QDate::fromString(
                    scalar(*m_db, QStringLiteral("SELECT MAX(r.day) FROM relocation_day r JOIN "
                                                 "district d ON d.id = r.district_id GROUP BY "
                                                 "d.okrug_code ORDER BY 1 LIMIT 1"))
                        .toString(),
                    Qt::ISODate)
                    .addMonths(1);
    ASSERT_TRUE(filter.to.isValid());
    p->setFilter(filter);
    ASSERT_TRUE(p->waitUntilSettled(60000));
    QCheckBox *byOkrug = nullptr;
    for (auto *box : p->findChildren<QCheckBox *>())
        byOkrug = box->objectName() == QLatin1String("monthsByOkrug") ? box : byOkrug;
    ASSERT_TRUE(byOkrug);
    byOkrug->setChecked(true);
    auto *series = seriesOf<QStackedBarSeries>(p->monthlyView()->chart());
    ASSERT_TRUE(series);
    // the months on the chart: the last kMonths of the period
    QStringList months;
    for (const auto &m : p->dashboard().months)
        if (!months.contains(m.month))
            months << m.month;
    months = months.mid(std::max(0, int(months.size()) - DashboardCharts::kMonths));
    QSet<QString> okrugs;
    qint64 shown = 0;
    for (const auto &m : p->dashboard().months) {
        if (!months.contains(m.month))
            continue;
        okrugs.insert(DashboardCharts::okrugLabel(m.okrug));
        shown += m.residents;
    }
    ASSERT_GT(okrugs.size(), 1);
    EXPECT_EQ(series->count(), okrugs.size());
    double bars = 0;
    for (QBarSet *set : series->barSets()) {
        EXPECT_TRUE(okrugs.contains(set->label())) << set->label().toStdString();
        bars += set->sum();
    }
    EXPECT_EQ(qint64(bars), shown);
    EXPECT_TRUE(p->monthlyView()->chart()->legend()->isVisible());
    byOkrug->setChecked(false);
    EXPECT_EQ(seriesOf<QStackedBarSeries>(p->monthlyView()->chart())->count(), 1);
}

// A key handover recorded in a card of this window (on the window's own connection, which
// SQLite's data_version does not report to itself) reloads the dashboard at once.
TEST_F(DashboardPageTest, AHandoverRecordedInThisWindowRefreshesIt) {
    MainWindow window(test::openDatabase(m_path),
                      Actor{count(QStringLiteral("SELECT id FROM app_user WHERE login = "
                                                 "'manager'")),
                            QStringLiteral("manager"), Role::Manager});
    auto *dashboard = window.findChild<DashboardPage *>();
    ASSERT_TRUE(dashboard);
    dashboard->setToday(kToday);
    window.show();
    ASSERT_TRUE(dashboard->waitUntilSettled(60000));
    const qint64 before = dashboard->dashboard().residents;

    const qint64 household =
        scalar(*m_db, QStringLiteral("SELECT h.id FROM household h JOIN key_handover k ON "
                                     "k.household_id = h.id WHERE h.status = 'contract_signed' "
                                     "AND k.handed_over_on IS NULL ORDER BY h.id LIMIT 1"))
            .toLongLong();
    ASSERT_GT(household, 0);
    RelocationService relocation(window.database());
    relocation.setToday(kToday);
    const Actor clerk{count(QStringLiteral("SELECT id FROM app_user WHERE login = 'clerk'")),
                      QStringLiteral("clerk"), Role::Clerk};
    auto outcome = relocation.recordKeyHandover(clerk, household, kToday, 2);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toText().toStdString();
    // the card (opened from the Overdue page here) says its case changed, as after its step
    auto *overdue = window.findChild<OverduePage *>();
    ASSERT_TRUE(overdue);
    HouseholdCard *card = HouseholdCard::open(&window, window.database(), clerk, household);
    emit overdue->cardOpened(card);
    emit card->caseChanged(household);
    EXPECT_FALSE(dashboard->isSettled()); // asked for at once, not at the next poll
    ASSERT_TRUE(dashboard->waitUntilSettled(60000));
    EXPECT_GT(dashboard->dashboard().residents, before);
    EXPECT_EQ(dashboard->dashboard().residents,
              count(QStringLiteral("SELECT SUM(residents_count) FROM key_handover WHERE "
                                   "handed_over_on IS NOT NULL")));
    card->close();
}
