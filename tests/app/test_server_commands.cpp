// The shared office server from the command line: migrate-to (SQLite file → a new PostgreSQL
// database) and the server password (PGPASSWORD, or a clear error without a terminal).
// These need the test cluster, so they run in the .pg pass only.
#include "CliRun.h"
#include "ServerAddress.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace nov;
using nov::test::CliRun;
using nov::test::novoselye;

namespace {

#define NOV_POSTGRES_ONLY()                                                                        \
    if (!::nov::test::onPostgres())                                                                \
    GTEST_SKIP() << "needs the PostgreSQL test cluster (the .pg run)"

// A small demo as an SQLite file, also on PostgreSQL runs.
QString sqliteDemo(const test::TempDir &dir) {
    const QString path = dir.path(QStringLiteral("office.db"));
    DemoGenerator::Options options;
    options.seed = 7;
    options.today = QDate(2026, 11, 27);
    auto made = DemoGenerator::generate(path, options);
    EXPECT_TRUE(made.ok()) << made.error().toText().toStdString();
    return path;
}

// A database URL of the test server with a fresh name (nothing created yet).
QString newServerDatabase(const QString &name) {
    auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    return server.urlFor(name + QString::number(QDateTime::currentMSecsSinceEpoch()));
}

} // namespace

TEST(MigrateTo, CopiesEveryTableWithCountsAndTheCopyKeepsWorking) {
    NOV_POSTGRES_ONLY();
    test::TempDir dir;
    const QString file = sqliteDemo(dir);
    const QString url = newServerDatabase(QStringLiteral("migrated_"));
    qputenv("NOVOSELYE_PASSWORD", "admin-2018");
    const CliRun r = novoselye({QStringLiteral("migrate-to"), url, QStringLiteral("--db"), file,
                                QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("every count matches"))) << r.out.toStdString();

    auto opened = db::Database::open(file); // the file itself, not the test's server mapping
    ASSERT_TRUE(opened.ok());
    auto &source = opened.value();
    auto target = test::openDatabase(url);
    ASSERT_TRUE(source && target);
    for (const char *table : {"household", "resident", "key_handover", "milestone", "audit_log",
                              "relocation_day", "district_population"}) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
        const qint64 rows = test::scalar(*source, count).toLongLong();
        EXPECT_GT(rows, 0) << table;
        EXPECT_EQ(test::scalar(*target, count).toLongLong(), rows) << table;
        // the printed table says the same
        EXPECT_TRUE(r.out.contains(QRegularExpression(
            QStringLiteral("%1 +%2 +%2\\n").arg(QLatin1String(table)).arg(rows))))
            << table << r.out.toStdString();
    }
    // the audit chain survived the copy
    const CliRun verify =
        novoselye({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
    EXPECT_EQ(verify.code, 0) << verify.out.toStdString() << verify.err.toStdString();
    // identity sequences continue after the copied ids: a new row gets a new id
    const qint64 highest = test::scalar(*target, QStringLiteral("SELECT MAX(id) FROM "
                                                                "household_event"))
                               .toLongLong();
    ASSERT_TRUE(test::runs(*target, QStringLiteral("INSERT INTO household_event (household_id, "
                                                   "happened_on, to_status) VALUES ((SELECT "
                                                   "MIN(id) FROM household), '2026-11-27', "
                                                   "'notified')")));
    EXPECT_GT(
        test::scalar(*target, QStringLiteral("SELECT MAX(id) FROM household_event")).toLongLong(),
        highest);
}

TEST(MigrateTo, RefusesADatabaseThatHoldsData) {
    NOV_POSTGRES_ONLY();
    test::TempDir dir;
    const QString file = sqliteDemo(dir);
    const QString url = newServerDatabase(QStringLiteral("occupied_"));
    {
        auto target = test::openDatabase(url);
        ASSERT_TRUE(target);
        ASSERT_TRUE(test::runs(*target, QStringLiteral("INSERT INTO okrug (code, name, name_en, "
                                                       "sort_order) VALUES ('ЦАО', 'Центральный', "
                                                       "'Central', 1)")));
    }
    qputenv("NOVOSELYE_PASSWORD", "admin-2018");
    const CliRun r = novoselye({QStringLiteral("migrate-to"), url, QStringLiteral("--db"), file,
                                QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("not empty"))) << r.err.toStdString();
    auto target = test::openDatabase(url);
    ASSERT_TRUE(target);
    EXPECT_EQ(test::scalar(*target, QStringLiteral("SELECT COUNT(*) FROM household")).toInt(), 0);
}

TEST(ServerPassword, WithoutTerminalOrPgpasswordTheErrorSaysWhatToSet) {
    NOV_POSTGRES_ONLY();
    auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    server.user = QStringLiteral("novoselye_pw"); // the cluster's account with a password
    const QString url =
        server.urlFor(QStringLiteral("pw_") + QString::number(QDateTime::currentMSecsSinceEpoch()));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    const QStringList demo = {
        QStringLiteral("demo"),      QStringLiteral("--db"),  url,
        QStringLiteral("--scale"),   QStringLiteral("small"), QStringLiteral("--today"),
        QStringLiteral("2026-11-27")};
    const CliRun refused = novoselye(demo); // stdin is no terminal here
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("PGPASSWORD"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("~/.pgpass"))) << refused.err.toStdString();

    qputenv("PGPASSWORD", "pw-2018");
    const CliRun opened = novoselye(demo);
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    EXPECT_EQ(opened.code, 0) << opened.err.toStdString();
    const CliRun stats = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), url});
    EXPECT_NE(stats.code, 0) << "PGPASSWORD is gone again";
}

// The window asks for the password (Database::setPasswordPrompt) when the URL, PGPASSWORD and
// ~/.pgpass have none: a wrong one is asked again, the right one opens (and here creates) the
// database, and giving none up stops with the error that says where a password can go. The
// address shown in the prompt never carries a password.
TEST(ServerPassword, TheWindowsPromptIsAskedAgainUntilTheServerAcceptsIt) {
    NOV_POSTGRES_ONLY();
    auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    server.user = QStringLiteral("novoselye_pw");
    const QString url = server.urlFor(QStringLiteral("prompt_") +
                                      QString::number(QDateTime::currentMSecsSinceEpoch()));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    QStringList answers = {QStringLiteral("wrong"), QStringLiteral("pw-2018")};
    QStringList asked;
    db::Database::setPasswordPrompt([&](const QString &address) {
        asked << address;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    });
    db::Database::Options create;
    create.create = true;
    auto opened = db::Database::open(url, create);
    ASSERT_TRUE(opened) << opened.error().toText().toStdString();
    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(asked.first().contains(QLatin1String("novoselye_pw")))
        << asked.first().toStdString();
    EXPECT_FALSE(asked.first().contains(QLatin1String("wrong")));
    EXPECT_GT( // created and migrated
        test::scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version"))
            .toInt(),
        0);
    opened.value().reset();

    asked.clear(); // the clerk cancels the prompt
    auto cancelled = db::Database::open(url);
    db::Database::setPasswordPrompt(nullptr);
    qunsetenv("PGPASSFILE");
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(asked.size(), 1);
    EXPECT_TRUE(cancelled.error().hint.contains(QLatin1String("PGPASSWORD")))
        << cancelled.error().toText().toStdString();
}
