#pragma once

#include "domain/HouseholdCardService.h"

#include <QTabWidget>

class QLabel;
class QTableWidget;

namespace nov {

class MembersTab;

// The tabs of the household card: Members (editable), Offers, Contract, Key handover,
// History and Deadlines (read-only views of the case).
class HouseholdTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit HouseholdTabs(QWidget *parent = nullptr);

    // `reveal`: personal numbers in full (recorded by the caller), otherwise masked.
    void showCard(const HouseholdCardService::Card &card, bool membersEditable, bool reveal);
    MembersTab *members() const { return m_members; }
    QTableWidget *offers() const { return m_offers; }
    QTableWidget *history() const { return m_history; }
    QTableWidget *deadlines() const { return m_deadlines; }

    static QString date(const QDate &date);

private:
    QTableWidget *addTable(const QString &name, const QString &title, const QStringList &headers);
    QWidget *addForm(const QString &name, const QString &title, QList<QLabel *> *values,
                     const QStringList &labels);
    void showOffers(const HouseholdCardService::Card &card);
    void showContract(const HouseholdCardService::Card &card);
    void showKeyHandover(const HouseholdCardService::Card &card);
    void showHistory(const HouseholdCardService::Card &card);
    void showDeadlines(const HouseholdCardService::Card &card);

    MembersTab *m_members;
    QTableWidget *m_offers;
    QList<QLabel *> m_contract;
    QList<QLabel *> m_keyHandover;
    QTableWidget *m_history;
    QTableWidget *m_deadlines;
};

} // namespace nov
