#include "gifts/MilestonesPage.h"

#include "CounterRepository.h"
#include "Theme.h"
#include "domain/GiftService.h"
#include "domain/MilestonePlanner.h"
#include "gifts/GiftDialog.h"
#include "gifts/TargetDialog.h"
#include "household/HouseholdCard.h"
#include "i18n/Formats.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nov {

namespace {

enum Column { Target, Title, Reached, Case, Resident, Vin, ProductionNo, Stage, Gift, Columns };

QString date(const QDate &d) {
    return Formats::date(d);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false) {
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

MilestonesPage::MilestonesPage(db::Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_today(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(makeTable({tr("Target"), tr("Title"), tr("Reached"), tr("Case no."),
                         tr("Resident number N"), tr("Vehicle VIN"), tr("Prod. no."), tr("Status"),
                         tr("Gift handed over")},
                        this))
    , m_planner(makeTable({tr("Target"), tr("To go"), tr("Expected"), tr("How"), tr("Case no."),
                           tr("Expected resident")},
                          this))
    , m_notices(new QListWidget(this)) {
    setObjectName(QStringLiteral("milestones"));
    m_summary->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alertText().name()));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_notices->setWordWrap(true);
    m_notices->setObjectName(QStringLiteral("milestoneNotices"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b :
         {addButton(QStringLiteral("add"), tr("&Add targets…"),
                    tr("A new milestone target, or a series every N up to M (Ctrl+N)"),
                    &MilestonesPage::addTargets),
          addButton(QStringLiteral("edit"), tr("&Edit…"), tr("Change a target not yet reached"),
                    &MilestonesPage::editTarget),
          addButton(QStringLiteral("remove"), tr("Re&move"), tr("Remove a target not yet reached"),
                    &MilestonesPage::removeTarget),
          addButton(QStringLiteral("reserve"), tr("&Reserve vehicle…"),
                    tr("Reserve a vehicle in stock for the reached milestone"),
                    &MilestonesPage::reserveVehicle),
          addButton(QStringLiteral("release"), tr("Re&lease vehicle"),
                    tr("Return the reserved vehicle to stock"), &MilestonesPage::releaseVehicle),
          addButton(QStringLiteral("gift"), tr("Record &gift handover…"),
                    tr("The car was handed over to the resident"), &MilestonesPage::recordGift),
          addButton(QStringLiteral("household"), tr("H&ousehold card"),
                    tr("Open the recipient household's card (Enter)"),
                    &MilestonesPage::openHousehold)})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *plannerBox = new QGroupBox(tr("Planner: the next milestones"), this);
    auto *plannerLayout = new QVBoxLayout(plannerBox);
    plannerLayout->addWidget(m_planner);
    auto *noticeBox = new QGroupBox(tr("Notices: back-dated handovers"), this);
    auto *noticeLayout = new QVBoxLayout(noticeBox);
    noticeLayout->addWidget(m_notices);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(plannerBox);
    lower->addWidget(noticeBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 1);
    lower->setSizes({2000, 1000});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MilestonesPage::updateButtons);
    connect(m_table, &QTableWidget::activated, this, &MilestonesPage::openHousehold);
    auto *add =
        new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &MilestonesPage::addTargets);
    updateButtons();
}

QPushButton *MilestonesPage::addButton(const QString &name, const QString &text, const QString &tip,
                                       void (MilestonesPage::*slot)()) {
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setToolTip(tip);
    connect(b, &QPushButton::clicked, this, slot);
    m_buttons.append(b);
    return b;
}

QPushButton *MilestonesPage::button(const QString &name) const {
    for (QPushButton *b : m_buttons)
        if (b->objectName() == name)
            return b;
    return nullptr;
}

void MilestonesPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void MilestonesPage::reload() {
    m_loaded = true;
    m_problem->hide();
    const QLocale locale;
    auto counter = db::CounterRepository(m_db).relocatedResidents();
    auto lines = MilestoneService(m_db).lines();
    if (!counter || !lines) {
        m_problem->setText((counter ? lines.error() : counter.error()).toText());
        m_problem->show();
        return;
    }
    m_lines = lines.value();
    qint64 reached = 0;
    for (const auto &l : std::as_const(m_lines))
        reached += l.reachedOn.isValid() ? 1 : 0;
    m_summary->setText(tr("<b>%1</b> residents relocated · milestones reached: <b>%2</b> of %3")
                           .arg(locale.toString(counter.value()))
                           .arg(reached)
                           .arg(m_lines.size()));
    fillTable(m_lines);
    fillPlanner();
    fillNotices();
    updateButtons();
}

void MilestonesPage::fillTable(const QList<MilestoneService::Line> &lines) {
    const qint64 keep = currentMilestoneId();
    const QLocale locale;
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const auto &l = lines.at(row);
        const auto stage = MilestoneService::stage(l);
        m_table->setItem(row, Target, cell(locale.toString(l.target), true));
        m_table->setItem(row, Title, cell(l.title));
        m_table->setItem(row, Reached, cell(date(l.reachedOn)));
        m_table->setItem(row, Case, cell(l.caseNumber));
        m_table->setItem(row, Resident, cell(l.residentName));
        m_table->setItem(row, Vin, cell(l.vin));
        m_table->setItem(
            row, ProductionNo,
            cell(l.productionNo > 0 ? locale.toString(l.productionNo) : QString(), true));
        m_table->setItem(row, Stage, cell(MilestoneService::stageTitle(stage)));
        m_table->setItem(row, Gift,
                         cell(l.giftHandedOverOn.isValid()
                                  ? tr("%1, %2").arg(date(l.giftHandedOverOn), l.giftRecipientName)
                                  : QString()));
        m_table->item(row, Target)->setData(Qt::UserRole, l.id);
        if (l.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void MilestonesPage::fillPlanner() {
    const QLocale locale;
    auto plans = MilestonePlanner(m_db).plan(m_today);
    if (!plans) {
        m_planner->setRowCount(0);
        m_problem->setText(plans.error().toText());
        m_problem->show();
        return;
    }
    m_planner->setRowCount(int(plans->size()));
    for (int row = 0; row < plans->size(); ++row) {
        const auto &p = plans->at(row);
        QString how;
        if (p.byAppointment)
            how = tr("key handover appointment");
        else if (!p.expectedOn.isValid())
            how = tr("no recent handovers: no forecast");
        else
            how = tr("forecast, %1 – %2")
                      .arg(date(p.earliest), p.latest.isValid() ? date(p.latest) : tr("later"));
        m_planner->setItem(row, 0, cell(locale.toString(p.target), true));
        m_planner->setItem(row, 1, cell(locale.toString(p.toGo), true));
        m_planner->setItem(row, 2, cell(date(p.expectedOn)));
        m_planner->setItem(row, 3, cell(how));
        m_planner->setItem(row, 4, cell(p.caseNumber));
        m_planner->setItem(row, 5, cell(p.residentName));
    }
    m_planner->resizeColumnsToContents();
}

void MilestonesPage::fillNotices() {
    m_notices->clear();
    auto notices = MilestoneService(m_db).notices();
    if (!notices) {
        m_notices->addItem(notices.error().toText());
        return;
    }
    for (const auto &n : std::as_const(notices.value())) {
        auto *item = new QListWidgetItem(
            tr("%1: %2").arg(Formats::dateTime(QDateTime::fromString(n.at, Qt::ISODate)), n.text),
            m_notices);
        if (n.conflict)
            item->setForeground(Theme::alertText());
    }
    if (m_notices->count() == 0)
        m_notices->addItem(tr("No back-dated handover has moved a milestone."));
}

const MilestoneService::Line *MilestonesPage::current() const {
    const qint64 id = currentMilestoneId();
    for (const auto &l : m_lines)
        if (l.id == id)
            return &l;
    return nullptr;
}

qint64 MilestonesPage::currentMilestoneId() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Target) || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, Target)->data(Qt::UserRole).toLongLong();
}

