#include "CaseFixture.h"
#include "HouseholdRepository.h"
#include "WorkflowRepository.h"
#include "domain/CertificateService.h"
#include "domain/RelocationService.h"
#include "domain/ResidentService.h"
#include "household/HouseholdCard.h"
#include "household/OfferPicker.h"
#include "household/ResidentDialog.h"
#include "household/WorkflowStepDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace nov;
using Step = WorkflowStep;

namespace {

// Types text key by key, Cyrillic included (QTest::keyClicks knows only ASCII).
void type(QWidget *widget, const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

class HouseholdCardTest : public test::CaseFixture {
protected:
    std::unique_ptr<HouseholdCard> openCard(qint64 householdId, const Actor &actor) {
        auto card = std::make_unique<HouseholdCard>(*m_db, actor, householdId);
        card->setToday(kToday);
        card->show();
        return card;
    }

    // Chooses the step in the Next step menu and returns the form it opens.
    WorkflowStepDialog *choose(HouseholdCard &card, Step step) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QAction *action = card.stepAction(step);
        if (!action || !action->isEnabled()) {
            ADD_FAILURE() << "step not offered: "
                          << HouseholdWorkflow::stepTitle(step).toStdString();
            return nullptr;
        }
        action->trigger();
        for (auto *dialog : card.findChildren<WorkflowStepDialog *>())
            if (dialog->isVisible() && dialog->step() == step)
                return dialog;
        ADD_FAILURE() << "no form opened";
        return nullptr;
    }

    static void record(WorkflowStepDialog *dialog) {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("record"));
        ASSERT_TRUE(button);
        ASSERT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible()) << stepError(dialog).toStdString();
    }

    static QString stepError(QWidget *dialog) {
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("stepError"));
        return error && error->isVisible() ? error->text() : QString();
    }

    static QString statusLabel(HouseholdCard &card) {
        return card.findChild<QLabel *>(QStringLiteral("status"))->text();
    }

    QList<Step> offeredSteps(HouseholdCard &card) {
        QList<Step> steps;
        for (Step step :
             {Step::Notify, Step::SendOffer, Step::RecordViewing, Step::Consent, Step::Refuse,
              Step::DraftContract, Step::SignContract, Step::ScheduleKeyHandover,
              Step::RecordKeyHandover, Step::MarkOldApartmentVacated})
            if (card.stepAction(step))
                steps << step;
        return steps;
    }
};

