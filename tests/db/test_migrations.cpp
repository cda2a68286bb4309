// Versioned migrations: from empty, from every older version, and a failed migration leaves
// the database as it was.
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

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

namespace {

// The shape of a migrated database, the same words for both backends: "table.column type"
// (the type as PostgreSQL names it; SQLite's declared type mapped to it) and one line per
// index "table(columns) [UNIQUE] [WHERE]" (primary keys left out: SQLite keeps integer keys in
// the row id). Expression columns are "expr".
struct Shape {
    QStringList columns;
    QStringList indexes;
    QStringList identities; // "table.column" filled by the database (PostgreSQL)
};

QStringList rowsOf(db::Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows;
}

QString pgTypeOf(QString declared) {
    declared = declared.toUpper();
    if (declared.startsWith(QLatin1String("NUMERIC")))
        return QStringLiteral("numeric");
    if (declared.startsWith(QLatin1String("VARCHAR")))
        return QStringLiteral("character varying");
    if (declared.startsWith(QLatin1String("CHAR")))
        return QStringLiteral("character");
    static const QHash<QString, QString> names = {
        {QStringLiteral("INTEGER"), QStringLiteral("integer")},
        {QStringLiteral("BIGINT"), QStringLiteral("bigint")},
        {QStringLiteral("SMALLINT"), QStringLiteral("smallint")},
        {QStringLiteral("TEXT"), QStringLiteral("text")},
        {QStringLiteral("DATE"), QStringLiteral("date")},
        {QStringLiteral("BLOB"), QStringLiteral("bytea")},
        {QStringLiteral("REAL"), QStringLiteral("double precision")}};
    return names.value(declared, QStringLiteral("? ") + declared);
}

QString indexLine(const QString &table, const QStringList &columns, bool unique, bool partial) {
    return QStringLiteral("%1(%2)%3%4")
        .arg(table, columns.join(u','), unique ? QStringLiteral(" UNIQUE") : QString(),
             partial ? QStringLiteral(" WHERE") : QString());
}

// Rows "table|index|unique|partial|column" in index and column order -> index lines.
QStringList indexLines(const QStringList &rows) {
    QStringList lines;
    QString current;
    QStringList parts, columns;
    auto flush = [&] {
        if (!current.isEmpty())
            lines << indexLine(parts.at(0), columns, parts.at(2) == QLatin1String("1"),
                               parts.at(3) == QLatin1String("1"));
        columns.clear();
    };
    for (const QString &row : rows) {
        const QStringList f = row.split(u'|');
        if (f.at(0) + u'.' + f.at(1) != current) {
            flush();
            current = f.at(0) + u'.' + f.at(1);
            parts = f;
        }
        columns << (f.at(4).isEmpty() ? QStringLiteral("expr") : f.at(4));
    }
    flush();
    lines.sort();
    return lines;
}

Shape sqliteShape(db::Database &db) {
    Shape shape;
    for (const QString &row :
         rowsOf(db, QStringLiteral("SELECT m.name, p.name, p.type, p.pk FROM sqlite_master m, "
                                   "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name "
                                   "NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid"))) {
        const QStringList f = row.split(u'|');
        const bool rowId = f.at(3) == QLatin1String("1") && f.at(2) == QLatin1String("INTEGER");
        // an INTEGER PRIMARY KEY is SQLite's row id: a 64-bit number
        shape.columns << QStringLiteral("%1.%2 %3")
                             .arg(f.at(0), f.at(1),
                                  rowId ? QStringLiteral("integer key") : pgTypeOf(f.at(2)));
    }
    shape.indexes = indexLines(rowsOf(
        db, QStringLiteral("SELECT m.name, l.name, l.\"unique\", l.partial, COALESCE(i.name, '') "
                           "FROM sqlite_master m, pragma_index_list(m.name) l, "
                           "pragma_index_info(l.name) i WHERE m.type = 'table' AND l.origin <> "
                           "'pk' ORDER BY m.name, l.name, i.seqno")));
    return shape;
}

Shape postgresShape(db::Database &db) {
    Shape shape;
    for (const QString &row : rowsOf(
             db, QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_identity, "
                                "(SELECT COUNT(*) FROM information_schema.table_constraints t "
                                "JOIN information_schema.key_column_usage k ON k.constraint_name "
                                "= t.constraint_name AND k.table_schema = t.table_schema WHERE "
                                "t.constraint_type = 'PRIMARY KEY' AND t.table_schema = "
                                "c.table_schema AND k.table_name = c.table_name AND "
                                "k.column_name = c.column_name) FROM information_schema.columns c "
                                "WHERE c.table_schema = current_schema() ORDER BY c.table_name, "
                                "c.ordinal_position"))) {
        const QStringList f = row.split(u'|');
        if (f.at(3) == QLatin1String("YES"))
            shape.identities << f.at(0) + u'.' + f.at(1);
        // SQLite's row id keys: identities (bigint) or plain integer keys on the server
        const bool integerKey =
            f.at(4) == QLatin1String("1") &&
            (f.at(3) == QLatin1String("YES") || f.at(2) == QLatin1String("integer"));
        shape.columns << QStringLiteral("%1.%2 %3")
                             .arg(f.at(0), f.at(1),
                                  integerKey ? QStringLiteral("integer key") : f.at(2));
    }
    shape.indexes = indexLines(rowsOf(
        db, QStringLiteral(
                "SELECT t.relname, i.relname, CASE WHEN x.indisunique THEN 1 ELSE 0 END, CASE "
                "WHEN x.indpred IS NULL THEN 0 ELSE 1 END, COALESCE(a.attname, '') FROM pg_index "
                "x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                "JOIN pg_namespace n ON n.oid = t.relnamespace CROSS JOIN LATERAL "
                "unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) LEFT JOIN "
                "pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum WHERE "
                "n.nspname = current_schema() AND NOT x.indisprimary ORDER BY t.relname, "
                "i.relname, k.ord")));
    return shape;
}

} // namespace

