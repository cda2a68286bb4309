#include "HouseholdCard.h"

#include "ErrorLabel.h"
#include "HouseholdTabs.h"
#include "MembersTab.h"
#include "RescheduleCommand.h"
#include "ResidentCommand.h"
#include "ResidentDialog.h"
#include "StepCommand.h"
#include "Theme.h"
#include "WorkflowStepDialog.h"
#include "certificates/ActPrinting.h"
#include "domain/PersonalData.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nov {

namespace {

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

HouseholdCard::HouseholdCard(db::Database &db, const Actor &actor, qint64 householdId,
                             QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_householdId(householdId)
    , m_today(QDate::currentDate())
    , m_cards(db)
    , m_relocation(db)
    , m_residents(db)
    , m_stepUndo(db)
    , m_db(db)
    , m_undo(new QUndoStack(this)) {
    // Personal numbers in full only for roles that handle cases, and only once recorded.
    m_revealed = PersonalData::recordReveal(db, actor, householdId).ok();
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    createMenus();
    layout->addWidget(createHeader());
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("cardError"));
    layout->addWidget(m_error);
    m_tabs = new HouseholdTabs;
    layout->addWidget(m_tabs, 1);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    MembersTab *members = m_tabs->members();
    connect(members, &MembersTab::addRequested, this, [this] { addResident(); });
    connect(members, &MembersTab::editRequested, this, [this](qint64 id) { editResident(id); });
    connect(members, &MembersTab::removeRequested, this, &HouseholdCard::removeResident);
    resize(Theme::scaled(this, 960, 640));
    reload();
}

HouseholdCard *HouseholdCard::open(QWidget *parent, db::Database &db, const Actor &actor,
                                   qint64 householdId) {
    auto *card = new HouseholdCard(db, actor, householdId, parent);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->show();
    card->raise();
    card->activateWindow();
    return card;
}

QWidget *HouseholdCard::createHeader() {
    auto *header = new QWidget;
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    m_caseNumber = new QLabel;
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    QFont big = m_caseNumber->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_caseNumber->setFont(big);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_apartment = new QLabel;
    m_apartment->setObjectName(QStringLiteral("oldApartment"));
    m_apartment->setWordWrap(true);
    m_district = new QLabel;
    m_district->setObjectName(QStringLiteral("district"));
    m_nextSteps = new QLabel;
    m_nextSteps->setWordWrap(true);
    m_overdue = new QLabel;
    m_overdue->setObjectName(QStringLiteral("overdue"));
    m_overdue->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(Theme::alertText().name()));
    m_nextStep = new QPushButton(tr("&Next step"));
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setMenu(m_stepMenu);
    for (QLabel *label : {m_caseNumber, m_status, m_apartment, m_district})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    grid->addWidget(m_caseNumber, 0, 0);
    grid->addWidget(new QLabel(tr("Status:")), 0, 1, Qt::AlignRight);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_nextStep, 0, 3, Qt::AlignRight);
    grid->addWidget(m_apartment, 1, 0, 1, 4);
    grid->addWidget(m_district, 2, 0, 1, 4);
    grid->addWidget(m_nextSteps, 3, 0, 1, 4);
    grid->addWidget(m_overdue, 4, 0, 1, 4);
    grid->setColumnStretch(2, 1);
    return header;
}

