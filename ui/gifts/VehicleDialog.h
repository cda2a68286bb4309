#pragma once

#include "Records.h"
#include "auth/Actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nov {

namespace db {
class Database;
}
class ErrorLabel;

// Adds a gift vehicle to the inventory or corrects one (VehicleService): model, powertrain,
// engine or motor, colour, production number, VIN (checked as it is typed), ЭПТС number.
class VehicleDialog : public QDialog {
    Q_OBJECT

public:
    // `vehicle.id` 0: a new vehicle.
    VehicleDialog(db::Database &db, const Actor &actor, const db::VehicleRecord &vehicle,
                  QWidget *parent = nullptr);

    qint64 vehicleId() const { return m_vehicle.id; }
    QLineEdit *vinEdit() const { return m_vin; }
    QLabel *vinProblem() const { return m_vinProblem; }

    void accept() override;

    static QString modelTitle(const QString &model);
    static QString colourTitle(const QString &colour);
    static QString powertrainTitle(const QString &powertrain);

private:
    void fillPowertrains();
    void checkVin();
    db::VehicleRecord entered() const;

    db::Database &m_db;
    const Actor &m_actor;
    db::VehicleRecord m_vehicle;
    QComboBox *m_model;
    QComboBox *m_powertrain;
    QLineEdit *m_engine;
    QComboBox *m_colour;
    QSpinBox *m_productionNo;
    QLineEdit *m_vin;
    QLabel *m_vinProblem;
    QLineEdit *m_epts;
    QDateEdit *m_producedOn;
    ErrorLabel *m_error;
};

} // namespace nov