void MilestonesPage::updateButtons() {
    using S = MilestoneService::Stage;
    const auto *l = current();
    const S stage = l ? MilestoneService::stage(*l) : S::Planned;
    const bool targets = m_actor.can(Permission::ManageMilestones);
    const bool gifts = m_actor.can(Permission::AllocateGifts);
    button(QStringLiteral("add"))->setEnabled(targets);
    button(QStringLiteral("edit"))->setEnabled(targets && l && stage == S::Planned);
    button(QStringLiteral("remove"))->setEnabled(targets && l && stage == S::Planned);
    button(QStringLiteral("reserve"))->setEnabled(gifts && l && stage == S::Reached);
    button(QStringLiteral("release"))->setEnabled(gifts && l && stage == S::VehicleReserved);
    button(QStringLiteral("gift"))->setEnabled(gifts && l && stage == S::VehicleReserved);
    button(QStringLiteral("household"))->setEnabled(l && l->householdId > 0);
}

QString MilestonesPage::milestoneText(const MilestoneService::Line &l) {
    const QString target = QLocale().toString(l.target);
    if (l.caseNumber.isEmpty())
        return l.title.isEmpty() ? target : l.title;
    return tr("%1 — %2 (case %3)")
        .arg(l.title.isEmpty() ? target : l.title, l.residentName, l.caseNumber);
}