TEST_F(HouseholdCardTest, DrivesAWholeRelocationThroughTheCard) {
    const qint64 id = freshHousehold(5);
    auto card = openCard(id, m_clerk);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Included"));
    EXPECT_EQ(offeredSteps(*card), QList<Step>{Step::Notify});

    // Notify, with the keyboard: the date is today, Return records.
    auto *notify = choose(*card, Step::Notify);
    ASSERT_TRUE(notify);
    EXPECT_EQ(notify->findChild<QDateEdit *>(QStringLiteral("date"))->date(), kToday);
    QTest::keyClick(notify, Qt::Key_Return);
    EXPECT_FALSE(notify->isVisible()) << stepError(notify).toStdString();
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Notified"));
    EXPECT_EQ(householdStatus(id), QStringLiteral("notified"));
    EXPECT_EQ(db::HouseholdRepository(*m_db).household(id)->notifiedOn, kToday);

    // The offer picker lists exactly the free equivalent apartments; the clerk picks one.
    auto *offer = choose(*card, Step::SendOffer);
    ASSERT_TRUE(offer);
    auto *picker = offer->findChild<OfferPicker *>();
    ASSERT_TRUE(picker);
    auto equivalent = RelocationService(*m_db).equivalentFreeApartments(id);
    ASSERT_TRUE(equivalent.ok());
    ASSERT_GE(equivalent->size(), 2);
    QList<qint64> listed;
    for (int row = 0; row < picker->apartmentCount(); ++row)
        listed << picker->table()->item(row, 0)->data(Qt::UserRole).toLongLong();
    QList<qint64> expected;
    for (const auto &a : equivalent.value()) {
        expected << a.id;
        EXPECT_GE(a.rooms, 2);
        EXPECT_EQ(a.status, QStringLiteral("free"));
    }
    EXPECT_EQ(listed, expected);
    picker->table()->selectRow(1);
    const qint64 chosen = picker->selectedApartmentId();
    EXPECT_EQ(chosen, expected.at(1));
    record(offer);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Offer sent"));
    db::WorkflowRepository workflow(*m_db);
    EXPECT_EQ(workflow.liveOffer(id)->value().newApartmentId, chosen);
    EXPECT_EQ(db::ApartmentStockRepository(*m_db).place(chosen)->status,
              QStringLiteral("reserved"));
    EXPECT_EQ(card->findChild<QTableWidget *>(QStringLiteral("offers"))->rowCount(), 1);

    record(choose(*card, Step::RecordViewing));
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Viewed"));
    EXPECT_EQ(workflow.liveOffer(id)->value().viewedOn, kToday);

    record(choose(*card, Step::Consent));
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Consented"));
    EXPECT_EQ(workflow.liveOffer(id)->value().decision, QStringLiteral("consented"));

    auto *draft = choose(*card, Step::DraftContract);
    ASSERT_TRUE(draft);
    auto *recordButton = draft->findChild<QPushButton *>(QStringLiteral("record"));
    EXPECT_FALSE(recordButton->isEnabled()) << "a contract needs its number";
    type(draft->findChild<QLineEdit *>(QStringLiteral("contractNumber")),
         QStringLiteral("ДМ-2026/1127"));
    record(draft);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Contract drafted"));
    EXPECT_EQ(workflow.contract(id)->value().number, QStringLiteral("ДМ-2026/1127"));
    EXPECT_EQ(workflow.contract(id)->value().type, QStringLiteral("exchange"));

    record(choose(*card, Step::SignContract));
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Contract signed"));
    EXPECT_EQ(workflow.contract(id)->value().signedOn, kToday);

    auto *schedule = choose(*card, Step::ScheduleKeyHandover);
    ASSERT_TRUE(schedule);
    schedule->findChild<QSpinBox *>(QStringLiteral("keySets"))->setValue(3);
    EXPECT_EQ(schedule->findChild<QSpinBox *>(QStringLiteral("residentsMoving"))->value(), 5);
    record(schedule);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Contract signed"));
    auto appointment = workflow.keyHandover(id)->value();
    EXPECT_EQ(appointment.scheduledFor, kToday);
    EXPECT_EQ(appointment.keySets, 3);
    EXPECT_EQ(appointment.residentsCount, 5);

    // The demo counts 495 relocated residents: these five make the 500th.
    const qint64 before = value(QStringLiteral("SELECT SUM(residents_count) FROM key_handover "
                                               "WHERE handed_over_on IS NOT NULL"))
                              .toLongLong();
    ASSERT_EQ(before, 495);
    auto *handover = choose(*card, Step::RecordKeyHandover);
    ASSERT_TRUE(handover);
    EXPECT_EQ(handover->findChild<QSpinBox *>(QStringLiteral("keySets"))->value(), 3);
    record(handover);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Keys handed over"));
    EXPECT_EQ(workflow.keyHandover(id)->value().handedOverOn, kToday);
    EXPECT_EQ(db::ApartmentStockRepository(*m_db).place(chosen)->status,
              QStringLiteral("occupied"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT household_id FROM milestone WHERE target = 500")).toLongLong(),
        id);
    // The card shows what was recorded: the old apartment, the contract, the key handover.
    const QString oldAddress =
        value(QStringLiteral("SELECT b.address || ', apt. ' || a.number FROM household h JOIN "
                             "apartment a ON a.id = h.old_apartment_id JOIN building b ON b.id = "
                             "a.building_id WHERE h.id = ?"),
              {id})
            .toString();
    EXPECT_TRUE(
        card->findChild<QLabel *>(QStringLiteral("oldApartment"))->text().contains(oldAddress))
        << oldAddress.toStdString();
    auto fields = [&](const char *tab) {
        QStringList texts;
        auto *form =
            qobject_cast<QFormLayout *>(card->findChild<QWidget *>(QLatin1String(tab))->layout());
        for (int row = 0; form && row < form->rowCount(); ++row)
            texts << qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget())
                         ->text();
        return texts;
    };
    const QString today = kToday.toString(QStringLiteral("dd.MM.yyyy"));
    EXPECT_EQ(fields("contract"), QStringList({QStringLiteral("ДМ-2026/1127"),
                                               QStringLiteral("exchange contract"), today, today}));
    EXPECT_EQ(fields("keyHandover"),
              QStringList({today, today, QStringLiteral("3"), QStringLiteral("5")}));

    auto *notice = card->findChild<QMessageBox *>(QStringLiteral("milestoneNotice"));
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("500th resident")))
        << notice->text().toStdString();
    notice->accept();

    record(choose(*card, Step::MarkOldApartmentVacated));
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Old apartment vacated"));
    EXPECT_EQ(householdStatus(id), QStringLiteral("old_apartment_vacated"));
    EXPECT_TRUE(offeredSteps(*card).isEmpty());
    EXPECT_FALSE(card->findChild<QPushButton *>(QStringLiteral("nextStep"))->isEnabled());
    // One history row per status change, plus the appointment.
    EXPECT_EQ(card->findChild<QTableWidget *>(QStringLiteral("history"))->rowCount(), 9);
}

