// The command line as a person or a script uses it: exit codes and readable output.
#include "CliRun.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using nov::test::CliRun;
using nov::test::novoselye;

TEST(CommandLine, HelpListsTheCommands) {
    const CliRun r = novoselye({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("demo")));
    EXPECT_TRUE(r.out.contains(QLatin1String("stats")));
}

TEST(CommandLine, UnknownCommandAndBadOptionsExitWithTwo) {
    CliRun r = novoselye({QStringLiteral("relocate-everyone")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("unknown command 'relocate-everyone'")));
    r = novoselye({QStringLiteral("stats"), QStringLiteral("--colour")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("colour")));
    r = novoselye({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("galaxy"),
                   QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("galaxy")));
}

TEST(CommandLine, DemoThenStatsAsJson) {
    nov::test::TempDir dir;
    // the .pg run: a new (empty) database of the test cluster
    const QString db = nov::test::location(dir.path(QStringLiteral("cli.db")));
    CliRun r =
        novoselye({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--scale"),
                   QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("5")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("residents")));

    r = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(
        json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("okrug")).toInt(), 12);
    EXPECT_GT(json.value(QStringLiteral("relocated_residents")).toInt(), 0);
    EXPECT_GE(json.value(QStringLiteral("milestones_reached")).toInt(), 1);

    r = novoselye({QStringLiteral("demo"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 1) << "an existing database is never overwritten";
    EXPECT_TRUE(r.err.contains(nov::test::onPostgres() ? QLatin1String("already holds data")
                                                       : QLatin1String("already exists")))
        << r.err.toStdString();
}

TEST(CommandLine, StatsOnAFileThatIsNotADatabaseSaysSo) {
    nov::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("letter.txt"));
    nov::test::writeFile(path, "Уважаемые жители!");
    const CliRun r = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Novoselye database")));
    EXPECT_TRUE(r.err.contains(QLatin1String("what to do")));
}

TEST(CommandLine, FirstAdminThenAccountsNeedASignedInAdminAndTheAuditVerifies) {
    nov::test::TempDir dir;
    const QString db = nov::test::location(dir.path(QStringLiteral("accounts.db")));
    { auto created = nov::test::openDatabase(db); }
    qputenv("NOVOSELYE_NEW_PASSWORD", "first-admin-1");
    CliRun r =
        novoselye({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("orlova"),
                   QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    qputenv("NOVOSELYE_NEW_PASSWORD", "clerk-pass-1");
    r = novoselye({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("petrova"),
                   QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 1) << "the second account needs a signed-in admin";
    EXPECT_TRUE(r.err.contains(QLatin1String("--user")));
    qputenv("NOVOSELYE_PASSWORD", "first-admin-1");
    r = novoselye({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("petrova"),
                   QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--user"),
                   QStringLiteral("orlova"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    qunsetenv("NOVOSELYE_PASSWORD");
    qunsetenv("NOVOSELYE_NEW_PASSWORD");

    r = novoselye({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    {
        auto open = nov::test::openDatabase(db);
        ASSERT_TRUE(nov::test::runs(
            *open, nov::test::onPostgres()
                       ? QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
                       : QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(nov::test::runs(*open, QStringLiteral("UPDATE audit_log SET action = "
                                                          "'nothing' WHERE id = 1")));
    }
    r = novoselye({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("row 1"))) << r.err.toStdString();
}
