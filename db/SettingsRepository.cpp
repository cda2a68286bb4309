#include "SettingsRepository.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>

namespace nov::db {

Result<std::optional<QString>> SettingsRepository::value(const QString &key) {
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q)
        return q.error();
    q->addBindValue(key);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("settings %1").arg(key));
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SettingsRepository::setValue(const QString &key, const QString &value) {
    // Portable upsert: both SQLite (3.24+) and PostgreSQL accept ON CONFLICT ... DO UPDATE.
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = "
                       "excluded.updated_at"));
    if (!q)
        return q.error();
    q->addBindValue(key);
    q->addBindValue(value);
    q->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("settings %1").arg(key));
    return {};
}

} // namespace nov::db
