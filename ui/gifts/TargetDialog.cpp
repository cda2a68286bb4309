#include "gifts/TargetDialog.h"

#include "domain/MilestoneService.h"
#include "household/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nov {

namespace {
constexpr int kLargestTarget = 100000000;
}

TargetDialog::TargetDialog(db::Database &db, const Actor &actor, qint64 milestoneId, qint64 target,
                           const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_milestoneId(milestoneId)
    , m_target(new QSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_series(new QCheckBox(tr("A &series: every so many residents up to"), this))
    , m_upTo(new QSpinBox(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(milestoneId > 0 ? tr("Edit milestone") : tr("Add milestones"));
    for (QSpinBox *box : {m_target, m_upTo}) {
        box->setRange(1, kLargestTarget);
        box->setGroupSeparatorShown(true);
    }
    m_target->setValue(int(std::clamp<qint64>(target, 1, kLargestTarget)));
    m_upTo->setValue(1000000);
    m_upTo->setEnabled(false);
    m_title->setText(title);
    m_title->setPlaceholderText(tr("e.g. 300 000-й переселённый житель"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Resident number:"), m_target);
    form->addRow(tr("&Title:"), m_title);
    if (milestoneId == 0) {
        form->addRow(m_series);
        form->addRow(tr("&Last target:"), m_upTo);
        connect(m_series, &QCheckBox::toggled, this, [this](bool on) {
            m_upTo->setEnabled(on);
            m_title->setEnabled(!on);
        });
    } else {
        m_series->hide();
        m_upTo->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TargetDialog::accept() {
    MilestoneService service(m_db);
    Result<QList<MilestoneTracker::Change>> changes =
        m_milestoneId > 0
            ? service.editTarget(m_actor, m_milestoneId, m_target->value(), m_title->text())
        : m_series->isChecked() ? service.addSeries(m_actor, m_target->value(), m_upTo->value())
                                : service.addTarget(m_actor, m_target->value(), m_title->text());
    if (!changes) {
        m_error->showError(changes.error());
        return;
    }
    m_changes = changes.value();
    QDialog::accept();
}

} // namespace nov
