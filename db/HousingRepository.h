#pragma once

#include "InsertStatement.h"
#include "Records.h"

namespace nov::db {

class BulkWriter;

// Buildings (old and new stock) and their apartments.
class HousingRepository {
public:
    explicit HousingRepository(Database &db);
    // Queue inserts to a bulk writer thread (nullptr: write at once).
    void setBulkWriter(BulkWriter *writer);

    Result<qint64> insertBuilding(const BuildingRecord &building);
    Result<qint64> insertApartment(const ApartmentRecord &apartment);
    Status setBuildingStatus(qint64 buildingId, const QString &status);
    Result<ApartmentRecord> apartment(qint64 id);
    Result<BuildingRecord> building(qint64 id);

private:
    Database &m_db;
    InsertStatement m_building;
    InsertStatement m_apartment;
};

} // namespace nov::db
