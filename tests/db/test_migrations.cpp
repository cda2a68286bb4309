// Versioned migrations: from empty, from every older version, and a failed migration leaves
// the database as it was.
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace nov;

namespace {

// The schema as SQLite stores it, for comparing two databases.
QStringList schemaOf(db::Database &db) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') "
                                      "FROM sqlite_master ORDER BY type, name")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

// A row that is valid at `version`, so an upgrade has data to carry.
void insertDataOfVersion(db::Database &db, int version) {
    if (version >= 1) {
        ASSERT_TRUE(test::runs(
            db, QStringLiteral(
                    "INSERT INTO app_user (login, full_name, role, password_hash, created_at) "
                    "VALUES ('petrova', 'Петрова Анна', 'clerk', 'x', '2026-01-01T00:00:00Z')")));
    }
    if (version >= 2) {
        ASSERT_TRUE(test::runs(db, QStringLiteral("INSERT INTO okrug VALUES ('ВАО', 'Восточный "
                                                  "административный округ', 'Eastern', 1)")));
    }
}

// The first table or index the newest migration creates.
QString nameCreatedByLastMigration() {
    static const QRegularExpression created(
        QStringLiteral(R"(CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = created.match(db::Migrator::migrations().constLast().sql);
    EXPECT_TRUE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST(Migrations, AreNumberedWithoutGaps) {
    const auto &list = db::Migrator::migrations();
    ASSERT_GE(list.size(), 5);
    for (int i = 0; i < list.size(); ++i)
        EXPECT_EQ(list.at(i).version, i + 1) << list.at(i).name.toStdString();
}

TEST(Migrations, FromEmptyCreateTheDomainSchema) {
    NOV_SQLITE_ONLY("reads sqlite_master");
    test::TempDir dir;
    auto db = test::openDatabase(dir.path(QStringLiteral("fresh.db")));
    ASSERT_TRUE(db);
    for (const char *table :
         {"okrug", "district", "building", "apartment", "household", "resident", "offer",
          "contract", "key_handover", "milestone", "vehicle", "certificate", "app_user",
          "audit_log", "settings", "schema_version"}) {
        EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                   "type = 'table' AND name = '%1'")
                                        .arg(QLatin1String(table)))
                      .toInt(),
                  1)
            << table;
    }
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
              db::Migrator::latestVersion());
}

TEST(Migrations, UpgradeFromEveryOlderVersionKeepsDataAndMatchesAFreshSchema) {
    NOV_SQLITE_ONLY("compares sqlite_master");
    test::TempDir dir;
    auto fresh = test::openDatabase(dir.path(QStringLiteral("fresh.db")));
    ASSERT_TRUE(fresh);
    const QStringList expected = schemaOf(*fresh);

    for (int from = 1; from < db::Migrator::latestVersion(); ++from) {
        SCOPED_TRACE(from);
        const QString path = dir.path(QStringLiteral("v%1.db").arg(from));
        {
            db::Database::Options old;
            old.targetVersion = from;
            auto db = test::openDatabase(path, old);
            ASSERT_TRUE(db);
            EXPECT_EQ(db->schemaVersion(), from);
            insertDataOfVersion(*db, from);
        }
        auto db = test::openDatabase(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), db::Migrator::latestVersion());
        EXPECT_EQ(schemaOf(*db), expected);
        EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT full_name FROM app_user")).toString(),
                  QStringLiteral("Петрова Анна"));
        if (from >= 2) {
            EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM okrug")).toInt(), 1);
        }
    }
}

TEST(Migrations, FailedMigrationLeavesTheDatabaseAsItWas) {
    NOV_SQLITE_ONLY("compares file bytes");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("blocked.db"));
    const int before = db::Migrator::latestVersion() - 1;
    {
        db::Database::Options old;
        old.targetVersion = before;
        auto db = test::openDatabase(path, old);
        ASSERT_TRUE(db);
        insertDataOfVersion(*db, before);
        // Someone created an object with the name the last migration needs.
        ASSERT_TRUE(test::runs(
            *db, QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(nameCreatedByLastMigration())));
    }
    QStringList schemaBefore;
    {
        db::Database::Options look;
        look.migrate = false;
        auto db = test::openDatabase(path, look);
        ASSERT_TRUE(db);
        schemaBefore = schemaOf(*db);
    }
    auto failed = db::Database::open(path);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QLatin1String("nothing was changed")))
        << failed.error().message.toStdString();

    db::Database::Options look;
    look.migrate = false;
    auto db = test::openDatabase(path, look);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), before);
    EXPECT_EQ(schemaOf(*db), schemaBefore) << "no index of the failed migration is left behind";
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM app_user")).toInt(), 1);
}
