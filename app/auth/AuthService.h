#pragma once

#include "Actor.h"

#include <QDateTime>

namespace nov {

namespace db {
class Database;
}

// Accounts and sign-in: Argon2id hashes, lockout after repeated failures, admin-only account
// management (accounts are deactivated, never deleted). Every call is audited.
class AuthService {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 5;

    explicit AuthService(db::Database &db)
        : m_db(db) {}

    // Checks the password; the same message for an unknown login and a wrong password.
    Result<Actor> login(const QString &login, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<bool> hasUsers();
    // The first account of a new database: allowed only while there is none; an admin.
    Result<Actor> createFirstAdmin(const QString &login, const QString &fullName,
                                   const QString &password);
    Result<qint64> createUser(const Actor &actor, const QString &login, const QString &fullName,
                              Role role, const QString &password);
    Status resetPassword(const Actor &actor, qint64 userId, const QString &newPassword);
    Status setActive(const Actor &actor, qint64 userId, bool active);

private:
    Result<qint64> insertUser(const Actor &actor, const QString &login, const QString &fullName,
                              Role role, const QString &password);
    db::Database &m_db;
};

} // namespace nov
