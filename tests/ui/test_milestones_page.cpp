// The milestones page and the gift dialogs on a small demo, and the vehicle dialog and
// colour filter of the Vehicles page.
#include "BrowseTestSupport.h"
#include "CaseFixture.h"
#include "VehicleRepository.h"
#include "browse/BrowseCatalog.h"
#include "domain/MilestoneService.h"
#include "domain/VehicleService.h"
#include "gifts/GiftDialog.h"
#include "gifts/MilestonesPage.h"
#include "gifts/TargetDialog.h"
#include "gifts/VehicleActions.h"
#include "gifts/VehicleDialog.h"
#include "household/HouseholdCard.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace nov;

namespace {

class MilestonesPageTest : public test::CaseFixture {
protected:
    // The row of a target on the page, or -1.
    int rowOf(MilestonesPage &page, qint64 target) {
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, 0)->text() == QLocale().toString(target))
                return row;
        return -1;
    }
    QString cell(MilestonesPage &page, int row, int column) {
        return page.table()->item(row, column)->text();
    }
    // A target the small demo has passed but whose gift is still to come (350 of 495).
    qint64 reachedWithoutGift(MilestonesPage &page) {
        TargetDialog dialog(*m_db, m_manager, 0, 350, QStringLiteral("Особый"), &page);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.changes().size(), 1) << "reached at once";
        page.reload();
        return value(QStringLiteral("SELECT id FROM milestone WHERE target = 350")).toLongLong();
    }
};

} // namespace

TEST_F(MilestonesPageTest, ListsTargetsWithRecipientVehicleAndStatus) {
    MilestonesPage page(*m_db, m_manager);
    page.setToday(kToday);
    page.reload();
    const int reached = rowOf(page, 200);
    ASSERT_GE(reached, 0);
    EXPECT_EQ(cell(page, reached, 3),
              value(QStringLiteral("SELECT h.case_number FROM milestone m JOIN household h ON "
                                   "h.id = m.household_id WHERE m.target = 200"))
                  .toString());
    EXPECT_EQ(cell(page, reached, 5), QStringLiteral("XMSM3C150PM002000"));
    EXPECT_EQ(cell(page, reached, 7),
              MilestoneService::stageTitle(MilestoneService::Stage::GiftHandedOver));
    const int planned = rowOf(page, 2000);
    ASSERT_GE(planned, 0);
    EXPECT_TRUE(cell(page, planned, 2).isEmpty());
    EXPECT_EQ(cell(page, planned, 7),
              MilestoneService::stageTitle(MilestoneService::Stage::Planned));
    // The planner: the demo has appointments after today bringing the 500th resident.
    ASSERT_GE(page.plannerTable()->rowCount(), 1);
    EXPECT_EQ(page.plannerTable()->item(0, 0)->text(), QLocale().toString(500));
    EXPECT_FALSE(page.plannerTable()->item(0, 4)->text().isEmpty()) << "the expected case";
}

TEST_F(MilestonesPageTest, ButtonsFollowTheRoleAndTheStage) {
    MilestonesPage clerkPage(*m_db, m_clerk);
    clerkPage.reload();
    clerkPage.table()->selectRow(rowOf(clerkPage, 2000));
    EXPECT_FALSE(clerkPage.button(QStringLiteral("add"))->isEnabled());
    EXPECT_FALSE(clerkPage.button(QStringLiteral("edit"))->isEnabled());

    MilestonesPage page(*m_db, m_manager);
    page.reload();
    EXPECT_TRUE(page.button(QStringLiteral("add"))->isEnabled());
    page.table()->selectRow(rowOf(page, 2000));
    EXPECT_TRUE(page.button(QStringLiteral("edit"))->isEnabled());
    EXPECT_FALSE(page.button(QStringLiteral("reserve"))->isEnabled()) << "not reached";
    page.table()->selectRow(rowOf(page, 200));
    EXPECT_FALSE(page.button(QStringLiteral("edit"))->isEnabled()) << "reached: frozen";
    EXPECT_FALSE(page.button(QStringLiteral("reserve"))->isEnabled()) << "gift given";
    EXPECT_TRUE(page.button(QStringLiteral("household"))->isEnabled());
}