// A refusal through the card: the form lists the DESIGN.md reason codes by their titles, "other"
// needs a note before Record, and the refused offer frees its apartment for a new offer.
TEST_F(HouseholdCardTest, ARefusalTakesAReasonCodeAndFreesTheApartment) {
    const qint64 id = freshHousehold(2);
    RelocationService r(*m_db);
    r.setToday(kToday);
    ASSERT_TRUE(r.notify(m_clerk, id, kToday).ok());
    auto apartments = r.equivalentFreeApartments(id);
    ASSERT_TRUE(apartments.ok() && !apartments->isEmpty());
    const qint64 flat = apartments->first().id;
    ASSERT_TRUE(r.sendOffer(m_clerk, id, flat, kToday).ok());
    db::ApartmentStockRepository stock(*m_db);
    ASSERT_EQ(stock.place(flat)->status, QStringLiteral("reserved"));

    auto card = openCard(id, m_clerk);
    EXPECT_EQ(offeredSteps(*card), QList<Step>({Step::RecordViewing, Step::Refuse}));
    auto *refuse = choose(*card, Step::Refuse);
    ASSERT_TRUE(refuse);
    auto *reason = refuse->findChild<QComboBox *>(QStringLiteral("refusalReason"));
    ASSERT_TRUE(reason);
    QStringList codes;
    for (int i = 0; i < reason->count(); ++i) {
        codes << reason->itemData(i).toString();
        EXPECT_EQ(reason->itemText(i), RelocationService::refusalReasonTitle(codes.last()));
    }
    EXPECT_EQ(codes, RelocationService::refusalReasons());
    EXPECT_EQ(codes.size(), 8);
    auto *recordButton = refuse->findChild<QPushButton *>(QStringLiteral("record"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("other")));
    EXPECT_FALSE(recordButton->isEnabled()) << "«other» needs a note";
    type(refuse->findChild<QLineEdit *>(QStringLiteral("note")), QStringLiteral("x"));
    EXPECT_TRUE(recordButton->isEnabled());
    reason->setCurrentIndex(reason->findData(QStringLiteral("floor")));
    record(refuse);

    EXPECT_EQ(statusLabel(*card), QStringLiteral("Refused"));
    EXPECT_EQ(householdStatus(id), QStringLiteral("refused"));
    EXPECT_EQ(value(QStringLiteral("SELECT decision || ' ' || refusal_reason FROM offer WHERE "
                                   "household_id = ?"),
                    {id})
                  .toString(),
              QStringLiteral("refused floor"));
    EXPECT_EQ(stock.place(flat)->status, QStringLiteral("free"));
    auto *offers = card->findChild<QTableWidget *>(QStringLiteral("offers"));
    ASSERT_EQ(offers->rowCount(), 1);
    EXPECT_EQ(offers->item(0, 7)->text(),
              RelocationService::refusalReasonTitle(QStringLiteral("floor")));
    EXPECT_EQ(offeredSteps(*card), QList<Step>{Step::SendOffer}) << "a new offer may follow";
    EXPECT_EQ(card->undoStack()->count(), 0) << "a refusal is not undoable";
}

