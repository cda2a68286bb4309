#pragma once

#include "Actor.h"

#include <QDate>
#include <QJsonObject>

namespace nov {

namespace db {
class Database;
}

// Records what an Actor did, inside the caller's transaction.
class AuditLog {
public:
    static Status record(db::Database &db, const Actor &actor, const QString &action,
                         const QString &entity, qint64 entityId, const QJsonObject &details = {});
    // {"field": {"before": x, "after": y}} for the fields that differ.
    static QJsonObject changes(const QJsonObject &before, const QJsonObject &after);
    // A date as audit details write it: ISO text, or null when there is none.
    static QJsonValue date(const QDate &date);
};

} // namespace nov
