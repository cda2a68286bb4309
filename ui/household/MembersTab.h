#pragma once

#include "Records.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace nov {

// The Members tab of the household card: the residents in a table and the buttons to add,
// correct and remove one (Insert, Enter/F2 and Delete on the table do the same).
class MembersTab : public QWidget {
    Q_OBJECT

public:
    explicit MembersTab(QWidget *parent = nullptr);

    // `reveal`: passport, SNILS and phone in full; otherwise masked.
    void setMembers(const QList<db::ResidentRecord> &members, bool editable, bool reveal = true);
    // The resident of the current row (0 when none).
    qint64 currentResidentId() const;
    bool selectResident(qint64 residentId);
    QTableWidget *table() const { return m_table; }

signals:
    void addRequested();
    void editRequested(qint64 residentId);
    void removeRequested(qint64 residentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_editable = false;
};

} // namespace nov
