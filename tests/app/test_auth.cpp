// Accounts and sign-in: Argon2id, lockout and its expiry, admin-only management, audit.
#include "AuditRepository.h"
#include "TestSupport.h"
#include "UserRepository.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"

using namespace nov;

namespace {

class Auth : public ::testing::Test {
protected:
    void SetUp() override {
        db = test::openDatabase(dir.path(QStringLiteral("auth.db")));
        ASSERT_TRUE(db);
        auto first = AuthService(*db).createFirstAdmin(QStringLiteral("orlova"),
                                                       QStringLiteral("Орлова Наталья"),
                                                       QStringLiteral("start-2026"));
        ASSERT_TRUE(first.ok()) << first.error().toText().toStdString();
        admin = first.value();
        auto clerk = AuthService(*db).createUser(admin, QStringLiteral("petrova"),
                                                 QStringLiteral("Петрова Анна"), Role::Clerk,
                                                 QStringLiteral("clerk-pass-1"));
        ASSERT_TRUE(clerk.ok()) << clerk.error().toText().toStdString();
        clerkId = clerk.value();
    }
    int auditRows(const char *action) {
        return test::scalar(*db,
                            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'")
                                .arg(QLatin1String(action)))
            .toInt();
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> db;
    Actor admin;
    qint64 clerkId = 0;
};

} // namespace

TEST_F(Auth, PasswordsAreStoredAsArgon2idHashesOnly) {
    const QString stored =
        test::scalar(*db, QStringLiteral("SELECT password_hash FROM app_user WHERE login = "
                                         "'petrova'"))
            .toString();
    EXPECT_TRUE(stored.startsWith(QLatin1String("$argon2id$"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QLatin1String("clerk-pass-1")));
    EXPECT_TRUE(PasswordHasher::verify(stored, QStringLiteral("clerk-pass-1")));
    EXPECT_FALSE(PasswordHasher::verify(stored, QStringLiteral("clerk-pass-2")));
}

TEST_F(Auth, LoginGivesTheActorWithItsRole) {
    auto actor = AuthService(*db).login(QStringLiteral("petrova"), QStringLiteral("clerk-pass-1"));
    ASSERT_TRUE(actor.ok()) << actor.error().toText().toStdString();
    EXPECT_EQ(actor->role, Role::Clerk);
    EXPECT_EQ(actor->userId, clerkId);
    EXPECT_EQ(auditRows("login"), 1);
}

TEST_F(Auth, UnknownLoginAndWrongPasswordGetTheSameMessage) {
    auto unknown = AuthService(*db).login(QStringLiteral("nobody"), QStringLiteral("x"));
    auto wrong = AuthService(*db).login(QStringLiteral("petrova"), QStringLiteral("x"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(unknown.error().message, wrong.error().message);
    EXPECT_EQ(auditRows("login_failed"), 2);
}

TEST_F(Auth, FiveWrongPasswordsLockTheAccountForFiveMinutes) {
    AuthService auth(*db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < AuthService::kMaxFailedAttempts; ++i)
        EXPECT_FALSE(auth.login(QStringLiteral("petrova"), QStringLiteral("guess"), t0).ok());
    auto locked =
        auth.login(QStringLiteral("petrova"), QStringLiteral("clerk-pass-1"), t0.addSecs(60));
    ASSERT_FALSE(locked.ok()) << "even the right password waits";
    EXPECT_TRUE(locked.error().message.contains(QLatin1String("locked")));
    EXPECT_EQ(auditRows("account_locked"), 1);
    auto later = auth.login(QStringLiteral("petrova"), QStringLiteral("clerk-pass-1"),
                            t0.addSecs(AuthService::kLockMinutes * 60 + 1));
    EXPECT_TRUE(later.ok()) << "the lock expires";
}

TEST_F(Auth, OnlyAdminsManageAccountsAndAccountsAreDeactivatedNotDeleted) {
    AuthService auth(*db);
    const Actor clerk{clerkId, QStringLiteral("petrova"), Role::Clerk};
    auto refused = auth.createUser(clerk, QStringLiteral("friend"), QStringLiteral("Друг"),
                                   Role::Admin, QStringLiteral("friend-2026"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hint.contains(QLatin1String("administrator")));
    EXPECT_FALSE(auth.setActive(clerk, clerkId, false).ok());

    ASSERT_TRUE(auth.setActive(admin, clerkId, false).ok());
    auto inactive = auth.login(QStringLiteral("petrova"), QStringLiteral("clerk-pass-1"));
    ASSERT_FALSE(inactive.ok());
    EXPECT_TRUE(inactive.error().message.contains(QLatin1String("deactivated")));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM app_user")).toInt(), 2);
    EXPECT_FALSE(auth.setActive(admin, admin.userId, false).ok()) << "not yourself";

    ASSERT_TRUE(auth.setActive(admin, clerkId, true).ok());
    ASSERT_TRUE(auth.resetPassword(admin, clerkId, QStringLiteral("new-pass-77")).ok());
    EXPECT_TRUE(auth.login(QStringLiteral("petrova"), QStringLiteral("new-pass-77")).ok());
}

TEST_F(Auth, TheFirstAdminIsCreatedOnceAndWeakPasswordsAreRefused) {
    AuthService auth(*db);
    EXPECT_FALSE(auth.createFirstAdmin(QStringLiteral("second"), QStringLiteral("Второй"),
                                       QStringLiteral("second-2026"))
                     .ok());
    auto weak = auth.createUser(admin, QStringLiteral("weak"), QStringLiteral("Слабый"),
                                Role::Clerk, QStringLiteral("short"));
    ASSERT_FALSE(weak.ok());
    auto badLogin = auth.createUser(admin, QStringLiteral("Иванов"), QStringLiteral("Иванов"),
                                    Role::Clerk, QStringLiteral("good-pass-1"));
    ASSERT_FALSE(badLogin.ok());
    auto chain = db::AuditRepository(*db).verify();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain.value().has_value());
}
