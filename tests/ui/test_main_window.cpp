#include "BrowseTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "pages/BrowsePage.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace nov;

TEST(MainWindow, OverviewShowsTheDatabasesFigures) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    MainWindow window(std::move(db));
    window.show();
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("overviewTable"));
    ASSERT_TRUE(table);
    bool foundResidents = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("resident")) {
            foundResidents = true;
            EXPECT_NE(table->item(row, 1)->text(), QStringLiteral("0"));
        }
    }
    EXPECT_TRUE(foundResidents);
    bool headline = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        headline = headline || label->text().contains(QLatin1String("residents relocated"));
    EXPECT_TRUE(headline);
}

// The status bar names the database and who is signed in; the window comes back as it was
// left: its size and its toolbar (QSettings).
TEST(MainWindow, StatusBarNamesTheDatabaseAndUserAndTheWindowComesBackAsLeft) {
    test::isolateSettings();
    test::TempDir dir;
    // A settings file of its own: test processes running beside this one close windows too.
    struct OwnSettings {
        QString shared = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        explicit OwnSettings(const QString &path) {
            QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
        }
        ~OwnSettings() {
            QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, shared);
        }
    } own(dir.path(QStringLiteral("settings")));
    const QString path = test::smallDemo(dir);
    const Actor clerk{3, QStringLiteral("clerk"), Role::Clerk};
    QSize left;
    {
        MainWindow window(test::openDatabase(path), clerk);
        window.show();
        QString status;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            status += label->text() + QLatin1Char('\n');
        EXPECT_TRUE(status.contains(QFileInfo(path).fileName())) << status.toStdString();
        EXPECT_TRUE(status.contains(QLatin1String("clerk"))) << status.toStdString();
        EXPECT_TRUE(status.contains(Actor::roleTitle(Role::Clerk))) << status.toStdString();
        auto *tools = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        ASSERT_TRUE(tools);
        EXPECT_TRUE(tools->isVisible());
        tools->hide();
        window.resize(1111, 667);
        left = window.size();
        ASSERT_NE(left, QSize(1200, 760)) << "the size of a first start";
        window.close(); // saves on the way out
    }
    MainWindow again(test::openDatabase(path), clerk);
    again.show();
    EXPECT_EQ(again.size(), left);
    auto *tools = again.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_TRUE(tools);
    EXPECT_FALSE(tools->isVisible()) << "the hidden toolbar stays hidden";
}

// The toolbar's buttons are the File menu's actions with their keys, named in their tooltips,
// and they work: Overdue cases opens the overdue page, Find the residents' search.
TEST(MainWindow, TheToolbarAndMenusCarryTheKeys) {
    test::isolateSettings();
    QSettings().remove(QStringLiteral("window"));
    test::TempDir dir;
    MainWindow window(test::openDatabase(test::smallDemo(dir)));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *tools = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_TRUE(tools);
    QStringList keys;
    for (QAction *action : tools->actions()) {
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        keys << key;
        if (!key.isEmpty()) {
            EXPECT_TRUE(action->toolTip().contains(key)) << action->toolTip().toStdString();
        }
    }
    EXPECT_EQ(keys, QStringList({QStringLiteral("F5"), QStringLiteral("Ctrl+F"), QString(),
                                 QStringLiteral("Ctrl+E")}));
    QStringList menuKeys;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (!action->shortcut().isEmpty())
                menuKeys << action->shortcut().toString(QKeySequence::NativeText);
    for (const char *key : {"F5", "Ctrl+F", "Ctrl+E", "Ctrl+Q"})
        EXPECT_TRUE(menuKeys.contains(QLatin1String(key))) << key;

    tools->actions().at(2)->trigger(); // Overdue cases
    EXPECT_EQ(window.pages()->currentWidget()->objectName(), QStringLiteral("overdue"));
    tools->actions().at(1)->trigger(); // Find…: not a list page, so the residents' search
    EXPECT_EQ(window.pages()->currentWidget()->objectName(), QStringLiteral("residents"));
    EXPECT_TRUE(window.browsePage(QStringLiteral("residents"))->searchBox()->hasFocus());
}
