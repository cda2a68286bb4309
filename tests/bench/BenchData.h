// Rows the benchmarks work on, picked the same way by every benchmark that needs them.
#pragma once

#include "Database.h"

#include <QList>
#include <QSqlQuery>

namespace nov::bench {

// Households whose contract is signed and whose key handover is scheduled but not done yet,
// lowest ids first: the next key handovers a clerk would record.
inline QList<qint64> scheduledHandovers(db::Database &db, int count) {
    QList<qint64> households;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT h.id FROM household h JOIN key_handover k ON "
                             "k.household_id = h.id WHERE h.status = 'contract_signed' AND "
                             "k.handed_over_on IS NULL ORDER BY h.id LIMIT ?"));
    q.addBindValue(count);
    q.exec();
    while (q.next())
        households << q.value(0).toLongLong();
    return households;
}

} // namespace nov::bench
