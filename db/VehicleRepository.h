#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>
#include <optional>

namespace nov::db {

class Database;

// The gift car inventory: one vehicle, its edits and its status (in_stock → reserved →
// handed_over). New vehicles are inserted through IncentiveRepository.
class VehicleRepository {
public:
    explicit VehicleRepository(Database &db)
        : m_db(db) {}

    Result<VehicleRecord> vehicle(qint64 id);
    // The vehicle with this VIN or this (model, production number), other than `exceptId`.
    Result<std::optional<VehicleRecord>> clash(const VehicleRecord &vehicle);
    Result<std::optional<VehicleRecord>> byVin(const QString &vin);
    // Vehicles in stock, oldest first.
    Result<QList<VehicleRecord>> inStock(int limit);
    Status update(const VehicleRecord &vehicle);
    Status setStatus(qint64 id, const QString &status);
    // A vehicle in stock: one with production number `productionNo` if any, else the one
    // produced first.
    Result<std::optional<VehicleRecord>> proposal(int productionNo);

private:
    Database &m_db;
};

} // namespace nov::db
