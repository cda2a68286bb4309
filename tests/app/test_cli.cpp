// The command line as a person or a script uses it: exit codes and readable output.
#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
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

TEST(CommandLine, ACommandsHelpShowsItTheWayItIsTyped) {
    const QList<std::pair<QString, QString>> usages = {
        {QStringLiteral("stats"), QStringLiteral("Usage: novoselye stats [options]")},
        {QStringLiteral("verify-certificate"),
         QStringLiteral("Usage: novoselye verify-certificate [options] CODE")},
        {QStringLiteral("import"),
         QStringLiteral("Usage: novoselye import [options] residents|apartments|vehicles FILE")},
        {QStringLiteral("user"), QStringLiteral("Usage: novoselye user [options] add LOGIN")},
        {QStringLiteral("backup"), QStringLiteral("Usage: novoselye backup [options] FILE")},
        {QStringLiteral("migrate-to"),
         QStringLiteral(
             "Usage: novoselye migrate-to [options] postgresql://USER@HOST:PORT/DBNAME")}};
    for (const auto &[command, usage] : usages) {
        const CliRun r = novoselye(
            {command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_EQ(r.code, 0) << command.toStdString();
        EXPECT_EQ(r.out.section(QLatin1Char('\n'), 0, 0), usage) << r.out.toStdString();
    }
}

namespace {

// `novoselye --help` under a system locale (LC_ALL), with its own settings folder (optionally
// holding a saved ui/language).
CliRun helpUnder(const QString &locale, const QStringList &options,
                 const QString &savedLanguage = QString()) {
    nov::test::TempDir config;
    QDir().mkpath(config.path(QStringLiteral("Novoselye")));
    if (!savedLanguage.isEmpty())
        nov::test::writeFile(config.path(QStringLiteral("Novoselye/novoselye.conf")),
                             "[ui]\nlanguage=" + savedLanguage.toUtf8() + '\n');
    QProcess p;
    p.setProgram(QStringLiteral(NOVOSELYE_BINARY));
    p.setArguments(options + QStringList{QStringLiteral("--help")});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path(QString()));
    p.setProcessEnvironment(env);
    p.start();
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool russianHelp(const CliRun &r) {
    // the usage line and a command's summary (the list is made before the translator exists)
    return r.code == 0 && r.out.contains(QStringLiteral("Использование")) &&
           r.out.contains(QStringLiteral("создать демонстрационную базу данных")) &&
           !r.out.contains(QLatin1String("create a demo database"));
}

bool englishHelp(const CliRun &r) {
    return r.code == 0 && r.out.contains(QLatin1String("Usage:")) &&
           r.out.contains(QLatin1String("create a demo database"));
}

} // namespace

TEST(CommandLine, TheLanguageIsTheOptionThenTheSettingThenTheSystemLocale) {
    const QString russia = QStringLiteral("ru_RU.UTF-8");
    const QString germany = QStringLiteral("de_DE.UTF-8");
    CliRun r = helpUnder(russia, {});
    EXPECT_TRUE(russianHelp(r)) << r.out.toStdString();
    r = helpUnder(germany, {});
    EXPECT_TRUE(englishHelp(r)) << "English for any other locale\n" << r.out.toStdString();
    r = helpUnder(russia, {QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(englishHelp(r)) << r.out.toStdString();
    r = helpUnder(germany, {QStringLiteral("--lang=ru")});
    EXPECT_TRUE(russianHelp(r)) << r.out.toStdString();
    r = helpUnder(russia, {}, QStringLiteral("en"));
    EXPECT_TRUE(englishHelp(r)) << "the saved setting beats the locale\n" << r.out.toStdString();
    r = helpUnder(germany, {QStringLiteral("--lang"), QStringLiteral("ru")}, QStringLiteral("en"));
    EXPECT_TRUE(russianHelp(r)) << "--lang beats the setting\n" << r.out.toStdString();
    r = helpUnder(russia, {QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("unknown language 'de'"))) << r.err.toStdString();
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