TEST_F(HouseholdCardTest, StepErrorsFromTheServiceStayInTheForm) {
    const qint64 id = freshHousehold(2);
    auto card = openCard(id, m_clerk);
    auto *notify = choose(*card, Step::Notify);
    ASSERT_TRUE(notify);
    notify->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2026, 10, 1));
    QTest::mouseClick(notify->findChild<QPushButton *>(QStringLiteral("record")), Qt::LeftButton);
    EXPECT_TRUE(notify->isVisible());
    EXPECT_TRUE(stepError(notify).contains(QStringLiteral("before the inclusion")))
        << stepError(notify).toStdString();
    EXPECT_TRUE(stepError(notify).contains(QStringLiteral("2026-T"))); // where: the case
    EXPECT_EQ(householdStatus(id), QStringLiteral("included"));
}

TEST_F(HouseholdCardTest, OnlyAManagerMayOverrideEquivalence) {
    const qint64 id = freshHousehold(3);
    RelocationService relocation(*m_db);
    relocation.setToday(kToday);
    ASSERT_TRUE(relocation.notify(m_clerk, id, kToday).ok());

    // The clerk sees the override but cannot use it, and the service refuses it too.
    {
        auto card = openCard(id, m_clerk);
        auto *offer = choose(*card, Step::SendOffer);
        ASSERT_TRUE(offer);
        auto *override = offer->findChild<QCheckBox *>(QStringLiteral("override"));
        EXPECT_FALSE(override->isEnabled());
        EXPECT_TRUE(offer->findChild<QLabel *>(QStringLiteral("overrideNote"))->isVisible());
        offer->reject();
    }
    const qint64 smaller =
        value(QStringLiteral("SELECT a.id FROM apartment a JOIN building b ON b.id = "
                             "a.building_id JOIN apartment o ON o.id = ? JOIN building ob ON "
                             "ob.id = o.building_id WHERE b.kind = 'new' AND a.status = 'free' "
                             "AND a.rooms = 1 AND b.district_id = ob.district_id LIMIT 1"),
              {value(QStringLiteral("SELECT old_apartment_id FROM household WHERE id = ?"), {id})})
            .toLongLong();
    ASSERT_GT(smaller, 0);
    auto refused = relocation.sendOffer(m_clerk, id, smaller, kToday,
                                        QStringLiteral("the family asked for it"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not allowed for the role")))
        << refused.error().toText().toStdString();
    EXPECT_EQ(householdStatus(id), QStringLiteral("notified"));

    // The manager switches to all free apartments, picks the smaller one and gives a reason.
    auto card = openCard(id, m_manager);
    auto *offer = choose(*card, Step::SendOffer);
    ASSERT_TRUE(offer);
    auto *picker = offer->findChild<OfferPicker *>();
    const int equivalentCount = picker->apartmentCount();
    offer->findChild<QCheckBox *>(QStringLiteral("override"))->setChecked(true);
    EXPECT_GT(picker->apartmentCount(), equivalentCount);
    for (int row = 0; row < picker->apartmentCount(); ++row)
        if (picker->table()->item(row, 0)->data(Qt::UserRole).toLongLong() == smaller)
            picker->table()->selectRow(row);
    ASSERT_EQ(picker->selectedApartmentId(), smaller);
    auto *recordButton = offer->findChild<QPushButton *>(QStringLiteral("record"));
    EXPECT_FALSE(recordButton->isEnabled()) << "an override needs a reason";
    type(offer->findChild<QLineEdit *>(QStringLiteral("overrideReason")),
         QStringLiteral("disabled resident needs the ground floor"));
    record(offer);
    EXPECT_EQ(statusLabel(*card), QStringLiteral("Offer sent"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT override_reason FROM offer WHERE household_id = ?"), {id})
            .toString(),
        QStringLiteral("disabled resident needs the ground floor"));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'offer.override' AND user_id = ?"),
                    {m_manager.userId})
                  .toInt(),
              1);
}

TEST_F(HouseholdCardTest, ABadSnilsKeepsSaveDisabledAndSaysWhy) {
    const qint64 id = freshHousehold(2);
    const qint64 residentId = memberIds(id).first();
    auto card = openCard(id, m_clerk);
    ResidentDialog *dialog = card->editResident(residentId);
    ASSERT_TRUE(dialog);
    auto *snils = dialog->findChild<QLineEdit *>(QStringLiteral("snils"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("snilsProblem"));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(problem->isVisible());
    QString stored = snils->text();

    // The last check digit mistyped.
    QString wrong = stored;
    wrong[wrong.size() - 1] =
        wrong.back() == QLatin1Char('9') ? QLatin1Char('0') : QChar(wrong.back().unicode() + 1);
    snils->selectAll();
    type(snils, wrong);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("check digits")))
        << problem->text().toStdString();

    snils->selectAll();
    type(snils, QStringLiteral("123"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("11 digits")))
        << problem->text().toStdString();

    snils->selectAll();
    type(snils, stored);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(problem->isVisible());

    auto *birth = dialog->findChild<QLineEdit *>(QStringLiteral("birthDate"));
    birth->selectAll();
    type(birth, QStringLiteral("31.02.1980"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("birthDateProblem"))->isVisible());
    dialog->reject();
    EXPECT_EQ(ResidentService(*m_db).resident(residentId)->snils,
              stored.remove(QLatin1Char('-')).remove(QLatin1Char(' ')));
}

