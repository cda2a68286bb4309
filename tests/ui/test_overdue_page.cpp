#include "CaseFixture.h"
#include "domain/RelocationService.h"
#include "household/HouseholdCard.h"
#include "pages/OverduePage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nov;

namespace {

class OverduePageTest : public test::CaseFixture {
protected:
    enum Column { CaseNumber, Status, Deadline, Since, Due, DaysOverdue };

    QString cellText(OverduePage &page, int row, int column) {
        return page.view()->model()->index(row, column).data().toString();
    }
    int rowOf(OverduePage &page, qint64 householdId) {
        for (int row = 0; row < page.view()->model()->rowCount(); ++row)
            if (page.householdAt(row) == householdId)
                return row;
        return -1;
    }
};

TEST_F(OverduePageTest, ListsACasePastItsDecisionDeadline) {
    // Offer letter on 1 November: the 20 days to decide ended on 21 November.
    const qint64 id = freshHousehold(2, QDate(2026, 10, 1));
    RelocationService relocation(*m_db);
    relocation.setToday(kToday);
    ASSERT_TRUE(relocation.notify(m_clerk, id, QDate(2026, 10, 20)).ok());
    auto equivalent = relocation.equivalentFreeApartments(id);
    ASSERT_TRUE(equivalent.ok() && !equivalent->isEmpty());
    ASSERT_TRUE(relocation.sendOffer(m_clerk, id, equivalent->first().id, QDate(2026, 11, 1)).ok());

    OverduePage page(*m_db, m_clerk);
    page.setToday(kToday);
    page.show();
    const int row = rowOf(page, id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cellText(page, row, CaseNumber), QStringLiteral("2026-T000001"));
    EXPECT_EQ(cellText(page, row, Status), QStringLiteral("Offer sent"));
    EXPECT_EQ(cellText(page, row, Deadline), QStringLiteral("decision on the offer"));
    EXPECT_EQ(cellText(page, row, Since), QStringLiteral("01.11.2026"));
    EXPECT_EQ(cellText(page, row, Due), QStringLiteral("21.11.2026"));
    EXPECT_EQ(cellText(page, row, DaysOverdue), QStringLiteral("6"));

    // A day before the deadline ended, the case is not listed.
    page.setToday(QDate(2026, 11, 21));
    EXPECT_EQ(rowOf(page, id), -1);

    // The days to decide are the office's setting: 10 days make it overdue since 11 November,
    // 30 days not yet.
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                                 "VALUES ('decision_deadline_days', '10', "
                                                 "'2026-11-27T09:00:00Z')")));
    page.setToday(kToday);
    const int early = rowOf(page, id);
    ASSERT_GE(early, 0);
    EXPECT_EQ(cellText(page, early, Due), QStringLiteral("11.11.2026"));
    EXPECT_EQ(cellText(page, early, DaysOverdue), QStringLiteral("16"));
    ASSERT_TRUE(test::runs(*m_db, QStringLiteral("UPDATE settings SET value = '30' WHERE key = "
                                                 "'decision_deadline_days'")));
    page.reload();
    EXPECT_EQ(rowOf(page, id), -1);
}

TEST_F(OverduePageTest, SortsByDaysOverdueAsNumbers) {
    OverduePage page(*m_db, m_clerk);
    page.setToday(kToday);
    QAbstractItemModel *model = page.view()->model();
    ASSERT_GE(model->rowCount(), 3) << "the demo has overdue cases";
    page.view()->sortByColumn(DaysOverdue, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(cellText(page, row - 1, DaysOverdue).toInt(),
                  cellText(page, row, DaysOverdue).toInt());
    page.view()->sortByColumn(Due, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_GE(QDate::fromString(cellText(page, row - 1, Due), QStringLiteral("dd.MM.yyyy")),
                  QDate::fromString(cellText(page, row, Due), QStringLiteral("dd.MM.yyyy")));
}

TEST_F(OverduePageTest, DoubleClickOrEnterOpensTheHouseholdCard) {
    OverduePage page(*m_db, m_clerk);
    page.setToday(kToday);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_GE(page.view()->model()->rowCount(), 2);
    QSignalSpy opened(&page, &OverduePage::cardOpened);

    QWidget *viewport = page.view()->viewport();
    const QPoint at = page.view()->visualRect(page.view()->model()->index(0, CaseNumber)).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QMouseEvent doubleClick(QEvent::MouseButtonDblClick, at, viewport->mapToGlobal(at),
                            Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &doubleClick);
    ASSERT_EQ(opened.count(), 1);
    auto *card = opened.at(0).at(0).value<HouseholdCard *>();
    ASSERT_TRUE(card);
    EXPECT_EQ(card->householdId(), page.householdAt(0));
    EXPECT_TRUE(card->isVisible());
    card->close();

    page.view()->setCurrentIndex(page.view()->model()->index(1, CaseNumber));
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).value<HouseholdCard *>()->householdId(), page.householdAt(1));
}

} // namespace
