#pragma once

#include "auth/Actor.h"
#include "domain/RelocationService.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace nov {

class ErrorLabel;
class HouseholdCard;

namespace db {
class Database;
}

// Cases past a deadline (no decision 20 days after the offer letter, no signed contract 30
// days after the consent; the days are settings): case number, status, deadline, since, due
// and days overdue, sortable by any column, most overdue first. Double-click or Enter opens
// the household card.
class OverduePage : public QWidget {
    Q_OBJECT

public:
    OverduePage(db::Database &db, const Actor &actor, QWidget *parent = nullptr);

    // The day the deadlines are measured against (default: the system date).
    void setToday(const QDate &today);
    QTableView *view() const { return m_view; }
    // The household of a row of the view (sorted order).
    qint64 householdAt(int row) const;

public slots:
    void reload();
    // Opens the card of the view's row.
    HouseholdCard *openRow(int row);

signals:
    void cardOpened(nov::HouseholdCard *card);

private:
    void fill(const QList<RelocationService::OverdueCase> &cases);

    db::Database &m_db;
    Actor m_actor;
    RelocationService m_relocation;
    QDate m_today; // set by tests; cards then use it too
    QDateEdit *m_asOf;
    QLabel *m_count;
    ErrorLabel *m_error;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
};

} // namespace nov
