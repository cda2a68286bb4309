#include "ActBatchDialog.h"

#include "ActPrinting.h"
#include "CertificateRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace nov {

ActBatchDialog::ActBatchDialog(db::Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_byDay(new QRadioButton(tr("All acts of the &day")))
    , m_day(new QDateEdit(QDate::currentDate()))
    , m_building(new QComboBox) {
    setWindowTitle(tr("Acts of a day or building"));
    auto *byBuilding = new QRadioButton(tr("All key acts of the new &building"));
    m_byDay->setChecked(true);
    m_day->setCalendarPopup(true);
    m_building->setEditable(true);
    m_building->setInsertPolicy(QComboBox::NoInsert);
    m_building->setMinimumContentsLength(40);
    auto buildings = db::CertificateRepository(db).buildingsWithHandovers();
    if (buildings)
        for (const auto &[id, address] : buildings.value())
            m_building->addItem(address, id);
    auto *grid = new QGridLayout;
    grid->addWidget(m_byDay, 0, 0);
    grid->addWidget(m_day, 0, 1);
    grid->addWidget(byBuilding, 1, 0);
    grid->addWidget(m_building, 1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *write = buttons->addButton(tr("&Write PDF…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActBatchDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    // Tab as they are shown (the widgets were made in another order).
    const QList<QWidget *> order = {m_byDay,    m_day, byBuilding,
                                    m_building, write, buttons->button(QDialogButtonBox::Cancel)};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void ActBatchDialog::run() {
    CertificateService service(m_db);
    const bool byDay = m_byDay->isChecked();
    auto sources = byDay ? service.actsOfDay(m_day->date())
                         : service.actsOfBuilding(m_building->currentData().toLongLong());
    if (!sources) {
        QMessageBox::warning(this, windowTitle(), sources.error().toText());
        return;
    }
    if (sources->isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("There are no handovers to print."));
        return;
    }
    const QString name =
        byDay ? tr("acts-%1.pdf").arg(m_day->date().toString(Qt::ISODate))
              : tr("acts-building-%1.pdf").arg(m_building->currentData().toLongLong());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save acts as PDF"), name, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (ActPrinting::writeBatch(this, m_db, m_actor, sources.value(), path)) {
        QMessageBox::information(
            this, windowTitle(),
            tr("%n act(s) written to %1.", nullptr, int(sources->size())).arg(path));
        accept();
    }
}

} // namespace nov
