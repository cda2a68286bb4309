#include "AuthService.h"

#include "AuditLog.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::AuthService", text);
}

Error wrongCredentials() {
    return Error{tr("Wrong login or password."), QString(),
                 tr("Check the keyboard layout and Caps Lock. After %1 wrong attempts the "
                    "account is locked for %2 minutes.")
                     .arg(AuthService::kMaxFailedAttempts)
                     .arg(AuthService::kLockMinutes)};
}

} // namespace

Result<bool> AuthService::hasUsers() {
    auto count = db::UserRepository(m_db).count();
    if (!count)
        return count.error();
    return count.value() > 0;
}

Result<Actor> AuthService::login(const QString &login, const QString &password,
                                 const QDateTime &now) {
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::UserRepository users(m_db);
    auto found = users.byLogin(login.trimmed());
    if (!found)
        return found.error();
    if (!found.value()) {
        NOV_RETURN_IF_ERROR(AuditLog::record(m_db, Actor{}, QStringLiteral("login_failed"),
                                             QStringLiteral("app_user"), 0,
                                             {{QStringLiteral("login"), login.trimmed()}}));
        NOV_RETURN_IF_ERROR(tx.commit());
        return wrongCredentials();
    }
    const db::UserRecord user = *found.value();
    Role role = Role::Clerk;
    Actor::roleFromName(user.role, &role);
    const Actor actor{user.id, user.login, role};
    if (!user.active)
        return Error{tr("The account %1 is deactivated.").arg(user.login), QString(),
                     tr("Ask an administrator to reactivate it.")};
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return Error{tr("The account %1 is locked after %2 wrong passwords.")
                         .arg(user.login)
                         .arg(kMaxFailedAttempts),
                     QString(),
                     tr("Try again after %1, or ask an administrator to reset the password.")
                         .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(),
                                                 QLocale::ShortFormat))};
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        const int attempts = user.failedAttempts + 1;
        const bool lock = attempts >= kMaxFailedAttempts;
        NOV_RETURN_IF_ERROR(users.setLoginState(
            user.id, lock ? 0 : attempts, lock ? now.addSecs(kLockMinutes * 60) : QDateTime()));
        NOV_RETURN_IF_ERROR(AuditLog::record(
            m_db, actor, lock ? QStringLiteral("account_locked") : QStringLiteral("login_failed"),
            QStringLiteral("app_user"), user.id, {{QStringLiteral("attempt"), attempts}}));
        NOV_RETURN_IF_ERROR(tx.commit());
        return wrongCredentials();
    }
    NOV_RETURN_IF_ERROR(users.setLoginState(user.id, 0, QDateTime()));
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("login"),
                                         QStringLiteral("app_user"), user.id));
    NOV_RETURN_IF_ERROR(tx.commit());
    return actor;
}

Result<qint64> AuthService::insertUser(const Actor &actor, const QString &login,
                                       const QString &fullName, Role role,
                                       const QString &password) {
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,63}$"));
    if (!loginPattern.match(login).hasMatch())
        return Error{tr("A login is 2-64 small Latin letters, digits, dots, dashes or "
                        "underscores, starting with a letter."),
                     login, tr("For example: ivanova.ea")};
    if (fullName.trimmed().isEmpty())
        return Error{tr("The full name is required."), tr("Full name"), QString()};
    NOV_RETURN_IF_ERROR(PasswordHasher::checkStrength(password));
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    db::UserRepository users(m_db);
    auto existing = users.byLogin(login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{tr("The login %1 is taken.").arg(login), login,
                     tr("Choose another login; accounts are never deleted, only deactivated.")};
    db::UserRecord record;
    record.login = login;
    record.fullName = fullName.trimmed();
    record.role = Actor::roleName(role);
    record.passwordHash = hash.value();
    auto id = users.insert(record);
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("user.create"), QStringLiteral("app_user"), id.value(),
        {{QStringLiteral("login"), login}, {QStringLiteral("role"), record.role}}));
    return id;
}

Result<Actor> AuthService::createFirstAdmin(const QString &login, const QString &fullName,
                                            const QString &password) {
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return Error{tr("The database already has accounts; the first administrator exists."),
                     QString(), tr("Sign in, or ask an administrator for an account.")};
    auto id = insertUser(Actor::system(), login, fullName, Role::Admin, password);
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(tx.commit());
    return Actor{id.value(), login, Role::Admin};
}

Result<qint64> AuthService::createUser(const Actor &actor, const QString &login,
                                       const QString &fullName, Role role,
                                       const QString &password) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ManageUsers, tr("Creating an account")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto id = insertUser(actor, login, fullName, role, password);
    if (!id)
        return id;
    NOV_RETURN_IF_ERROR(tx.commit());
    return id;
}

Status AuthService::resetPassword(const Actor &actor, qint64 userId, const QString &newPassword) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ManageUsers, tr("Resetting a password")));
    NOV_RETURN_IF_ERROR(PasswordHasher::checkStrength(newPassword));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::UserRepository users(m_db);
    NOV_RETURN_IF_ERROR(users.setPasswordHash(userId, hash.value()));
    NOV_RETURN_IF_ERROR(users.setLoginState(userId, 0, QDateTime()));
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("user.password_reset"),
                                         QStringLiteral("app_user"), userId));
    return tx.commit();
}

Status AuthService::setActive(const Actor &actor, qint64 userId, bool active) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::ManageUsers,
                      active ? tr("Reactivating an account") : tr("Deactivating an account")));
    if (!active && userId == actor.userId)
        return Error{tr("You cannot deactivate your own account."), actor.login,
                     tr("Ask another administrator.")};
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(db::UserRepository(m_db).setActive(userId, active));
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
        QStringLiteral("app_user"), userId));
    return tx.commit();
}

} // namespace nov
