// The shared office server from the command line: migrate-to (SQLite file → a new PostgreSQL
// database, also when it fails half-way), the server password (PGPASSWORD, ~/.pgpass, the
// terminal's prompt, or a clear error without a terminal), and check / backup / restore given a
// server database. These need the test cluster, so they run in the .pg pass only.
#include "CliRun.h"
#include "ServerAddress.h"
#include "TestSupport.h"
#include "auth/Actor.h"
#include "demo/DemoGenerator.h"
#include "domain/BackupService.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

// The same, for the cluster's account that must give a password (novoselye_pw, pw-2018).
QString newPasswordDatabase(const QString &name) {
    auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    server.user = QStringLiteral("novoselye_pw");
    return server.urlFor(name + QString::number(QDateTime::currentMSecsSinceEpoch()));
}

// Runs novoselye on a pseudo-terminal, as a person types at it: every time `prompt` appears
// the next of `answers` is typed (an empty line once they run out). Returns the exit code,
// the terminal's whole output (stdout and stderr together) and how many prompts came.
struct TerminalRun {
    int code = -1;
    QByteArray output;
    int prompts = 0;
};
TerminalRun onTerminal(const QStringList &arguments, const QByteArray &prompt,
                       QList<QByteArray> answers) {
    std::vector<QByteArray> words{QByteArrayLiteral(NOVOSELYE_BINARY)};
    for (const QString &a : arguments)
        words.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    TerminalRun run;
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0) {
        ADD_FAILURE() << "forkpty failed";
        return run;
    }
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 120000;
    qsizetype seen = 0;
    while (QDateTime::currentMSecsSinceEpoch() < deadline) {
        pollfd p{terminal, POLLIN, 0};
        if (poll(&p, 1, 500) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break; // the program ended (EIO once the terminal's other side is closed)
        run.output.append(buffer, n);
        const qsizetype at = run.output.indexOf(prompt, seen);
        if (at >= 0) {
            seen = at + prompt.size();
            ++run.prompts;
            const QByteArray line = (answers.isEmpty() ? QByteArray() : answers.takeFirst()) + '\n';
            EXPECT_EQ(write(terminal, line.constData(), size_t(line.size())), line.size());
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    close(terminal);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The environment variables a password test changes, put back afterwards.
struct KeptEnvironment {
    QByteArray home = qgetenv("HOME");
    ~KeptEnvironment() {
        qputenv("HOME", home);
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }
};

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
    const QString url = newPasswordDatabase(QStringLiteral("pw_"));
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
    const QString url = newPasswordDatabase(QStringLiteral("prompt_"));
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

// A failure half-way through migrate-to (here a date the file holds but the server refuses, in
// the fourth table copied) leaves the new database without a single row, and once the file is
// corrected the same command into the same database succeeds.
TEST(MigrateTo, AFailureHalfwayLeavesTheTargetEmptyAndTheCopyCanBeRepeated) {
    NOV_POSTGRES_ONLY();
    test::TempDir dir;
    const QString file = sqliteDemo(dir);
    qint64 damaged = 0;
    {
        auto opened = db::Database::open(file);
        ASSERT_TRUE(opened.ok());
        auto &source = *opened.value();
        damaged = test::scalar(source, QStringLiteral("SELECT MAX(id) FROM resident")).toLongLong();
        // an old file may hold what its CHECK constraints refuse today (see `check`)
        ASSERT_TRUE(test::runs(source, QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        ASSERT_TRUE(test::runs(source, QStringLiteral("UPDATE resident SET birth_date = "
                                                      "'1961-02-30' WHERE id = %1")
                                           .arg(damaged))); // SQL-SAFE: a number
    }
    const QString url = newServerDatabase(QStringLiteral("halfway_"));
    qputenv("NOVOSELYE_PASSWORD", "admin-2018");
    const QStringList migrate = {QStringLiteral("migrate-to"), url,
                                 QStringLiteral("--db"),       file,
                                 QStringLiteral("--user"),     QStringLiteral("admin")};
    const CliRun failed = novoselye(migrate);
    EXPECT_EQ(failed.code, 1);
    EXPECT_TRUE(failed.err.contains(QLatin1String("resident"))) << failed.err.toStdString();
    {
        auto target = test::openDatabase(url);
        ASSERT_TRUE(target);
        // the tables copied before the failing one were rolled back with it
        for (const char *table : {"okrug", "district", "building", "apartment", "household",
                                  "resident", "audit_log", "app_user"})
            EXPECT_EQ(
                test::scalar(*target,
                             QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                    .toLongLong(),
                0)
                << table;
    }
    {
        auto opened = db::Database::open(file);
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(test::runs(*opened.value(), QStringLiteral("UPDATE resident SET birth_date = "
                                                               "'1961-02-28' WHERE id = %1")
                                                    .arg(damaged))); // SQL-SAFE: a number
    }
    const CliRun again = novoselye(migrate);
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("every count matches")))
        << again.out.toStdString();
}

// The window's backup of a server database shows how far the copy is and may be cancelled: the
// progress climbs to its end; a cancelled copy leaves no file and records nothing.
TEST(ServerBackup, TheCopyOfAServerDatabaseTellsItsProgressAndMayBeCancelled) {
    NOV_POSTGRES_ONLY();
    test::TempDir dir;
    const QString url = test::smallDemo(dir);
    auto server = test::openDatabase(url);
    ASSERT_TRUE(server);
    const Actor admin{
        test::scalar(*server, QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"))
            .toLongLong(),
        QStringLiteral("admin"), Role::Admin};
    const QString audit = QStringLiteral("SELECT COUNT(*) FROM audit_log");
    const qint64 audited = test::scalar(*server, audit).toLongLong();

    const QString cancelled = dir.path(QStringLiteral("cancelled.db"));
    auto r = BackupService(*server).backup(admin, cancelled,
                                           [](int done, int total) { return done < total / 2; });
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QLatin1String("cancelled")))
        << r.error().toText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(cancelled));
    EXPECT_FALSE(QFileInfo::exists(cancelled + QStringLiteral(".partial")));
    EXPECT_EQ(test::scalar(*server, audit).toLongLong(), audited) << "nothing recorded";

    const QString whole = dir.path(QStringLiteral("whole.db"));
    QList<int> seen;
    r = BackupService(*server).backup(admin, whole, [&seen](int done, int total) {
        EXPECT_EQ(total, 1000);
        seen << done;
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error().toText().toStdString();
    EXPECT_GT(seen.size(), 10) << "told as the rows go, not once at the end";
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.first(), 0);
    EXPECT_EQ(seen.last(), 1000);
    EXPECT_TRUE(QFileInfo::exists(whole));
    EXPECT_EQ(test::scalar(*server, audit).toLongLong(), audited + 1);
}

// check, backup and restore given a server database: check runs the office's rules (and finds
// a broken one), backup writes a verified SQLite file with the server's rows (which migrate-to
// brings back to a new server database), restore refuses to replace a server database.
TEST(ServerBackup, CheckBackupAndRestoreOnAServerDatabase) {
    NOV_POSTGRES_ONLY();
    test::TempDir dir;
    const QString url = test::smallDemo(dir);
    CliRun r = novoselye({QStringLiteral("check"), QStringLiteral("--db"), url});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("sound"))) << r.out.toStdString();

    qputenv("NOVOSELYE_PASSWORD", "admin-2018");
    const QString file = dir.path(QStringLiteral("server-backup.db"));
    const QStringList backup = {QStringLiteral("backup"), file,
                                QStringLiteral("--db"),   url,
                                QStringLiteral("--user"), QStringLiteral("admin")};
    r = novoselye(backup);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("verified"))) << r.out.toStdString();
    {
        auto server = test::openDatabase(url);
        auto opened = db::Database::open(file); // the file itself, not the test's mapping
        ASSERT_TRUE(server && opened.ok());
        EXPECT_EQ(opened.value()->backend(), db::Backend::Sqlite);
        for (const char *table :
             {"household", "resident", "key_handover", "milestone", "certificate", "vehicle"}) {
            const QString count =
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
            EXPECT_EQ(test::scalar(*opened.value(), count).toLongLong(),
                      test::scalar(*server, count).toLongLong())
                << table;
        }
        // the backup is recorded on the server after the copy was taken
        EXPECT_EQ(
            test::scalar(*server, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
            test::scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))
                    .toLongLong() +
                1);
    }
    r = novoselye({QStringLiteral("check"), QStringLiteral("--db"), file});
    EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    r = novoselye(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file});
    EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    r = novoselye(backup);
    EXPECT_EQ(r.code, 1) << "an existing file is never overwritten";

    r = novoselye({QStringLiteral("restore"), file, QStringLiteral("--db"), url,
                   QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("migrate-to"))) << r.err.toStdString();
    const QString back = newServerDatabase(QStringLiteral("from_backup_"));
    r = novoselye({QStringLiteral("migrate-to"), back, QStringLiteral("--db"), file,
                   QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // a rule no constraint states, broken on the server, is found
    {
        auto server = test::openDatabase(url);
        ASSERT_TRUE(server);
        ASSERT_TRUE(test::runs(
            *server, QStringLiteral("UPDATE apartment SET status = 'free' WHERE id = (SELECT "
                                    "new_apartment_id FROM key_handover WHERE handed_over_on IS "
                                    "NOT NULL ORDER BY id LIMIT 1)")));
    }
    r = novoselye({QStringLiteral("check"), QStringLiteral("--db"), url});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.contains(QLatin1String("not marked as occupied"))) << r.out.toStdString();
}

