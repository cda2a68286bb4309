#pragma once

#include "InsertStatement.h"
#include "Records.h"

#include <QList>

namespace nov::db {

class BulkWriter;

// Households, their residents and the history of their status changes.
class HouseholdRepository {
public:
    explicit HouseholdRepository(Database &db);
    // Queue inserts to a bulk writer thread (nullptr: write at once).
    void setBulkWriter(BulkWriter *writer);

    Result<qint64> insertHousehold(const HouseholdRecord &household);
    Result<qint64> insertResident(const ResidentRecord &resident);
    Status insertEvent(const HouseholdEventRecord &event);
    Result<HouseholdRecord> household(qint64 id);
    // Members in the programme's order (by id: the head of household is entered first).
    Result<QList<ResidentRecord>> members(qint64 householdId);
    // The first household (by id) in `status`; 0 when there is none. For sample views.
    Result<qint64> firstWithStatus(const QString &status);

private:
    Database &m_db;
    InsertStatement m_household;
    InsertStatement m_resident;
    InsertStatement m_event;
};

} // namespace nov::db
