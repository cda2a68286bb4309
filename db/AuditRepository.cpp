#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>

namespace nov::db {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::AuditRepository", text);
}
} // namespace

QString AuditRepository::genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QString AuditRepository::rowHash(const QString &previous, qint64 id, const QString &at,
                                 qint64 userId, const QString &action, const QString &entity,
                                 qint64 entityId, const QString &details) {
    // Fields are length-prefixed so that no two different rows serialise alike.
    QByteArray text;
    for (const QString &field : {previous, QString::number(id), at, QString::number(userId), action,
                                 entity, QString::number(entityId), details}) {
        const QByteArray bytes = field.toUtf8();
        text += QByteArray::number(bytes.size()) + ':' + bytes + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditRepository::append(const Entry &e) {
    auto last =
        m_db.prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (!last->exec())
        return Database::errorFrom(last->lastError(), QStringLiteral("audit_log"));
    qint64 id = 1;
    QString previous = genesisHash();
    if (last->next()) {
        id = last->value(0).toLongLong() + 1;
        previous = last->value(1).toString();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hash =
        rowHash(previous, id, at, e.userId, e.action, e.entity, e.entityId, e.details);
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, details, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant &v :
         {QVariant(id), QVariant(at), sql::id(e.userId), QVariant(e.action), sql::text(e.entity),
          sql::id(e.entityId), sql::text(e.details), QVariant(previous), QVariant(hash)})
        q->addBindValue(v);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("audit_log"));
    return id;
}

Result<std::optional<AuditRepository::Broken>> AuditRepository::verify() {
    auto q = m_db.prepare(QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, "
                                         "details, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("audit_log"));
    QString previous = genesisHash();
    qint64 expectedId = 1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != expectedId)
            return std::optional<Broken>(
                Broken{expectedId, tr("row %1 is missing (deleted?)").arg(expectedId)});
        if (q->value(7).toString() != previous)
            return std::optional<Broken>(
                Broken{id, tr("row %1 does not link to the row before it").arg(id)});
        const QString hash = rowHash(previous, id, q->value(1).toString(), q->value(2).toLongLong(),
                                     q->value(3).toString(), q->value(4).toString(),
                                     q->value(5).toLongLong(), q->value(6).toString());
        if (hash != q->value(8).toString())
            return std::optional<Broken>(
                Broken{id, tr("row %1 was changed after it was written").arg(id)});
        previous = hash;
        ++expectedId;
    }
    return std::optional<Broken>();
}

} // namespace nov::db