void HouseholdCard::createMenus() {
    auto *bar = new QMenuBar(this);
    layout()->setMenuBar(bar);
    QMenu *caseMenu = bar->addMenu(tr("&Case"));
    m_stepMenu = caseMenu->addMenu(tr("&Next step"));
    m_stepMenu->setObjectName(QStringLiteral("nextStepMenu"));
    QAction *reloadAction = caseMenu->addAction(tr("&Reload"), this, &HouseholdCard::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    m_printAct = caseMenu->addAction(tr("&Print key handover act…"), this, [this] {
        if (m_card.keyHandover)
            ActPrinting::preview(this, m_db, m_actor,
                                 {{CertificateService::Kind::KeyHandover, m_card.keyHandover->id}});
    });
    m_printAct->setObjectName(QStringLiteral("printAct"));
    m_printAct->setShortcut(QKeySequence::Print);
    caseMenu->addSeparator();
    QAction *closeAction = caseMenu->addAction(tr("&Close"), this, &QDialog::close);
    closeAction->setShortcut(QKeySequence::Close);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
}

void HouseholdCard::setToday(const QDate &today) {
    m_today = today;
    m_relocation.setToday(today);
    m_stepUndo.setToday(today);
    m_residents.setToday(today);
    reload();
}

bool HouseholdCard::reload() {
    auto card = m_cards.load(m_householdId, m_today);
    if (!card) {
        showError(card.error());
        m_nextStep->setEnabled(false);
        return false;
    }
    m_card = card.value();
    // An act exists once the keys are handed over.
    m_printAct->setEnabled(m_actor.can(Permission::PrintActs) && m_card.keyHandover &&
                           m_card.keyHandover->handedOverOn.isValid());
    showHeader();
    rebuildStepMenu();
    m_tabs->showCard(m_card, m_actor.can(Permission::EditHouseholds), m_revealed);
    return true;
}

void HouseholdCard::showHeader() {
    const auto &h = m_card.household;
    const auto &a = m_card.oldApartment;
    const QLocale locale;
    setWindowTitle(tr("Household %1").arg(h.caseNumber));
    m_caseNumber->setText(tr("Case %1").arg(h.caseNumber));
    m_status->setText(HouseholdWorkflow::statusTitle(h.status));
    m_status->setToolTip(tr("Since %1").arg(HouseholdTabs::date(h.statusChangedOn)));
    m_apartment->setText(
        tr("Old apartment: %1, apt. %2, floor %3 · %n room(s) · "
           "%4 m² total, %5 m² living",
           nullptr, a.rooms)
            .arg(a.address, a.number)
            .arg(a.floor)
            .arg(locale.toString(a.totalArea, 'f', 1), locale.toString(a.livingArea, 'f', 1)));
    m_district->setText(tr("District: %1 (%2) · included on %3")
                            .arg(a.districtName, a.okrugCode, HouseholdTabs::date(h.includedOn)));
    m_nextSteps->setText(HouseholdWorkflow::allowedStepsText(h.status));
    QStringList overdue;
    for (const auto &d : m_card.deadlines) {
        if (!d.overdue)
            continue;
        const bool decision = d.kind == HouseholdCardService::Deadline::Kind::Decision;
        overdue << (decision ? tr("The decision on the offer is overdue by %n day(s) (due %1).",
                                  nullptr, -d.daysLeft)
                             : tr("The signed contract is overdue by %n day(s) (due %1).", nullptr,
                                  -d.daysLeft))
                       .arg(HouseholdTabs::date(d.due));
    }
    m_overdue->setText(overdue.join(QLatin1Char(' ')));
    m_overdue->setVisible(!overdue.isEmpty());
}

void HouseholdCard::rebuildStepMenu() {
    m_stepMenu->clear();
    m_stepActions.clear();
    const bool mayRecord = m_actor.can(Permission::RecordWorkflow);
    for (WorkflowStep step : HouseholdWorkflow::allowedSteps(m_card.household.status)) {
        QAction *action =
            m_stepMenu->addAction(capitalised(HouseholdWorkflow::stepTitle(step)) + tr("…"));
        action->setEnabled(mayRecord);
        connect(action, &QAction::triggered, this, [this, step] { startStep(step); });
        m_stepActions.insert(step, action);
    }
    m_nextStep->setEnabled(mayRecord && !m_stepActions.isEmpty());
    m_nextStep->setToolTip(mayRecord ? QString()
                                     : tr("Your role may look at the case but not record "
                                          "steps. %1")
                                           .arg(Actor::roleNeededText(Permission::RecordWorkflow)));
}

WorkflowStepDialog *HouseholdCard::startStep(WorkflowStep step) {
    if (!m_stepActions.contains(step))
        return nullptr;
    m_error->clearError();
    m_appointmentBefore = m_card.keyHandover;
    auto *dialog =
        new WorkflowStepDialog(step, m_relocation, m_cards, m_actor, m_card, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkflowStepDialog::recorded, this, &HouseholdCard::stepRecorded);
    connect(dialog, &WorkflowStepDialog::recorded, this, [this, dialog](WorkflowStep s) {
        if (StepUndo::undoable(s)) {
            m_undo->push(new StepCommand(
                m_stepUndo, m_actor, m_householdId, s, dialog->again(),
                [this](const Error &e) { showError(e); }, [this] { changed(); }));
            return;
        }
        if (s != WorkflowStep::ScheduleKeyHandover)
            return;
        const auto &before = m_appointmentBefore;
        if (!before || !before->scheduledFor.isValid() || before->handedOverOn.isValid())
            return; // a first appointment has no inverse call
        m_undo->push(new RescheduleCommand(
            m_relocation, m_cards, m_actor, m_householdId,
            {before->scheduledFor, before->keySets, before->residentsCount},
            {dialog->date(), dialog->keySets(), dialog->residentsMoving()},
            [this](const Error &e) { showError(e); }, [this] { changed(); }));
    });
    dialog->open();
    return dialog;
}

void HouseholdCard::stepRecorded(WorkflowStep step,
                                 const QList<MilestoneTracker::Change> &milestones) {
    changed();
    notice(tr("Recorded: %1. The case is now «%2».")
               .arg(HouseholdWorkflow::stepTitle(step),
                    HouseholdWorkflow::statusTitle(m_card.household.status)));
    if (!milestones.isEmpty())
        tellMilestones(milestones);
}

void HouseholdCard::tellMilestones(const QList<MilestoneTracker::Change> &milestones) {
    QStringList headlines;
    QStringList details;
    for (const auto &change : milestones) {
        if (change.kind == MilestoneTracker::Change::Kind::Reached)
            headlines << tr("This handover reached the %1th resident of the programme.")
                             .arg(QLocale().toString(change.target));
        details << change.describe();
    }
    if (headlines.isEmpty())
        headlines << tr("This handover changed milestones of the programme.");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Milestone of the programme"),
                                headlines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box->setInformativeText(details.join(QStringLiteral("\n\n")));
    box->setObjectName(QStringLiteral("milestoneNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit milestonesChanged(milestones);
}

ResidentDialog *HouseholdCard::addResident() {
    db::ResidentRecord blank;
    blank.householdId = m_householdId;
    blank.sex = QLatin1Char('M');
    blank.relation = m_card.members.isEmpty() ? QStringLiteral("head") : QStringLiteral("other");
    auto submit = [this](const db::ResidentRecord &r) -> Status {
        auto id = m_residents.add(m_actor, r);
        if (!id)
            return id.error();
        auto stored = m_residents.resident(id.value());
        if (stored)
            pushResidentChange(std::nullopt, stored.value());
        changed();
        m_tabs->members()->selectResident(id.value());
        return {};
    };
    auto *dialog = new ResidentDialog(blank, m_today, submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ResidentDialog *HouseholdCard::editResident(qint64 residentId) {
    auto before = m_residents.resident(residentId);
    if (!before) {
        showError(before.error());
        return nullptr;
    }
    auto submit = [this, was = before.value()](const db::ResidentRecord &r) -> Status {
        if (auto status = m_residents.update(m_actor, r); !status)
            return status;
        auto stored = m_residents.resident(r.id);
        if (stored && !ResidentCommand::sameData(was, stored.value()))
            pushResidentChange(was, stored.value());
        changed();
        return {};
    };
    auto *dialog = new ResidentDialog(before.value(), m_today, submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void HouseholdCard::removeResident(qint64 residentId) {
    auto before = m_residents.resident(residentId);
    Status status = before ? m_residents.remove(m_actor, residentId) : Status(before.error());
    if (!status) {
        showError(status.error());
        return;
    }
    pushResidentChange(before.value(), std::nullopt);
    changed();
    notice(tr("%1 was removed from the household. Undo brings the resident back.")
               .arg(ResidentService::fullName(before.value())));
}

void HouseholdCard::pushResidentChange(std::optional<db::ResidentRecord> before,
                                       std::optional<db::ResidentRecord> after) {
    m_undo->push(new ResidentCommand(
        m_residents, m_actor, std::move(before), std::move(after),
        [this](const Error &e) { showError(e); }, [this] { changed(); }));
}

void HouseholdCard::notice(const QString &text) {
    m_notice->setText(text);
}

void HouseholdCard::showError(const Error &error) {
    m_error->showError(error);
}

void HouseholdCard::changed() {
    m_error->clearError();
    reload();
    emit caseChanged(m_householdId);
}

} // namespace nov
