#include "BrowseTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
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
    QSettings().remove(QStringLiteral("window"));
    test::TempDir dir;
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
    QSettings().remove(QStringLiteral("window"));
}
