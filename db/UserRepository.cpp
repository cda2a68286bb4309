#include "UserRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

namespace {

const QString kColumns = QStringLiteral(
    "id, login, full_name, role, password_hash, active, failed_attempts, locked_until");

QString timestamp(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

UserRecord fromRow(const QSqlQuery &q) {
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() == 1;
    u.failedAttempts = q.value(6).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return u;
}

} // namespace

Result<qint64> UserRepository::insert(const UserRecord &u) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (login, full_name, role, password_hash, active, created_at, "
        "password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return q.error();
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    for (const QVariant &v :
         {QVariant(u.login), QVariant(u.fullName), QVariant(u.role), QVariant(u.passwordHash),
          QVariant(u.active ? 1 : 0), QVariant(now), QVariant(now)})
        q->addBindValue(v);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user %1").arg(u.login));
    // RETURNING works on both backends; lastInsertId() is an OID on PostgreSQL
    if (!q->next())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user %1").arg(u.login));
    return q->value(0).toLongLong();
}

Result<std::optional<UserRecord>> UserRepository::one(const QString &where, const QVariant &value) {
    // SQL-SAFE: kColumns and the conditions are fixed strings of this file; values are bound.
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE %2").arg(kColumns, where));
    if (!q)
        return q.error();
    q->addBindValue(value);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user"));
    if (!q->next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(fromRow(q.value()));
}

Result<std::optional<UserRecord>> UserRepository::byLogin(const QString &login) {
    return one(QStringLiteral("login = ?"), login);
}

Result<std::optional<UserRecord>> UserRepository::byId(qint64 id) {
    return one(QStringLiteral("id = ?"), id);
}

Result<QList<UserRecord>> UserRepository::all() {
    // SQL-SAFE: kColumns is a fixed string of this file.
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM app_user ORDER BY login").arg(kColumns));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user"));
    QList<UserRecord> users;
    while (q->next())
        users.append(fromRow(q.value()));
    return users;
}

Result<qint64> UserRepository::count() {
    auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM app_user"));
    if (!q)
        return q.error();
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user"));
    return q->value(0).toLongLong();
}

Status UserRepository::update(qint64 id, const QString &assignments, const QVariantList &values) {
    // `assignments` is one of the fixed strings below, never user input.
    // SQL-SAFE: assignments are fixed strings of this file; values are bound.
    auto q = m_db.prepare(QStringLiteral("UPDATE app_user SET %1 WHERE id = ?").arg(assignments));
    if (!q)
        return q.error();
    for (const QVariant &v : values)
        q->addBindValue(v);
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("app_user %1").arg(id));
    return {};
}

Status UserRepository::setLoginState(qint64 id, int failedAttempts, const QDateTime &lockedUntil) {
    return update(id, QStringLiteral("failed_attempts = ?, locked_until = ?"),
                  {failedAttempts, sql::text(timestamp(lockedUntil))});
}

Status UserRepository::setPasswordHash(qint64 id, const QString &hash) {
    return update(id, QStringLiteral("password_hash = ?, password_changed_at = ?"),
                  {hash, timestamp(QDateTime::currentDateTimeUtc())});
}

Status UserRepository::setActive(qint64 id, bool active) {
    return update(id, QStringLiteral("active = ?"), {active ? 1 : 0});
}

} // namespace nov::db
