#pragma once

#include "Result.h"

#include <QDate>
#include <QList>

namespace nov {

namespace db {
class Database;
}

// The incentive side of the demo: milestone targets of the programme counter, which
// household and resident reached each, and the Moskvich 3 / 3e inventory they were given.
class DemoGifts {
public:
    struct Handover {
        qint64 id = 0;
        qint64 household = 0;
        QDate on;
        int size = 0;
        qint64 firstResident = 0; // members have consecutive ids, the head first
    };
    using Handovers = QList<Handover>;
    struct Written {
        qint64 vehicles = 0;
        qint64 reached = 0;
        qint64 rows = 0;
    };

    // Every 50,000 residents up to the programme's million, scaled to the preset.
    static QList<qint64> targets(double scale);
    // The target that is celebrated with the 2,000th Moskvich 3 (100,000 at full scale).
    static qint64 specialTarget(double scale);
    // "100 000-й переселённый житель"
    static QString title(qint64 target);
    // VIN for a demo vehicle: valid characters, model and year codes.
    static QString vin(bool electric, bool manual, int productionNo, int year);

    // `handovers` must be in counter order (handed_over_on, id).
    static Result<Written> write(db::Database &db, quint64 seed, double scale, const QDate &today,
                                 const Handovers &handovers);
};

} // namespace nov
