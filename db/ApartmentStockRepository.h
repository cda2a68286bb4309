#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace nov::db {

class Database;

// An apartment with what the equivalence rule and the offer picker need of its building,
// district and okrug.
struct ApartmentPlace {
    qint64 id = 0;
    qint64 buildingId = 0;
    QString buildingKind; // old | new
    QString buildingStatus;
    QString address;
    QString number;
    int floor = 0;
    int rooms = 0;
    double totalArea = 0;
    double livingArea = 0;
    QString status; // free | reserved | occupied | vacated
    qint64 districtId = 0;
    QString districtName;
    QString okrugCode;
};

// The housing stock as the relocation workflow sees it: where an apartment is, which free
// new apartments could be offered, and apartment status changes.
class ApartmentStockRepository {
public:
    struct Need {
        int rooms = 0;
        double totalArea = 0;
        double livingArea = 0;
        qint64 districtId = 0;
        QString okrugCode; // set: any district of this okrug will do
    };

    explicit ApartmentStockRepository(Database &db)
        : m_db(db) {}

    Result<ApartmentPlace> place(qint64 apartmentId);
    // Free apartments of new (commissioned) buildings that meet `need`, smallest first.
    // Reads the partial index apartment_free_stock.
    Result<QList<ApartmentPlace>> freeApartments(const Need &need, int limit);
    // Its statement; parameters: rooms, total area, living area, district id, okrug code or
    // NULL, limit.
    static QString freeApartmentsSql();
    Status setStatus(qint64 apartmentId, const QString &status);
    // The case number of the household whose live (pending or consented) offer holds the
    // apartment, if any.
    Result<std::optional<QString>> liveOfferCase(qint64 apartmentId);

private:
    Database &m_db;
};

} // namespace nov::db
