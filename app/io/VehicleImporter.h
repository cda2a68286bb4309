#pragma once

#include "IncentiveRepository.h"
#include "io/Importer.h"

#include <QSet>

namespace nov {

// The plant's shipment lists of gift vehicles: each row a car. A VIN already stored is
// skipped; imported cars arrive in stock.
class VehicleImporter : public Importer {
public:
    explicit VehicleImporter(db::Database &db);

    static QList<ImportField> describe();
    QList<ImportField> fields() const override { return describe(); }
    QStringList storedColumns() const override;
    Status prepare() override;
    Outcome importRow(const ImportRow &row, QList<Problem> &problems, QStringList &stored) override;

private:
    db::Database &m_db;
    db::IncentiveRepository m_vehicles;
    QSet<QString> m_vins;
    QSet<QString> m_production; // model + '|' + number
    QSet<QString> m_epts;
};

} // namespace nov
