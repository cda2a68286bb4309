// Rows the benchmarks work on, picked the same way by every benchmark that needs them.
#pragma once

#include "Database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

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

// The row changes of one key handover, without the service's checks, history, milestones or
// act: what the sqlite3 tool runs as the handover's baseline.
inline QString handoverRowChangesSql(qint64 household) {
    // SQL-SAFE: one household id (a number) is put in.
    return QStringLiteral("BEGIN IMMEDIATE;\n"
                          "UPDATE key_handover SET handed_over_on = '2026-11-27', key_sets = 2 "
                          "WHERE household_id = %1;\n"
                          "UPDATE household SET status = 'keys_handed_over', "
                          "status_changed_on = '2026-11-27' WHERE id = %1;\n"
                          "UPDATE apartment SET status = 'occupied' WHERE id = (SELECT "
                          "new_apartment_id FROM key_handover WHERE household_id = %1);\n"
                          "INSERT INTO household_event (household_id, happened_on, "
                          "from_status, to_status) VALUES (%1, '2026-11-27', "
                          "'contract_signed', 'keys_handed_over');\nCOMMIT;")
        .arg(household);
}

} // namespace nov::bench