void MilestonesPage::tellChanges(const QList<MilestoneTracker::Change> &changes) {
    if (changes.isEmpty())
        return;
    QStringList text;
    for (const auto &c : changes)
        text << c.describe();
    QMessageBox::information(this, tr("Milestones"), text.join(QStringLiteral("\n\n")));
}

void MilestonesPage::changed() {
    reload();
    emit milestonesChanged();
}

void MilestonesPage::addTargets() {
    if (!m_actor.can(Permission::ManageMilestones))
        return;
    const qint64 highest = m_lines.isEmpty() ? 0 : m_lines.last().target;
    TargetDialog dialog(m_db, m_actor, 0, highest + 50000, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tellChanges(dialog.changes());
    changed();
}

void MilestonesPage::editTarget() {
    const auto *l = current();
    if (!l)
        return;
    TargetDialog dialog(m_db, m_actor, l->id, l->target, l->title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tellChanges(dialog.changes());
    changed();
}

void MilestonesPage::removeTarget() {
    const auto *l = current();
    if (!l)
        return;
    if (QMessageBox::question(this, tr("Remove milestone"),
                              tr("Remove the milestone for resident number %1?")
                                  .arg(QLocale().toString(l->target))) != QMessageBox::Yes)
        return;
    if (Status s = MilestoneService(m_db).removeTarget(m_actor, l->id); !s) {
        QMessageBox::warning(this, tr("Remove milestone"), s.error().toText());
        return;
    }
    changed();
}

void MilestonesPage::reserveVehicle() {
    const auto *l = current();
    if (!l)
        return;
    GiftDialog dialog(m_db, m_actor, GiftDialog::Step::Reserve, l->id, milestoneText(*l), this);
    dialog.setToday(m_today);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void MilestonesPage::releaseVehicle() {
    const auto *l = current();
    if (!l)
        return;
    if (Status s = GiftService(m_db).release(m_actor, l->id); !s) {
        QMessageBox::warning(this, tr("Release vehicle"), s.error().toText());
        return;
    }
    changed();
}

void MilestonesPage::recordGift() {
    const auto *l = current();
    if (!l)
        return;
    GiftDialog dialog(m_db, m_actor, GiftDialog::Step::HandOver, l->id, milestoneText(*l), this);
    dialog.setToday(m_today);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void MilestonesPage::openHousehold() {
    const auto *l = current();
    if (!l || l->householdId <= 0)
        return;
    emit cardOpened(HouseholdCard::open(this, m_db, m_actor, l->householdId));
}

} // namespace nov