TEST_F(HouseholdCardTest, UndoAndRedoOfAMemberEditReachTheDatabase) {
    const qint64 id = freshHousehold(2);
    const qint64 residentId = memberIds(id).first();
    ResidentService residents(*m_db);
    const db::ResidentRecord original = residents.resident(residentId).value();
    auto card = openCard(id, m_clerk);
    const auto audits = [this] {
        return value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'resident.update'"))
            .toInt();
    };

    ResidentDialog *dialog = card->editResident(residentId);
    ASSERT_TRUE(dialog);
    auto *lastName = dialog->findChild<QLineEdit *>(QStringLiteral("lastName"));
    lastName->selectAll();
    type(lastName, QStringLiteral("Кузнецова-Петрова"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
    type(phone, QStringLiteral("8 916 123-45-67"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(residents.resident(residentId)->lastName, QStringLiteral("Кузнецова-Петрова"));
    EXPECT_EQ(residents.resident(residentId)->phone, QStringLiteral("79161234567"));
    EXPECT_EQ(audits(), 1);
    EXPECT_EQ(card->undoStack()->count(), 1);

    QAction *undo = card->findChild<QAction *>(QStringLiteral("undo"));
    QAction *redo = card->findChild<QAction *>(QStringLiteral("redo"));
    ASSERT_TRUE(undo && redo);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(residents.resident(residentId)->lastName, original.lastName);
    EXPECT_EQ(residents.resident(residentId)->phone, QString());
    EXPECT_EQ(audits(), 2) << "undo is an audited edit too";
    EXPECT_EQ(card->findChild<QTableWidget *>(QStringLiteral("members"))->item(0, 0)->text(),
              ResidentService::fullName(original));

    ASSERT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(residents.resident(residentId)->lastName, QStringLiteral("Кузнецова-Петрова"));
    EXPECT_EQ(residents.resident(residentId)->phone, QStringLiteral("79161234567"));
    EXPECT_EQ(audits(), 3);
}

TEST_F(HouseholdCardTest, UndoBringsARemovedMemberBack) {
    const qint64 id = freshHousehold(3);
    const qint64 residentId = memberIds(id).last();
    auto card = openCard(id, m_clerk);
    card->removeResident(residentId);
    EXPECT_EQ(memberIds(id).size(), 2);
    card->undoStack()->undo();
    EXPECT_EQ(memberIds(id), (QList<qint64>{memberIds(id).at(0), memberIds(id).at(1), residentId}));
    card->undoStack()->redo();
    EXPECT_EQ(memberIds(id).size(), 2);
}

TEST_F(HouseholdCardTest, AddsAMemberWithTheKeyboard) {
    const qint64 id = freshHousehold(1);
    auto card = openCard(id, m_clerk);
    auto *members = card->findChild<QTableWidget *>(QStringLiteral("members"));
    QTest::keyClick(members, Qt::Key_Insert);
    ResidentDialog *dialog = nullptr;
    for (auto *d : card->findChildren<ResidentDialog *>())
        if (d->isVisible())
            dialog = d;
    ASSERT_TRUE(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
    EXPECT_FALSE(save->isEnabled()) << "a new member needs a name and a birth date";
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("lastNameProblem"))->isVisible())
        << "untouched empty fields stay quiet";
    type(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Кузнецова"));
    type(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Дарья"));
    type(dialog->findChild<QLineEdit *>(QStringLiteral("birthDate")), QStringLiteral("14.05.2015"));
    EXPECT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_EQ(memberIds(id).size(), 2);
    const auto added = ResidentService(*m_db).resident(memberIds(id).last()).value();
    EXPECT_EQ(added.firstName, QStringLiteral("Дарья"));
    EXPECT_EQ(added.birthDate, QDate(2015, 5, 14));
    EXPECT_EQ(members->rowCount(), 2);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resident.add' "
                                   "AND entity_id = ?"),
                    {added.id})
                  .toInt(),
              1);
    card->undoStack()->undo();
    EXPECT_EQ(memberIds(id).size(), 1);
}

TEST_F(HouseholdCardTest, ServiceRefusalsOfAMemberEditShowInTheForm) {
    const qint64 a = freshHousehold(1);
    const qint64 b = freshHousehold(1);
    const QString taken = ResidentService(*m_db).resident(memberIds(a).first())->snils;
    auto card = openCard(b, m_clerk);
    ResidentDialog *dialog = card->editResident(memberIds(b).first());
    ASSERT_TRUE(dialog);
    auto *snils = dialog->findChild<QLineEdit *>(QStringLiteral("snils"));
    snils->selectAll();
    type(snils, taken);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("serviceError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("already belongs to")))
        << error->text().toStdString();
    EXPECT_EQ(card->undoStack()->count(), 0);
}

TEST_F(HouseholdCardTest, MovingAnAppointmentIsUndoable) {
    const qint64 id = freshHousehold(2, QDate(2026, 10, 1));
    RelocationService r(*m_db);
    r.setToday(kToday);
    ASSERT_TRUE(r.notify(m_clerk, id, QDate(2026, 10, 2)).ok());
    auto apartments = r.equivalentFreeApartments(id);
    ASSERT_TRUE(r.sendOffer(m_clerk, id, apartments->first().id, QDate(2026, 10, 5)).ok());
    ASSERT_TRUE(r.recordViewing(m_clerk, id, QDate(2026, 10, 7)).ok());
    ASSERT_TRUE(r.consent(m_clerk, id, QDate(2026, 10, 9)).ok());
    ASSERT_TRUE(r.draftContract(m_clerk, id, QStringLiteral("ДМ-7"), QStringLiteral("exchange"),
                                QDate(2026, 10, 12))
                    .ok());
    ASSERT_TRUE(r.signContract(m_clerk, id, QDate(2026, 10, 14)).ok());
    ASSERT_TRUE(r.scheduleKeyHandover(m_clerk, id, QDate(2026, 12, 1), 2).ok());

    auto card = openCard(id, m_clerk);
    auto *schedule = choose(*card, Step::ScheduleKeyHandover);
    ASSERT_TRUE(schedule);
    auto *date = schedule->findChild<QDateEdit *>(QStringLiteral("date"));
    EXPECT_EQ(date->date(), QDate(2026, 12, 1)) << "the form starts from the appointment";
    date->setDate(QDate(2026, 12, 8));
    record(schedule);
    db::WorkflowRepository workflow(*m_db);
    EXPECT_EQ(workflow.keyHandover(id)->value().scheduledFor, QDate(2026, 12, 8));
    ASSERT_EQ(card->undoStack()->count(), 1);

    card->undoStack()->undo();
    EXPECT_EQ(workflow.keyHandover(id)->value().scheduledFor, QDate(2026, 12, 1));
    card->undoStack()->redo();
    EXPECT_EQ(workflow.keyHandover(id)->value().scheduledFor, QDate(2026, 12, 8));

    // Once the keys are handed over and their act printed, the move can no longer be taken
    // back: the act stays as printed.
    auto handover = r.recordKeyHandover(m_clerk, id, kToday, 2);
    ASSERT_TRUE(handover.ok());
    CertificateService certificates(*m_db);
    auto act =
        certificates.act(m_clerk, {CertificateService::Kind::KeyHandover, handover->keyHandoverId});
    ASSERT_TRUE(act.ok()) << act.error().toText().toStdString();
    ASSERT_TRUE(certificates.recordPrinted(m_clerk, {act.value()}).ok());
    const QString printed = QStringLiteral(
        "SELECT COUNT(*) || ' ' || MAX(print_count) || ' ' || MAX(payload) FROM certificate");
    const QVariant before = value(printed);
    card->undoStack()->undo();
    EXPECT_EQ(workflow.keyHandover(id)->value().scheduledFor, QDate(2026, 12, 8));
    EXPECT_EQ(householdStatus(id), QStringLiteral("keys_handed_over"));
    EXPECT_EQ(value(printed), before);
    EXPECT_TRUE(card->findChild<QLabel *>(QStringLiteral("cardError"))->isVisible());
    EXPECT_EQ(card->undoStack()->count(), 0);
}

TEST_F(HouseholdCardTest, OverdueDeadlinesStandOut) {
    const qint64 id = freshHousehold(2, QDate(2026, 9, 1));
    RelocationService r(*m_db);
    r.setToday(kToday);
    ASSERT_TRUE(r.notify(m_clerk, id, QDate(2026, 9, 2)).ok());
    auto apartments = r.equivalentFreeApartments(id);
    ASSERT_TRUE(r.sendOffer(m_clerk, id, apartments->first().id, QDate(2026, 10, 1)).ok());
    auto card = openCard(id, m_clerk);
    auto *overdue = card->findChild<QLabel *>(QStringLiteral("overdue"));
    EXPECT_TRUE(overdue->isVisible());
    EXPECT_TRUE(overdue->text().contains(QStringLiteral("overdue by 37 day")))
        << overdue->text().toStdString();
    auto *deadlines = card->findChild<QTableWidget *>(QStringLiteral("deadlines"));
    ASSERT_EQ(deadlines->rowCount(), 1);
    EXPECT_EQ(deadlines->item(0, 2)->text(), QStringLiteral("21.10.2026"));
    EXPECT_EQ(deadlines->item(0, 2)->foreground().color(), QColor(0xb0, 0x00, 0x20));
}

} // namespace

TEST_F(HouseholdCardTest, AReversibleStepIsUndoneAndTheHandoverSaysItIsFinal) {
    const qint64 id = freshHousehold(2, QDate(2026, 10, 1));
    auto card = openCard(id, m_clerk);
    auto *notify = choose(*card, Step::Notify);
    ASSERT_TRUE(notify);
    notify->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2026, 10, 2));
    record(notify);
    EXPECT_EQ(card->card().household.status, QStringLiteral("notified"));
    ASSERT_EQ(card->undoStack()->count(), 1);
    QAction *undo = card->findChild<QAction *>(QStringLiteral("undo"));
    ASSERT_TRUE(undo && undo->isEnabled());
    undo->trigger(); // Ctrl+Z
    EXPECT_EQ(card->card().household.status, QStringLiteral("included"));
    EXPECT_TRUE(card->stepAction(Step::Notify)) << "the case may be notified again";
    card->undoStack()->redo();
    EXPECT_EQ(card->card().household.status, QStringLiteral("notified"));

    RelocationService r(*m_db);
    r.setToday(kToday);
    auto apartments = r.equivalentFreeApartments(id);
    ASSERT_TRUE(r.sendOffer(m_clerk, id, apartments->first().id, QDate(2026, 10, 5)).ok());
    ASSERT_TRUE(r.recordViewing(m_clerk, id, QDate(2026, 10, 7)).ok());
    ASSERT_TRUE(r.consent(m_clerk, id, QDate(2026, 10, 9)).ok());
    ASSERT_TRUE(r.draftContract(m_clerk, id, QStringLiteral("ДМ-9"), QStringLiteral("exchange"),
                                QDate(2026, 10, 12))
                    .ok());
    ASSERT_TRUE(r.signContract(m_clerk, id, QDate(2026, 10, 14)).ok());
    ASSERT_TRUE(r.scheduleKeyHandover(m_clerk, id, QDate(2026, 11, 20), 2).ok());
    card->reload();
    auto *handover = choose(*card, Step::RecordKeyHandover);
    ASSERT_TRUE(handover);
    auto *final = handover->findChild<QLabel *>(QStringLiteral("cannotUndo"));
    ASSERT_TRUE(final);
    EXPECT_TRUE(final->isVisible());
    EXPECT_TRUE(final->text().contains(QLatin1String("cannot be undone")));
    handover->reject();
}
