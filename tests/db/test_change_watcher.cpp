#include "ChangeWatcher.h"
#include "Database.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QEventLoop>
#include <QTimer>

using namespace nov;

namespace {

// Runs the event loop until the watcher signals or `ms` pass; true when it signalled.
bool changedWithin(db::ChangeWatcher &watcher, int ms) {
    QEventLoop loop;
    bool fired = false;
    QObject::connect(&watcher, &db::ChangeWatcher::changed, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

// Another clerk's commit reaches open views: LISTEN/NOTIFY on PostgreSQL, the data_version
// poll on SQLite.
TEST(ChangeWatcher, AnotherConnectionsCommitIsNoticed) {
    test::TempDir dir;
    const QString path = test::location(dir.path(QStringLiteral("w.db")));
    auto mine = test::openDatabase(path);
    auto other = test::openDatabase(path);
    ASSERT_TRUE(mine && other);
    auto watcher = db::ChangeWatcher::watch(*mine, 50, 20);
    ASSERT_TRUE(watcher.ok()) << watcher.error().toText().toStdString();
    EXPECT_FALSE(changedWithin(*watcher.value(), 100)) << "nothing was committed yet";
    {
        db::Transaction tx(*other);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(test::runs(*other, QStringLiteral("INSERT INTO settings (key, value, "
                                                      "updated_at) VALUES ('office', 'ВАО', "
                                                      "'2026-01-01')")));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(changedWithin(*watcher.value(), 30000));
}

// A write that is rolled back is no change: nobody reads again.
TEST(ChangeWatcher, ARolledBackWriteIsNotAChange) {
    test::TempDir dir;
    const QString path = test::location(dir.path(QStringLiteral("w.db")));
    auto mine = test::openDatabase(path);
    auto other = test::openDatabase(path);
    ASSERT_TRUE(mine && other);
    auto watcher = db::ChangeWatcher::watch(*mine, 50, 20);
    ASSERT_TRUE(watcher.ok());
    {
        db::Transaction tx(*other);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(test::runs(*other, QStringLiteral("INSERT INTO settings (key, value, "
                                                      "updated_at) VALUES ('office', 'ВАО', "
                                                      "'2026-01-01')")));
    } // rolled back
    EXPECT_FALSE(changedWithin(*watcher.value(), 300));
}
