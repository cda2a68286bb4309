#pragma once

#include "auth/Actor.h"

#include <QWidget>

class QPushButton;

namespace nov {

namespace db {
class Database;
}
class BrowsePage;

// The buttons of the Vehicles page: add a vehicle (Ctrl+N) and edit the selected one (Enter,
// double-click, F2). Only managers change the inventory; for others the buttons are disabled.
class VehicleActions : public QWidget {
    Q_OBJECT

public:
    VehicleActions(db::Database &db, const Actor &actor, BrowsePage *page);

    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    void addVehicle();
    void editRow(int row);

signals:
    void inventoryChanged();

private:
    db::Database &m_db;
    const Actor &m_actor;
    BrowsePage *m_page;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace nov
