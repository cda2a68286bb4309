#pragma once

#include "auth/Actor.h"
#include "domain/MilestoneTracker.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace nov {

namespace db {
class Database;
}
class ErrorLabel;

// A milestone target: a new one (or a series "every N up to M"), or an unreached one edited.
class TargetDialog : public QDialog {
    Q_OBJECT

public:
    // milestoneId 0: a new target.
    TargetDialog(db::Database &db, const Actor &actor, qint64 milestoneId, qint64 target,
                 const QString &title, QWidget *parent = nullptr);

    // What the change reached at once (targets the counter had passed).
    const QList<MilestoneTracker::Change> &changes() const { return m_changes; }
    QSpinBox *targetEdit() const { return m_target; }
    QCheckBox *seriesCheck() const { return m_series; }
    QSpinBox *upToEdit() const { return m_upTo; }
    void accept() override;

private:
    db::Database &m_db;
    const Actor &m_actor;
    qint64 m_milestoneId;
    QSpinBox *m_target;
    QLineEdit *m_title;
    QCheckBox *m_series;
    QSpinBox *m_upTo;
    ErrorLabel *m_error;
    QList<MilestoneTracker::Change> m_changes;
};

} // namespace nov
