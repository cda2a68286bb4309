#pragma once

#include "auth/Actor.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace nov {

namespace db {
class Database;
}
class ErrorLabel;

// The gift of a reached milestone: either reserving a vehicle in stock (the proposed one
// preselected) or recording the handover to a member of the household (the head preselected)
// on a date.
class GiftDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { Reserve, HandOver };
    GiftDialog(db::Database &db, const Actor &actor, Step step, qint64 milestoneId,
               const QString &milestoneText, QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    QDateEdit *dateEdit() const { return m_date; }
    void setToday(const QDate &today);
    void accept() override;

private:
    void fillVehicles();
    void fillRecipients();

    db::Database &m_db;
    const Actor &m_actor;
    Step m_step;
    qint64 m_milestoneId;
    QDate m_today;
    QLabel *m_note;
    QComboBox *m_choice;
    QDateEdit *m_date = nullptr;
    ErrorLabel *m_error;
};

} // namespace nov
