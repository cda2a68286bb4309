#pragma once

#include "Records.h"
#include "auth/Actor.h"

#include <QStringList>

namespace nov {

namespace db {
class Database;
}

// The gift car inventory: a manager adds a vehicle or corrects one not yet handed over.
// Status moves only through GiftService.
class VehicleService {
public:
    explicit VehicleService(db::Database &db)
        : m_db(db) {}

    static const QStringList &models();      // Moskvich 3, Moskvich 3e
    static const QStringList &powertrains(); // petrol_cvt, petrol_mt, electric
    static const QStringList &colours();     // white, black, red, grey, blue
    // The plant's specification for a powertrain, as shipment lists print it (Russian data,
    // like addresses and names): what the demo stores and a new vehicle is offered.
    static QString standardEngine(const QString &powertrain);

    // The stored form (VIN upper-cased, texts trimmed) or an Error naming the field.
    static Result<db::VehicleRecord> validate(db::VehicleRecord vehicle);

    Result<qint64> add(const Actor &actor, const db::VehicleRecord &vehicle);
    Status edit(const Actor &actor, const db::VehicleRecord &vehicle);

private:
    Status checkUnique(const db::VehicleRecord &vehicle);

    db::Database &m_db;
};

} // namespace nov
