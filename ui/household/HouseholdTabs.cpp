#include "HouseholdTabs.h"

#include "MembersTab.h"
#include "Theme.h"
#include "WorkflowStepDialog.h"
#include "domain/HouseholdWorkflow.h"
#include "domain/RelocationService.h"
#include "i18n/Formats.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace nov {

namespace {

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString dash(const QString &text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

HouseholdTabs::HouseholdTabs(QWidget *parent)
    : QTabWidget(parent) {
    m_members = new MembersTab;
    addTab(m_members, tr("&Members"));
    m_offers = addTable(QStringLiteral("offers"), tr("&Offers"),
                        {tr("Letter"), tr("Apartment"), tr("Rooms"), tr("Total / living, m²"),
                         tr("Viewed"), tr("Decision"), tr("Decided"), tr("Refusal reason"),
                         tr("Override")});
    addForm(QStringLiteral("contract"), tr("Con&tract"), &m_contract,
            {tr("Number:"), tr("Type:"), tr("Drafted on:"), tr("Signed on:")});
    addForm(
        QStringLiteral("keyHandover"), tr("&Key handover"), &m_keyHandover,
        {tr("Appointment:"), tr("Handed over on:"), tr("Key sets:"), tr("Residents moving in:")});
    m_history = addTable(QStringLiteral("history"), tr("&History"),
                         {tr("Date"), tr("From"), tr("To"), tr("By"), tr("Note")});
    m_deadlines = addTable(QStringLiteral("deadlines"), tr("&Deadlines"),
                           {tr("Deadline"), tr("Since"), tr("Due"), tr("State")});
}

QTableWidget *HouseholdTabs::addTable(const QString &name, const QString &title,
                                      const QStringList &headers) {
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    addTab(table, title);
    return table;
}

QWidget *HouseholdTabs::addForm(const QString &name, const QString &title, QList<QLabel *> *values,
                                const QStringList &labels) {
    auto *page = new QWidget;
    page->setObjectName(name);
    auto *form = new QFormLayout(page);
    for (const QString &label : labels) {
        auto *value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(label, value);
        values->append(value);
    }
    addTab(page, title);
    return page;
}

QString HouseholdTabs::date(const QDate &date) {
    return Formats::date(date, QStringLiteral("—"));
}

void HouseholdTabs::showCard(const HouseholdCardService::Card &card, bool membersEditable,
                             bool reveal) {
    m_members->setMembers(card.members, membersEditable, reveal);
    showOffers(card);
    showContract(card);
    showKeyHandover(card);
    showHistory(card);
    showDeadlines(card);
}

void HouseholdTabs::showOffers(const HouseholdCardService::Card &card) {
    const QLocale locale;
    m_offers->setRowCount(int(card.offers.size()));
    for (int row = 0; row < card.offers.size(); ++row) {
        const auto &o = card.offers.at(row);
        const QString reason = o.offer.refusalReason.isEmpty()
                                   ? QString()
                                   : RelocationService::refusalReasonTitle(o.offer.refusalReason);
        const QStringList texts = {
            date(o.offer.letterOn),
            tr("%1, apt. %2, floor %3").arg(o.address, o.apartmentNumber).arg(o.floor),
            QString::number(o.rooms),
            tr("%1 / %2").arg(locale.toString(o.totalArea, 'f', 1),
                              locale.toString(o.livingArea, 'f', 1)),
            date(o.offer.viewedOn),
            RelocationService::decisionTitle(o.offer.decision),
            date(o.offer.decidedOn),
            dash(reason),
            dash(o.overrideReason)};
        for (int column = 0; column < texts.size(); ++column)
            m_offers->setItem(row, column, cell(texts.at(column)));
    }
    m_offers->resizeColumnsToContents();
}

void HouseholdTabs::showContract(const HouseholdCardService::Card &card) {
    const auto &c = card.contract;
    m_contract.at(0)->setText(c ? c->number : tr("No contract yet."));
    m_contract.at(1)->setText(c ? WorkflowStepDialog::contractTypeTitle(c->type) : QString());
    m_contract.at(2)->setText(c ? date(c->draftedOn) : QString());
    m_contract.at(3)->setText(c ? date(c->signedOn) : QString());
}

void HouseholdTabs::showKeyHandover(const HouseholdCardService::Card &card) {
    const auto &k = card.keyHandover;
    m_keyHandover.at(0)->setText(k ? date(k->scheduledFor) : tr("No appointment yet."));
    m_keyHandover.at(1)->setText(k ? date(k->handedOverOn) : QString());
    m_keyHandover.at(2)->setText(k ? QString::number(k->keySets) : QString());
    m_keyHandover.at(3)->setText(k ? QString::number(k->residentsCount) : QString());
}

void HouseholdTabs::showHistory(const HouseholdCardService::Card &card) {
    m_history->setRowCount(int(card.history.size()));
    for (int row = 0; row < card.history.size(); ++row) {
        const auto &e = card.history.at(row);
        const QStringList texts = {
            date(e.happenedOn),
            e.fromStatus.isEmpty() ? QStringLiteral("—")
                                   : HouseholdWorkflow::statusTitle(e.fromStatus),
            HouseholdWorkflow::statusTitle(e.toStatus), dash(e.userLogin), e.note};
        for (int column = 0; column < texts.size(); ++column)
            m_history->setItem(row, column, cell(texts.at(column)));
    }
    m_history->resizeColumnsToContents();
    m_history->scrollToBottom();
}

void HouseholdTabs::showDeadlines(const HouseholdCardService::Card &card) {
    using Kind = HouseholdCardService::Deadline::Kind;
    m_deadlines->setRowCount(int(card.deadlines.size()));
    for (int row = 0; row < card.deadlines.size(); ++row) {
        const auto &d = card.deadlines.at(row);
        QString state;
        if (d.metOn.isValid())
            state = tr("met on %1").arg(date(d.metOn));
        else if (d.overdue)
            state = tr("overdue by %n day(s)", nullptr, -d.daysLeft);
        else
            state = tr("%n day(s) left", nullptr, d.daysLeft);
        const QStringList texts = {d.kind == Kind::Decision ? tr("Decision on the offer")
                                                            : tr("Signed contract"),
                                   date(d.since), date(d.due), state};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = cell(texts.at(column));
            if (d.overdue) {
                item->setForeground(Theme::alertText());
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_deadlines->setItem(row, column, item);
        }
    }
    m_deadlines->resizeColumnsToContents();
}

} // namespace nov
