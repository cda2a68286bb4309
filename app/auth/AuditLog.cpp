#include "AuditLog.h"

#include "AuditRepository.h"

#include <QJsonDocument>

namespace nov {

Status AuditLog::record(db::Database &db, const Actor &actor, const QString &action,
                        const QString &entity, qint64 entityId, const QJsonObject &details) {
    db::AuditRepository::Entry entry;
    entry.userId = actor.userId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    if (!details.isEmpty())
        entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (auto r = db::AuditRepository(db).append(entry); !r)
        return r.error();
    return {};
}

QJsonValue AuditLog::date(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject AuditLog::changes(const QJsonObject &before, const QJsonObject &after) {
    QJsonObject diff;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            diff.insert(it.key(), QJsonObject{{QStringLiteral("before"), before.value(it.key())},
                                              {QStringLiteral("after"), it.value()}});
    }
    return diff;
}

} // namespace nov
