#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace nov::db {

class Database;

// SQL for the programme counter: residents are counted at key handover, handovers ordered by
// (handed_over_on, id).
class CounterRepository {
public:
    struct Position {
        qint64 keyHandoverId = 0;
        qint64 householdId = 0;
        QDate handedOverOn;
        int memberIndex = 0; // 0-based index of the Nth resident among the household's members
    };

    explicit CounterRepository(Database &db)
        : m_db(db) {}

    // Up to `until` (inclusive) by summing the handovers; the whole programme (no date) from
    // the counter row that triggers keep (table programme_counter, migration 0011).
    Result<qint64> relocatedResidents(const QDate &until = QDate());
    Result<qint64> relocatedHouseholds();
    // The handover that holds the Nth relocated resident; nullopt-like error when not reached.
    Result<std::optional<Position>> locate(qint64 n);
    // Rows per table, for the stats command.
    Result<QList<QPair<QString, qint64>>> tableCounts();

    static const QStringList &coreTables();

private:
    Database &m_db;
};

} // namespace nov::db
