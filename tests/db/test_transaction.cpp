#include "Database.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSemaphore>
#include <QThread>

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

TEST(Transaction, SecondWriterGetsBusyAfterTheTimeoutNotAHang) {
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
        // Same thread: the second writer cannot wait for the first to finish, so after its busy
        // timeout (and the retries) it gives up with a retryable "busy" error.
        db::Transaction blocked(*second);
        EXPECT_FALSE(blocked.begun()) << "the write lock is held by the first clerk";
        EXPECT_TRUE(blocked.error().retryable);
        EXPECT_TRUE(blocked.error().message.contains(QLatin1String("busy")))
            << blocked.error().message.toStdString();
        ASSERT_TRUE(tx.commit().ok());
    }
    db::Transaction now(*second);
    EXPECT_TRUE(now.begun());
}

TEST(Transaction, SecondWriterWaitsForTheFirstInsteadOfFailing) {
    test::TempDir dir;
    const QString path = test::location(dir.path(QStringLiteral("t.db")));
    auto first = test::openDatabase(path);
    ASSERT_TRUE(first);
    db::Transaction tx(*first);
    ASSERT_TRUE(tx.begun());
    ASSERT_TRUE(test::runs(*first, kInsert));
    // Another clerk (own connection, own thread) starts writing while the first holds the lock.
    QSemaphore started;
    bool begun = false;
    int seen = -1;
    QString error;
    std::unique_ptr<QThread> clerk(QThread::create([&] {
        auto second = db::Database::open(path);
        if (!second) {
            error = second.error().toText();
            started.release();
            return;
        }
        started.release();
        db::Transaction waiting(*second.value());
        begun = waiting.begun();
        error = waiting.error().toText();
        if (begun)
            seen = test::scalar(*second.value(), kCount).toInt();
    }));
    clerk->start();
    started.acquire();
    QThread::msleep(100); // let it reach the lock (no assertion depends on this pause)
    ASSERT_TRUE(tx.commit().ok());
    ASSERT_TRUE(clerk->wait(60000));
    EXPECT_TRUE(begun) << error.toStdString();
    EXPECT_EQ(seen, 1) << "the second writer sees what the first committed";
}
