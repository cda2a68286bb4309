#include "OverduePage.h"

#include "Theme.h"
#include "domain/HouseholdWorkflow.h"
#include "household/ErrorLabel.h"
#include "household/HouseholdCard.h"
#include "i18n/Formats.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nov {

namespace {

enum Column { CaseNumber, Status, Deadline, Since, Due, DaysOverdue, ColumnCount };
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kHouseholdRole = Qt::UserRole + 2;

QStandardItem *item(const QString &text, const QVariant &sortKey) {
    auto *cell = new QStandardItem(text);
    cell->setData(sortKey, kSortRole);
    cell->setEditable(false);
    return cell;
}

QStandardItem *dateItem(const QDate &date) {
    return item(Formats::date(date), date);
}

} // namespace

OverduePage::OverduePage(db::Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_relocation(db) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("Overdue &as of:"));
    m_asOf = new QDateEdit(QDate::currentDate());
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLatin1String(Formats::kDateFormat));
    asOfLabel->setBuddy(m_asOf);
    auto *refresh = new QPushButton(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(refresh);
    bar->addStretch();
    bar->addWidget(m_count);
    layout->addLayout(bar);
    m_error = new ErrorLabel;
    layout->addWidget(m_error);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Case"), tr("Status"), tr("Deadline"), tr("Since"), tr("Due"), tr("Days overdue")});
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(kSortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("overdue"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->sortByColumn(DaysOverdue, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    connect(refresh, &QPushButton::clicked, this, &OverduePage::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &OverduePage::reload);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    reload();
}

void OverduePage::setToday(const QDate &today) {
    m_today = today;
    m_relocation.setToday(today);
    if (m_asOf->date() == today)
        reload();
    else
        m_asOf->setDate(today); // reloads
}

void OverduePage::reload() {
    auto cases = m_relocation.overdue(m_asOf->date());
    if (!cases) {
        m_error->showError(cases.error());
        return;
    }
    m_error->clearError();
    fill(cases.value());
}

void OverduePage::fill(const QList<RelocationService::OverdueCase> &cases) {
    using Kind = RelocationService::OverdueCase::Deadline;
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &c : cases) {
        const bool decision = c.deadline == Kind::Decision;
        QList<QStandardItem *> row = {
            item(c.caseNumber, c.caseNumber),
            item(HouseholdWorkflow::statusTitle(c.status),
                 HouseholdWorkflow::statusTitle(c.status)),
            item(decision ? tr("decision on the offer") : tr("signed contract"), decision ? 0 : 1),
            dateItem(c.since),
            dateItem(c.due),
            item(QString::number(c.daysOverdue), c.daysOverdue)};
        row.first()->setData(c.householdId, kHouseholdRole);
        row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.last()->setForeground(Theme::alertText());
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_count->setText(tr("%n overdue case(s)", nullptr, int(cases.size())));
}

qint64 OverduePage::householdAt(int row) const {
    return m_sorted->index(row, CaseNumber).data(kHouseholdRole).toLongLong();
}

HouseholdCard *OverduePage::openRow(int row) {
    const qint64 householdId = householdAt(row);
    if (householdId <= 0)
        return nullptr;
    HouseholdCard *card = HouseholdCard::open(this, m_db, m_actor, householdId);
    if (m_today.isValid())
        card->setToday(m_today);
    connect(card, &HouseholdCard::caseChanged, this, &OverduePage::reload);
    emit cardOpened(card);
    return card;
}

} // namespace nov
