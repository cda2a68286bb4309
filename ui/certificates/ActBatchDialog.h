#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QRadioButton;

namespace nov {

namespace db {
class Database;
}

// Acts ▸ Acts of a day or building…: every act of one day, or every key act of one new
// building, into one PDF (one act per page).
class ActBatchDialog : public QDialog {
    Q_OBJECT

public:
    ActBatchDialog(db::Database &db, const Actor &actor, QWidget *parent = nullptr);

private:
    void run();

    db::Database &m_db;
    Actor m_actor;
    QRadioButton *m_byDay;
    QDateEdit *m_day;
    QComboBox *m_building;
};

} // namespace nov
