#pragma once

#include "InsertStatement.h"
#include "Records.h"

#include <QList>

namespace nov::db {

class BulkWriter;

// Gift vehicles and the milestones of the programme counter.
class IncentiveRepository {
public:
    explicit IncentiveRepository(Database &db);
    // Queue inserts to a bulk writer thread (nullptr: write at once).
    void setBulkWriter(BulkWriter *writer);

    Result<qint64> insertVehicle(const VehicleRecord &vehicle);
    Result<qint64> insertMilestone(const MilestoneRecord &milestone);
    Result<QList<MilestoneRecord>> milestones();

private:
    Database &m_db;
    InsertStatement m_vehicle;
    InsertStatement m_milestone;
};

} // namespace nov::db
