#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>

namespace nov::db {

class Database;

// What a household's card shows beyond the household row itself: every offer it received
// (with the offered apartment) and its case history. Read-only; statements are prepared.
class HouseholdCardRepository {
public:
    struct OfferRow {
        OfferRecord offer;
        QString overrideReason; // empty unless a manager overrode the equivalence rule
        QString address;
        QString apartmentNumber;
        int floor = 0;
        int rooms = 0;
        double totalArea = 0;
        double livingArea = 0;
    };
    struct EventRow {
        qint64 id = 0;
        QDate happenedOn;
        QString fromStatus;
        QString toStatus;
        QString userLogin; // empty for the system (demo data, imports)
        QString note;
    };

    explicit HouseholdCardRepository(Database &db)
        : m_db(db) {}

    // Offers in the order they were sent.
    Result<QList<OfferRow>> offers(qint64 householdId);
    // The case history, oldest first.
    Result<QList<EventRow>> events(qint64 householdId);
    // The household with this case number, 0 when there is none.
    Result<qint64> householdByCase(const QString &caseNumber);

private:
    Database &m_db;
};

} // namespace nov::db