// The migrations build the same schema on both backends: the same tables and columns in the
// same order with corresponding types (DATE as date, NUMERIC as numeric, every integer key of
// a table that numbers its rows an identity column on PostgreSQL), and the same indexes —
// except three that SQLite keeps narrower on purpose (0010, 0012: SQLite appends the row id
// to every index entry, PostgreSQL does not).
TEST(Migrations, SqliteAndPostgresqlGetTheSameTablesColumnsTypesAndIndexes) {
    if (!test::onPostgres())
        GTEST_SKIP() << "compares with the PostgreSQL test cluster (the .pg run)";
    test::TempDir dir;
    auto lite = db::Database::open(dir.path(QStringLiteral("lite.db"))); // a file in both runs
    ASSERT_TRUE(lite.ok());
    auto server = test::openDatabase(dir.path(QStringLiteral("server.db")));
    ASSERT_TRUE(server);
    ASSERT_EQ(server->backend(), db::Backend::Postgres);
    const Shape a = sqliteShape(*lite.value());
    const Shape b = postgresShape(*server);

    for (int i = 0; i < std::max(a.columns.size(), b.columns.size()); ++i)
        ASSERT_EQ(a.columns.value(i), b.columns.value(i)) << "column " << i;
    EXPECT_GT(a.columns.filter(QStringLiteral(" date")).size(), 10);
    EXPECT_EQ(a.columns.filter(QStringLiteral(" numeric")).size(), 2);

    // Every table that numbers its rows has an identity key on the server (programme_counter
    // is one row with id 1; schema_version is numbered by the migrations).
    QStringList keys = a.columns.filter(QStringLiteral(" integer key"));
    keys.replaceInStrings(QStringLiteral(" integer key"), QString());
    keys.removeAll(QStringLiteral("programme_counter.id"));
    keys.removeAll(QStringLiteral("schema_version.version"));
    QStringList identities = b.identities;
    identities.sort();
    EXPECT_EQ(identities, keys);

    const QStringList narrowerOnSqlite = {QStringLiteral("apartment(total_area)"),
                                          QStringLiteral("resident(birth_date)"),
                                          QStringLiteral("resident(name_key)")};
    const QStringList widerOnPostgresql = {QStringLiteral("apartment(total_area,id,building_id)"),
                                           QStringLiteral("resident(birth_date,id,household_id)"),
                                           QStringLiteral("resident(name_key,id,household_id)")};
    QStringList onlySqlite, onlyPostgresql;
    for (const QString &line : a.indexes)
        if (!b.indexes.contains(line))
            onlySqlite << line;
    for (const QString &line : b.indexes)
        if (!a.indexes.contains(line))
            onlyPostgresql << line;
    EXPECT_EQ(onlySqlite, narrowerOnSqlite);
    EXPECT_EQ(onlyPostgresql, widerOnPostgresql);
    EXPECT_GT(a.indexes.size(), 50);
}
