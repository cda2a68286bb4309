#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace nov::db {

class Database;

struct UserRecord {
    qint64 id = 0;
    QString login;
    QString fullName;
    QString role; // clerk | manager | admin | auditor
    QString passwordHash;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

// Staff accounts. Passwords arrive already hashed (Argon2id); nothing here sees them in clear.
class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db) {}

    Result<qint64> insert(const UserRecord &user);
    Result<std::optional<UserRecord>> byLogin(const QString &login);
    Result<std::optional<UserRecord>> byId(qint64 id);
    Result<QList<UserRecord>> all();
    Result<qint64> count();
    Status setLoginState(qint64 id, int failedAttempts, const QDateTime &lockedUntil);
    Status setPasswordHash(qint64 id, const QString &hash);
    Status setActive(qint64 id, bool active);

private:
    Result<std::optional<UserRecord>> one(const QString &where, const QVariant &value);
    Status update(qint64 id, const QString &assignments, const QVariantList &values);
    Database &m_db;
};

} // namespace nov::db
