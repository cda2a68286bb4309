// Opening files that are not (or no longer) Novoselye databases: refused with a clear
// message, and the file is left exactly as it was.
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>

using namespace nov;
using nov::test::fileHash;

namespace {

void expectRefusedUnchanged(const QString &path, const char *messagePart) {
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    auto db = db::Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QLatin1String(messagePart)))
        << db.error().message.toStdString();
    EXPECT_FALSE(db.error().hint.isEmpty()) << "the user is told what to do";
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).size(), sizeBefore);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

} // namespace

TEST(DatabaseFile, NewFileIsCreatedMigratedAndPrivate) {
    NOV_SQLITE_ONLY("checks the file mode and PRAGMAs");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sub/folder/new.db"));
    auto db = test::openDatabase(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), db::Migrator::latestVersion());
    const auto permissions = QFileInfo(path).permissions();
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        << "personal data: the file is readable by its owner only";
    EXPECT_EQ(test::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_GT(test::scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 0);
}

TEST(DatabaseFile, MissingFileIsNotCreatedWhenNotAllowed) {
    test::TempDir dir;
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(dir.path(QStringLiteral("absent.db")), options);
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("absent.db"))));
}

TEST(DatabaseFile, TextFileIsRefusedUnchanged) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.db"));
    test::writeFile(path, "Фамилия;Имя\nИванов;Иван\n");
    expectRefusedUnchanged(path, "not a Novoselye database");
}

TEST(DatabaseFile, RandomBytesAreRefusedUnchanged) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("noise.db"));
    QByteArray bytes(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    test::writeFile(path, bytes);
    expectRefusedUnchanged(path, "not a Novoselye database");
}

TEST(DatabaseFile, ZeroLengthFileIsRefusedUnchanged) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.db"));
    test::writeFile(path, QByteArray());
    expectRefusedUnchanged(path, "empty");
}

TEST(DatabaseFile, TruncatedDatabaseIsRefusedUnchanged) {
    NOV_SQLITE_ONLY("damaged files");
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(f.size() / 2 / 4096 * 4096)); // whole pages, half of them gone
    f.close();
    expectRefusedUnchanged(path, "truncated");
}

// SIGKILL in the middle of a checkpoint: page 1 already carries the new page count, later
// pages are still only in the write-ahead log. That file is not truncated: SQLite replays the
// log when it opens it, and nothing committed is lost.
TEST(DatabaseFile, CrashInTheMiddleOfACheckpointIsRecoveredFromTheLog) {
    NOV_SQLITE_ONLY("write-ahead log files");
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    const QString crashed = dir.path(QStringLiteral("crashed.db"));
    const qint64 sizeBefore = QFileInfo(path).size();
    constexpr int kRows = 400;
    {
        QSqlDatabase writer =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(path);
        ASSERT_TRUE(writer.open());
        QSqlQuery q(writer);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        ASSERT_EQ(q.value(0).toString(), QStringLiteral("wal"));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE crash_probe (id INTEGER PRIMARY KEY, "
                                          "payload BLOB NOT NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                          "i + 1 FROM n WHERE i < %1) INSERT INTO crash_probe "
                                          "(payload) SELECT randomblob(2000) FROM n")
                               .arg(kRows)));
        // Everything is copied into the file; the log keeps its frames until the next writer.
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next());
        ASSERT_EQ(q.value(0).toInt(), 0) << "the checkpoint was not blocked";
        ASSERT_GT(q.value(1).toInt(), 0);
        // The "crash": the files as they are while the connection is still open.
        ASSERT_TRUE(QFile::copy(path, crashed));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        q.finish();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    // Only the first pages reached the disk before the kill.
    QFile f(crashed);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray header = f.read(100);
    const auto be32 = [&](int at) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + at);
    };
    ASSERT_TRUE(f.resize(sizeBefore));
    f.close();
    ASSERT_EQ(be32(24), be32(92)) << "the page count in the header is the valid one";
    const qint64 pageSize =
        qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(header.constData()) + 16);
    ASSERT_GT(qint64(be32(28)) * pageSize, sizeBefore) << "page 1 says the file is longer";

    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(crashed, options);
    ASSERT_TRUE(db.ok()) << db.error().toText().toStdString();
    EXPECT_EQ(test::scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM crash_probe")).toInt(),
              kRows)
        << "the committed rows come back from the log";
    EXPECT_EQ(test::scalar(*db.value(), QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
}

TEST(DatabaseFile, DamagedHeaderIsRefusedUnchanged) {
    NOV_SQLITE_ONLY("damaged files");
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(16); // page size field
    f.write("\x00\x03", 2);
    f.close();
    expectRefusedUnchanged(path, "damaged");
}

TEST(DatabaseFile, OtherProgramsSqliteDatabaseIsRefusedUnchanged) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    expectRefusedUnchanged(path, "another program");
}

TEST(DatabaseFile, NewerSchemaVersionIsRefusedUnchanged) {
    NOV_SQLITE_ONLY("compares file bytes");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("future.db"));
    {
        auto db = test::openDatabase(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(test::runs(*db, QStringLiteral("INSERT INTO schema_version VALUES "
                                                   "(999, 'from_the_future', '2030-01-01')")));
    }
    expectRefusedUnchanged(path, "newer version");
}

// A file whose header and catalogue read fine but one of whose tables has a damaged page:
// opening would switch it to WAL (a write to its header), so the damage must be found first.
TEST(DatabaseFile, DamagedPageInRollbackJournalFileIsRefusedUnchanged) {
    NOV_SQLITE_ONLY("damaged files");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged-page.db"));
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        auto db = test::openDatabase(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(test::runs(*db, QStringLiteral("PRAGMA journal_mode = DELETE")));
        pageSize = test::scalar(*db, QStringLiteral("PRAGMA page_size")).toLongLong();
        rootPage = test::scalar(*db, QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                    "WHERE type = 'table' AND name = 'okrug'"))
                       .toLongLong();
    }
    ASSERT_GT(rootPage, 1);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_EQ(f.read(20).at(18), 1) << "the file is in rollback-journal mode";
        // The table's b-tree page gets an impossible page type and cell count.
        ASSERT_TRUE(f.seek((rootPage - 1) * pageSize));
        ASSERT_EQ(f.write(QByteArray(16, '\x7f')), 16);
    }
    expectRefusedUnchanged(path, "damaged");
}
