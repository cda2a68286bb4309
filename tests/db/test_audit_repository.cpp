// The audit trail is hash-chained: an edit or deletion made outside the program is found.
#include "AuditRepository.h"
#include "Database.h"
#include "TestSupport.h"

using namespace nov;

namespace {

class AuditChain : public ::testing::Test {
protected:
    void SetUp() override {
        db = test::openDatabase(dir.path(QStringLiteral("audit.db")));
        ASSERT_TRUE(db);
        db::AuditRepository audit(*db);
        for (const char *action : {"login", "household.status", "resident.update", "print"})
            ASSERT_TRUE(audit
                            .append({0, QString::fromLatin1(action), QStringLiteral("household"), 7,
                                     QStringLiteral("{\"status\":\"notified\"}")})
                            .ok());
    }
    // What someone with the sqlite3 tool could do: drop the guard, then change history.
    void tamper(const char *sql) {
        if (test::onPostgres()) {
            ASSERT_TRUE(
                test::runs(*db, QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
        } else {
            ASSERT_TRUE(test::runs(*db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
            ASSERT_TRUE(test::runs(*db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        }
        ASSERT_TRUE(test::runs(*db, QString::fromLatin1(sql)));
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> db;
};

} // namespace

TEST_F(AuditChain, UntouchedLogVerifies) {
    auto result = db::AuditRepository(*db).verify();
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result.value().has_value());
}

TEST_F(AuditChain, OutsideUpdateIsFoundAtItsRow) {
    tamper("UPDATE audit_log SET details = '{\"status\":\"included\"}' WHERE id = 3");
    auto result = db::AuditRepository(*db).verify();
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(result.value().has_value());
    EXPECT_EQ(result.value()->id, 3);
}

TEST_F(AuditChain, OutsideDeleteIsFoundAtTheGap) {
    tamper("DELETE FROM audit_log WHERE id = 2");
    auto result = db::AuditRepository(*db).verify();
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(result.value().has_value());
    EXPECT_EQ(result.value()->id, 2);
}

TEST_F(AuditChain, RewritingARowWithAFreshHashStillBreaksTheNextLink) {
    const QString forged = db::AuditRepository::rowHash(
        db::AuditRepository::genesisHash(), 1, QStringLiteral("2020-01-01T00:00:00.000Z"), 0,
        QStringLiteral("login"), QStringLiteral("household"), 7, QString());
    tamper(QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z', details = NULL, "
                          "hash = '%1' WHERE id = 1")
               .arg(forged)
               .toLatin1()
               .constData());
    auto result = db::AuditRepository(*db).verify();
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(result.value().has_value());
    EXPECT_EQ(result.value()->id, 2);
}
