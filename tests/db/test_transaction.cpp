#include "Database.h"
#include "TestSupport.h"
#include "Transaction.h"

using namespace nov;

namespace {
const QString kInsert = QStringLiteral(
    "INSERT INTO settings (key, value, updated_at) VALUES ('office', 'ВАО', '2026-01-01')");
const QString kCount = QStringLiteral("SELECT COUNT(*) FROM settings");
} // namespace

TEST(Transaction, RollsBackUnlessCommitted) {
    test::TempDir dir;
    auto db = test::openDatabase(dir.path(QStringLiteral("t.db")));
    ASSERT_TRUE(db);
    {
        db::Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(test::runs(*db, kInsert));
        EXPECT_EQ(test::scalar(*db, kCount).toInt(), 1);
    } // leaves scope without commit: an early return or an error path
    EXPECT_EQ(test::scalar(*db, kCount).toInt(), 0);
}

TEST(Transaction, CommitKeepsTheChange) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.db"));
    {
        auto db = test::openDatabase(path);
        ASSERT_TRUE(db);
        db::Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(test::runs(*db, kInsert));
        ASSERT_TRUE(tx.commit().ok());
    }
    auto db = test::openDatabase(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(test::scalar(*db, kCount).toInt(), 1);
}

TEST(Transaction, SecondWriterWaitsForTheFirstInsteadOfFailing) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.db"));
    auto first = test::openDatabase(path);
    db::Database::Options quick;
    quick.busyTimeoutMs = 200;
    auto second = test::openDatabase(path, quick);
    ASSERT_TRUE(first && second);
    {
        db::Transaction tx(*first);
        ASSERT_TRUE(tx.begun());
        db::Transaction blocked(*second);
        EXPECT_FALSE(blocked.begun()) << "the write lock is held by the first clerk";
        EXPECT_TRUE(blocked.error().message.contains(QLatin1String("busy")))
            << blocked.error().message.toStdString();
        ASSERT_TRUE(tx.commit().ok());
    }
    db::Transaction now(*second);
    EXPECT_TRUE(now.begun());
}
