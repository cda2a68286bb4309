#pragma once

#include "Records.h"
#include "Result.h"

#include <optional>

namespace nov::db {

class Database;

// Reads and changes single resident rows for the household card's member editing (new
// residents are inserted through HouseholdRepository). Statements are prepared.
class ResidentRepository {
public:
    // Who already holds a SNILS or passport number.
    struct Holder {
        qint64 residentId = 0;
        QString name; // "Last First Patronymic"
        QString caseNumber;
    };

    explicit ResidentRepository(Database &db)
        : m_db(db) {}

    Result<std::optional<ResidentRecord>> resident(qint64 id);
    Status update(const ResidentRecord &resident);
    Status remove(qint64 id);
    // The resident other than `exceptId` whose `column` (snils | passport) is `value`, if any.
    Result<std::optional<Holder>> holderOf(const QString &column, const QString &value,
                                           qint64 exceptId);
    // Milestones that name the resident as the Nth resident or as the gift's recipient.
    Result<int> milestoneReferences(qint64 residentId);

private:
    Database &m_db;
};

} // namespace nov::db
