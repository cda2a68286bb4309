#pragma once

#include "auth/Actor.h"
#include "domain/MilestoneService.h"
#include "household/HouseholdCard.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace nov {

namespace db {
class Database;
}

// The milestones of the programme: each target with its date, recipient household and
// resident, gift vehicle and stage; the manager's actions (targets, reserving a car, the gift
// handover); the planner's look ahead; and the notices of back-dated handovers.
class MilestonesPage : public QWidget {
    Q_OBJECT

public:
    // "50 000 — Иванов Иван (case 2023-000123)": the milestone in a dialog's heading.
    static QString milestoneText(const MilestoneService::Line &line);

    MilestonesPage(db::Database &db, const Actor &actor, QWidget *parent = nullptr);

    // The office's "today" for the planner and the gift date (default: the system date).
    void setToday(const QDate &today) { m_today = today; }
    void reload();

    QTableWidget *table() const { return m_table; }
    QTableWidget *plannerTable() const { return m_planner; }
    QListWidget *notices() const { return m_notices; }
    QPushButton *button(const QString &name) const;
    qint64 currentMilestoneId() const;

signals:
    void cardOpened(nov::HouseholdCard *card);
    void milestonesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *addButton(const QString &name, const QString &text, const QString &tip,
                           void (MilestonesPage::*slot)());
    void fillTable(const QList<MilestoneService::Line> &lines);
    void fillPlanner();
    void fillNotices();
    void updateButtons();
    const MilestoneService::Line *current() const;
    void tellChanges(const QList<MilestoneTracker::Change> &changes);
    void changed();

    void addTargets();
    void editTarget();
    void removeTarget();
    void reserveVehicle();
    void releaseVehicle();
    void recordGift();
    void openHousehold();

    db::Database &m_db;
    const Actor &m_actor;
    QDate m_today;
    bool m_loaded = false;
    QList<MilestoneService::Line> m_lines;
    QLabel *m_summary;
    QLabel *m_problem;
    QTableWidget *m_table;
    QTableWidget *m_planner;
    QListWidget *m_notices;
    QList<QPushButton *> m_buttons;
};

} // namespace nov
