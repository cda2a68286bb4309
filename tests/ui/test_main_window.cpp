#include "MainWindow.h"
#include "TestSupport.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

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
