// The window on both backends (issue 10). Other clerks' changes appear in what is open:
// another program (the stress worker, a separate process recording key handovers through the
// real RelocationService, as a second clerk's Novoselye does) commits, and the open main window
// — its overview and the list on screen — and the open dashboard show the new handovers
// without anyone pressing anything (db::ChangeWatcher: LISTEN/NOTIFY on PostgreSQL, PRAGMA
// data_version on SQLite). And the window's check and restore on a server database.
#include "BrowseTestSupport.h"
#include "MainWindow.h"
#include "StressRun.h"
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "dashboard/DashboardPage.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QProcess>
#include <QTimer>

using namespace nov;

namespace {

// Runs the event loop until `done` holds (false when the deadline passes first).
template <typename Condition> bool waitUntil(Condition done, int timeoutMs = 60000) {
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString headline(MainWindow &window) {
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->text().contains(QLatin1String("residents relocated")))
            return label->text();
    return {};
}

} // namespace

TEST(LiveUpdates, AnotherProgramsHandoversAppearInTheOpenWindowAndDashboard) {
    test::isolateSettings();
    test::TempDir dir;
    const QString location = test::smallDemo(dir, QStringLiteral("live.db"));
    auto pool = stress::prepare(location, 2, false);
    ASSERT_TRUE(pool.ok()) << pool.error().toText().toStdString();

    auto forDashboard = test::openDatabase(location);
    ASSERT_TRUE(forDashboard);
    const qint64 manager =
        test::scalar(*forDashboard, QStringLiteral("SELECT id FROM app_user WHERE login = "
                                                   "'manager'"))
            .toLongLong();
    DashboardPage dashboard(*forDashboard,
                            Actor{manager, QStringLiteral("manager"), Role::Manager});
    dashboard.setToday(QDate(2026, 11, 27));
    dashboard.resize(1280, 640);
    dashboard.show();
    ASSERT_TRUE(dashboard.waitUntilSettled(60000));
    const qint64 relocatedBefore = dashboard.dashboard().residents;

    MainWindow window(test::openDatabase(location));
    window.resize(1200, 760);
    window.show();
    ASSERT_TRUE(window.showPage(QStringLiteral("households")));
    BrowsePage *households = window.browsePage(QStringLiteral("households"));
    ASSERT_NE(households, nullptr);
    QComboBox *status = households->filters()->statusFilter();
    ASSERT_NE(status, nullptr);
    const int handedOver = status->findData(QStringLiteral("keys_handed_over"));
    ASSERT_GE(handedOver, 0);
    status->setCurrentIndex(handedOver);
    ASSERT_TRUE(waitUntil(
        [&] { return households->model()->isSettled() && households->model()->rowCount() > 0; }));
    ASSERT_TRUE(test::waitSettled(*households->model()));
    const int rowsBefore = households->model()->rowCount();
    const QString headlineBefore = headline(window);
    ASSERT_FALSE(headlineBefore.isEmpty());

    // The other clerk: another process, two key handovers of the prepared pool.
    QProcess clerk;
    clerk.start(QStringLiteral(NOVOSELYE_STRESS_WORKER),
                {location, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")});
    ASSERT_TRUE(clerk.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return clerk.state() == QProcess::NotRunning; }, 120000));
    ASSERT_EQ(clerk.exitCode(), 0) << clerk.readAllStandardError().toStdString();

    // Nothing is pressed: the window and the dashboard learn of the commit themselves.
    EXPECT_TRUE(waitUntil([&] {
        return households->model()->isSettled() &&
               households->model()->rowCount() == rowsBefore + 2;
    })) << households->model()->rowCount()
        << " rows, " << rowsBefore << " before";
    EXPECT_TRUE(waitUntil([&] { return headline(window) != headlineBefore; }))
        << headlineBefore.toStdString();
    EXPECT_TRUE(waitUntil([&] { return dashboard.dashboard().residents > relocatedBefore; }))
        << dashboard.dashboard().residents;
}

// The window's Help → Check the database and File → Restore on either backend: the check
// reports a sound database and then the rule an outside change broke; on a server database
// Restore says at once that a server database is not replaced by a file (use migrate-to), and
// the window stays open.
TEST(ServerWindow, CheckAndRestoreInTheWindowOnEitherBackend) {
    test::isolateSettings();
    test::TempDir dir;
    const QString location = test::smallDemo(dir, QStringLiteral("window.db"));
    auto db = test::openDatabase(location);
    ASSERT_TRUE(db);
    const qint64 admin =
        test::scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"))
            .toLongLong();
    MainWindow window(std::move(db), Actor{admin, QStringLiteral("admin"), Role::Admin});
    window.show();
    EXPECT_TRUE(test::messageOfAction(window, "checkAction").contains(QLatin1String("sound")));

    auto other = test::openDatabase(location);
    ASSERT_TRUE(other);
    ASSERT_TRUE(test::runs(
        *other, QStringLiteral("UPDATE apartment SET status = 'free' WHERE id = (SELECT "
                               "new_apartment_id FROM key_handover WHERE handed_over_on IS NOT "
                               "NULL ORDER BY id LIMIT 1)")));
    const QString broken = test::messageOfAction(window, "checkAction");
    EXPECT_TRUE(broken.contains(QLatin1String("not marked as occupied"))) << broken.toStdString();

    if (test::onPostgres()) {
        const QString refused = test::messageOfAction(window, "restoreAction");
        EXPECT_TRUE(refused.contains(QLatin1String("migrate-to"))) << refused.toStdString();
        EXPECT_TRUE(window.isVisible());
        EXPECT_TRUE(window.pendingRestore().isEmpty());
    }
}