TEST_F(MilestonesPageTest, ReserveAVehicleThenRecordTheGiftToTheHead) {
    MilestonesPage page(*m_db, m_manager);
    page.setToday(kToday);
    page.reload();
    const qint64 milestone = reachedWithoutGift(page);
    page.table()->selectRow(rowOf(page, 350));
    EXPECT_TRUE(page.button(QStringLiteral("reserve"))->isEnabled());

    GiftDialog reserve(*m_db, m_manager, GiftDialog::Step::Reserve, milestone, QString(), &page);
    ASSERT_GT(reserve.choice()->count(), 1);
    EXPECT_TRUE(reserve.choice()->currentText().contains(QStringLiteral("(")))
        << "the proposed vehicle comes first";
    const qint64 vehicle = reserve.choice()->currentData().toLongLong();
    reserve.accept();
    ASSERT_EQ(reserve.result(), QDialog::Accepted);
    page.reload();
    const int row = rowOf(page, 350);
    EXPECT_EQ(cell(page, row, 7),
              MilestoneService::stageTitle(MilestoneService::Stage::VehicleReserved));
    EXPECT_EQ(cell(page, row, 5), db::VehicleRepository(*m_db).vehicle(vehicle)->vin);

    GiftDialog gift(*m_db, m_manager, GiftDialog::Step::HandOver, milestone, QString(), &page);
    gift.setToday(kToday);
    gift.accept();
    ASSERT_EQ(gift.result(), QDialog::Accepted);
    EXPECT_EQ(
        value(QStringLiteral("SELECT status FROM vehicle WHERE id = %1").arg(vehicle)).toString(),
        QStringLiteral("handed_over"));
    EXPECT_EQ(value(QStringLiteral("SELECT r.relation FROM milestone m JOIN resident r ON r.id "
                                   "= m.gift_recipient_id WHERE m.id = %1")
                        .arg(milestone))
                  .toString(),
              QStringLiteral("head"));
}

TEST_F(MilestonesPageTest, EnterOpensTheRecipientHouseholdCard) {
    MilestonesPage page(*m_db, m_manager);
    page.reload();
    page.show();
    QSignalSpy opened(&page, &MilestonesPage::cardOpened);
    page.table()->setFocus();
    page.table()->setCurrentCell(rowOf(page, 100), 0);
    page.table()->selectRow(rowOf(page, 100));
    QTest::keyClick(page.table(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    auto *card = opened.first().first().value<HouseholdCard *>();
    ASSERT_TRUE(card);
    EXPECT_EQ(card->householdId(),
              value(QStringLiteral("SELECT household_id FROM milestone WHERE target = 100"))
                  .toLongLong());
    card->close();
}

TEST_F(MilestonesPageTest, TheVehicleDialogSaysWhatIsWrongWithTheVinAsItIsTyped) {
    db::VehicleRecord v;
    v.model = QStringLiteral("Moskvich 3");
    v.powertrain = QStringLiteral("petrol_cvt");
    v.colour = QStringLiteral("red");
    VehicleDialog dialog(*m_db, m_manager, v);
    dialog.vinEdit()->setText(QStringLiteral("XMSM3C15O"));
    EXPECT_FALSE(dialog.vinProblem()->isHidden());
    EXPECT_TRUE(dialog.vinProblem()->text().contains(QLatin1Char('O')));
    dialog.vinEdit()->setText(QStringLiteral("XMSM3C150"));
    EXPECT_TRUE(dialog.vinProblem()->isHidden()) << "only short so far: no complaint";
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "17 characters are needed";
    const int before = value(QStringLiteral("SELECT COUNT(*) FROM vehicle")).toInt();
    dialog.vinEdit()->setText(QStringLiteral("XMSM3C150RM009001"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM vehicle")).toInt(), before + 1);
    EXPECT_EQ(value(QStringLiteral("SELECT colour FROM vehicle WHERE vin = 'XMSM3C150RM009001'"))
                  .toString(),
              QStringLiteral("red"));
}

TEST_F(MilestonesPageTest, TheVehicleDialogShowsEachStandardEngineWhole) {
    db::VehicleRecord v;
    v.model = QStringLiteral("Moskvich 3");
    VehicleDialog dialog(*m_db, m_manager, v);
    dialog.show();
    auto *engine = dialog.findChild<QLineEdit *>(QStringLiteral("engine"));
    ASSERT_TRUE(engine);
    // the text area of a line edit: its width less the frame and Qt's 2-pixel side margins
    const int room = engine->contentsRect().width() - engine->textMargins().left() -
                     engine->textMargins().right() - 4;
    for (const QString &powertrain : VehicleService::powertrains()) {
        const QString text = VehicleService::standardEngine(powertrain);
        EXPECT_LE(engine->fontMetrics().horizontalAdvance(text), room)
            << "cut: " << text.toStdString();
    }
}

TEST_F(MilestonesPageTest, TheVehiclesPageFiltersByColourAndOnlyManagersEdit) {
    test::isolateSettings();
    const BrowseDefinition *vehicles = nullptr;
    for (const BrowseDefinition *d : BrowseCatalog::all())
        if (d->key == QLatin1String("vehicles"))
            vehicles = d;
    ASSERT_TRUE(vehicles);
    BrowsePage page(*m_db, *vehicles);
    VehicleActions clerkActions(*m_db, m_clerk, &page);
    EXPECT_FALSE(clerkActions.addButton()->isEnabled());
    page.filters()->setDebounce(0);
    page.activate();
    ASSERT_TRUE(test::waitSettled(*page.model()));
    const int all = page.model()->rowCount();
    QComboBox *colour = page.filters()->variantFilter();
    ASSERT_TRUE(colour);
    colour->setCurrentIndex(colour->findData(QStringLiteral("red")));
    QTest::qWait(50);
    ASSERT_TRUE(test::waitSettled(*page.model()));
    const int red = page.model()->rowCount();
    EXPECT_EQ(red,
              value(QStringLiteral("SELECT COUNT(*) FROM vehicle WHERE colour = 'red'")).toInt());
    EXPECT_LT(red, all);
}
