#include "gifts/VehicleActions.h"

#include "VehicleRepository.h"
#include "browse/BrowseDefinition.h"
#include "gifts/VehicleDialog.h"
#include "models/LazyTableModel.h"
#include "pages/BrowsePage.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace nov {

VehicleActions::VehicleActions(db::Database &db, const Actor &actor, BrowsePage *page)
    : QWidget(page)
    , m_db(db)
    , m_actor(actor)
    , m_page(page)
    , m_add(new QPushButton(tr("&Add vehicle…"), this))
    , m_edit(new QPushButton(tr("&Edit vehicle…"), this)) {
    setObjectName(QStringLiteral("vehicleActions"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    const bool may = actor.can(Permission::AllocateGifts);
    m_add->setEnabled(may);
    m_edit->setEnabled(may);
    const QString why = tr("Only managers change the vehicle inventory.");
    m_add->setToolTip(may ? tr("A new gift vehicle in stock (Ctrl+N)") : why);
    m_edit->setToolTip(may ? tr("Correct the selected vehicle (Enter, F2)") : why);
    connect(m_add, &QPushButton::clicked, this, &VehicleActions::addVehicle);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { editRow(m_page->view()->currentIndex().row()); });
    connect(page, &BrowsePage::rowActivated, this, &VehicleActions::editRow);
    auto *add =
        new QShortcut(QKeySequence::New, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &VehicleActions::addVehicle);
    auto *edit = new QShortcut(QKeySequence(Qt::Key_F2), page, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(edit, &QShortcut::activated, m_edit, &QPushButton::click);
    page->addActionBar(this);
}

void VehicleActions::addVehicle() {
    if (!m_actor.can(Permission::AllocateGifts))
        return;
    db::VehicleRecord v;
    v.model = QStringLiteral("Moskvich 3");
    v.powertrain = QStringLiteral("petrol_cvt");
    v.colour = QStringLiteral("white");
    VehicleDialog dialog(m_db, m_actor, v, this);
    if (dialog.exec() == QDialog::Accepted)
        emit inventoryChanged();
}

void VehicleActions::editRow(int row) {
    if (!m_actor.can(Permission::AllocateGifts) || row < 0)
        return;
    const int column = m_page->definition().columnIndex(QStringLiteral("vin"));
    const QString vin =
        m_page->model()->index(row, column).data(LazyTableModel::RawValueRole).toString();
    if (vin.isEmpty())
        return; // the row is not loaded yet
    auto vehicle = db::VehicleRepository(m_db).byVin(vin);
    if (!vehicle || !vehicle->has_value()) {
        QMessageBox::warning(this, tr("Vehicle"),
                             vehicle ? tr("The vehicle %1 no longer exists.").arg(vin)
                                     : vehicle.error().toText());
        return;
    }
    VehicleDialog dialog(m_db, m_actor, vehicle->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit inventoryChanged();
}

} // namespace nov