// libpq reads ~/.pgpass when the URL and PGPASSWORD give no password: a demo is made and read
// with the password only there. A .pgpass others may read is ignored (libpq's rule), so the
// same command then stops with the advice.
TEST(ServerPassword, APasswordInPgpassIsUsed) {
    NOV_POSTGRES_ONLY();
    KeptEnvironment kept;
    test::TempDir home;
    const QString url = newPasswordDatabase(QStringLiteral("pgpass_"));
    const QString pgpass = home.path(QStringLiteral(".pgpass"));
    test::writeFile(pgpass, "*:*:*:novoselye_pw:pw-2018\n");
    ASSERT_TRUE(QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner));
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    qputenv("HOME", home.path(QString()).toLocal8Bit());
    const CliRun made = novoselye({QStringLiteral("demo"), QStringLiteral("--db"), url,
                                   QStringLiteral("--today"), QStringLiteral("2026-11-27")});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    CliRun stats = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), url});
    EXPECT_EQ(stats.code, 0) << stats.err.toStdString();

    ASSERT_TRUE(QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
    stats = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), url});
    EXPECT_EQ(stats.code, 1);
    EXPECT_TRUE(stats.err.contains(QLatin1String("~/.pgpass"))) << stats.err.toStdString();
}

// In a terminal the command asks for the server password without echoing it: a wrong one is
// asked again (three tries in all, then it stops), the right one opens (here creates) the
// database.
TEST(ServerPassword, TheTerminalAsksWithoutEchoAndAgainAfterAWrongPassword) {
    NOV_POSTGRES_ONLY();
    KeptEnvironment kept;
    const QString url = newPasswordDatabase(QStringLiteral("terminal_"));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    const QByteArray prompt = "Password for postgresql://novoselye_pw@";
    const QStringList demo = {
        QStringLiteral("demo"),    QStringLiteral("--db"),       url,
        QStringLiteral("--today"), QStringLiteral("2026-11-27"), QStringLiteral("--lang"),
        QStringLiteral("en")};
    const TerminalRun made =
        onTerminal(demo, prompt, {QByteArrayLiteral("wrong-1"), QByteArrayLiteral("pw-2018")});
    EXPECT_EQ(made.code, 0) << made.output.toStdString();
    EXPECT_EQ(made.prompts, 2) << made.output.toStdString();
    EXPECT_FALSE(made.output.contains("pw-2018")) << "the password is not echoed";
    EXPECT_FALSE(made.output.contains("wrong-1"));

    const TerminalRun refused = onTerminal(
        {QStringLiteral("stats"), QStringLiteral("--db"), url, QStringLiteral("--lang"),
         QStringLiteral("en")},
        prompt, {QByteArrayLiteral("a"), QByteArrayLiteral("b"), QByteArrayLiteral("c")});
    EXPECT_EQ(refused.code, 1);
    EXPECT_EQ(refused.prompts, 3) << refused.output.toStdString();
    EXPECT_TRUE(refused.output.contains("did not accept")) << refused.output.toStdString();
}
