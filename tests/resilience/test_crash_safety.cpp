// Crash safety: the real programs are killed with SIGKILL at random moments — a clerk
// recording a stream of workflow steps and key handovers, a migration of an old database,
// demo generation — 50+ times in all. After each kill the database opens, integrity and
// foreign key checks pass, the milestones equal an independent recount, and every operation is
// there completely or not at all.
//
// To add a case (e.g. a bulk import): append a CrashCase to cases() with how to prepare the
// database, the command to kill, and what must hold after a kill.
#include "AuditRepository.h"
#include "Database.h"
#include "Migrator.h"
#include "ResilienceSupport.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStringEncoder>
#include <functional>
#include <random>

using namespace nov::test;
using nov::db::DatabaseBackup;

namespace {

// What the kills left behind, by case and outcome (printed at the end).
QMap<QString, int> outcomes;

struct CrashCase {
    QString name;
    int kills = 0;
    // Wait before the kill, in ms, drawn uniformly from [minDelay, maxDelay]. With calibrate,
    // the first run goes to its end and its duration becomes maxDelay (minDelay stays).
    int minDelayMs = 0;
    int maxDelayMs = 1000;
    bool calibrate = false;
    // Once per case: builds the starting point, returns the database path the victim uses.
    std::function<QString(const TempDir &dir)> prepare;
    // Before each run: e.g. put the old database back. May be empty.
    std::function<void(const QString &path)> reset;
    // The victim: program and arguments.
    std::function<QStringList(const QString &path)> command;
    // After each kill (and after the run that is allowed to finish).
    std::function<void(const QString &path)> verify;
};

QStringList binary(const QStringList &arguments) {
    return QStringList{QStringLiteral(NOVOSELYE_BINARY)} + arguments;
}

// What must hold for any Novoselye database after a crash.
void soundAfterCrash(const QString &path) {
    nov::db::Database::Options options;
    options.create = false;
    auto db = nov::db::Database::open(path, options); // recovers the WAL like the program does
    ASSERT_TRUE(db) << db.error().toText().toStdString();
    auto broken = nov::db::AuditRepository(*db.value()).verify();
    ASSERT_TRUE(broken);
    EXPECT_FALSE(broken->has_value()) << "the audit hash chain is intact";
    // Status history and status agree: the step that changed one changed the other.
    EXPECT_EQ(scalar(*db.value(),
                     QStringLiteral("SELECT COUNT(*) FROM household h WHERE EXISTS (SELECT 1 "
                                    "FROM household_event e WHERE e.household_id = h.id) AND "
                                    "h.status <> (SELECT e.to_status FROM household_event e "
                                    "WHERE e.household_id = h.id ORDER BY e.id DESC LIMIT 1)"))
                  .toInt(),
              0);
    db.value().reset();
    // Integrity, foreign keys, one head per household, handovers ⇔ household and apartment
    // statuses, milestones ⇔ a recount of relocated residents (DatabaseBackup::check).
    EXPECT_EQ(findings(path), QString());
}

QString copyOf(const TempDir &dir, const QString &source, const QString &name) {
    const QString path = dir.path(name);
    QFile::remove(path);
    EXPECT_TRUE(QFile::copy(source, path));
    return path;
}

// Brings a current demo database back to schema version 4: what 0005 and 0006 created goes.
void downgradeToVersion4(const QString &path) {
    // Undo what the migrations after version 4 create (indexes, triggers, tables), so that the
    // upgrade really runs all of them again.
    QStringList drops;
    const QRegularExpression created(
        QStringLiteral(R"(CREATE\s+(?:UNIQUE\s+)?(INDEX|TRIGGER|TABLE)\s+(\w+))"));
    const QDir migrations(QStringLiteral(NOVOSELYE_SOURCE_DIR "/db/migrations"));
    for (const QString &name :
         migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() <= 4)
            continue;
        QFile file(migrations.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        // Only the SQLite half of dialect blocks.
        QString text = QString::fromUtf8(file.readAll());
        text.remove(QRegularExpression(QStringLiteral(R"(-- @postgres.*?-- @end)"),
                                       QRegularExpression::DotMatchesEverythingOption));
        auto it = created.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            drops.prepend(QStringLiteral("DROP %1 IF EXISTS %2;")
                              .arg(match.captured(1).toUpper(), match.captured(2)));
        }
    }
    EXPECT_GT(drops.size(), 10);
    rawSql(path, drops.join(QLatin1Char(' ')) +
                     QStringLiteral(" DROP TABLE IF EXISTS sqlite_stat1; DELETE FROM "
                                    "schema_version WHERE version > 4; PRAGMA "
                                    "wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
}

// A district-scale demo (≈51,000 residents), made once: a migration long enough to be hit.
QString districtDemo(const TempDir &dir) {
    static QString path;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        path = dir.path(QStringLiteral("district-template.db"));
        nov::DemoGenerator::Options options;
        options.scale = QStringLiteral("district");
        options.seed = 12;
        options.today = QDate(2026, 11, 27);
        auto made = nov::DemoGenerator::generate(path, options);
        EXPECT_TRUE(made) << made.error().toText().toStdString();
    }
    return path;
}

QList<CrashCase> cases() {
    QList<CrashCase> list;

    // A clerk recording workflow steps and key handovers. The counts of the clerk's history
    // rows, audit rows and handovers must move together.
    // Each run starts again from the same small demo, so the clerk always has work left.
    static qint64 eventsBefore = 0, auditsBefore = 0, handoversBefore = 0, clerk = 0;
    static QString handoverTemplate;
    list.append(CrashCase{
        QStringLiteral("key handovers"), 26, 30, 0, true,
        [](const TempDir &dir) {
            handoverTemplate = smallDemo(dir, QStringLiteral("handover-template.db"), 11);
            const QString path = copyOf(dir, handoverTemplate, QStringLiteral("handovers.db"));
            auto db = openDatabase(path);
            clerk = scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE login = 'clerk'"))
                        .toLongLong();
            eventsBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM household_event "
                                                      "WHERE user_id = %1")
                                           .arg(clerk))
                               .toLongLong();
            auditsBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                      "user_id = %1 AND action NOT LIKE "
                                                      "'milestone.%'")
                                           .arg(clerk))
                               .toLongLong();
            handoversBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                         "action = 'key_handover.record'"))
                                  .toLongLong();
            return path;
        },
        [](const QString &path) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            ASSERT_TRUE(QFile::copy(handoverTemplate, path));
        },
        [](const QString &path) {
            return QStringList{QStringLiteral(NOVOSELYE_CRASH_WORKER), path};
        },
        [](const QString &path) {
            soundAfterCrash(path);
            if (::testing::Test::HasFatalFailure())
                return;
            auto db = openDatabase(path);
            ASSERT_TRUE(db);
            const qint64 events =
                scalar(*db, QStringLiteral("SELECT COUNT(*) FROM household_event WHERE user_id "
                                           "= %1")
                                .arg(clerk))
                    .toLongLong() -
                eventsBefore;
            const qint64 audits =
                scalar(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM audit_log WHERE user_id = %1 AND action "
                                "NOT LIKE 'milestone.%' AND action <> 'certificate.issue'")
                                .arg(clerk))
                    .toLongLong() -
                auditsBefore;
            EXPECT_EQ(events, audits) << "each step writes its history row and its audit row";
            const qint64 handovers =
                scalar(*db, QStringLiteral("SELECT COUNT(*) FROM key_handover WHERE "
                                           "recorded_by = %1 AND handed_over_on IS NOT NULL")
                                .arg(clerk))
                    .toLongLong();
            EXPECT_EQ(handovers, scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                            "WHERE action = "
                                                            "'key_handover.record'"))
                                         .toLongLong() -
                                     handoversBefore);
            EXPECT_EQ(handovers,
                      scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate c JOIN "
                                                 "key_handover k ON k.id = c.key_handover_id "
                                                 "WHERE k.recorded_by = %1")
                                      .arg(clerk))
                          .toLongLong())
                << "every handover has its act, numbered in the same transaction";
        }});

    // The real binary upgrading a database of schema version 4 (all pending migrations run in
    // one transaction: after a kill the file is at version 4 or at the latest, never between).
    static QString oldTemplate;
    list.append(CrashCase{
        QStringLiteral("migration"), 12, 0, 0, true,
        [](const TempDir &dir) {
            // District scale, so that the upgrade (indexes over 51,000 residents) is a good
            // part of the run and the kills land inside it.
            oldTemplate = copyOf(dir, districtDemo(dir), QStringLiteral("old-template.db"));
            downgradeToVersion4(oldTemplate);
            return dir.path(QStringLiteral("migrating.db"));
        },
        [](const QString &path) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            for (const QString &suffix : {QStringLiteral(".bak"), QStringLiteral(".bak.partial")})
                QFile::remove(path + suffix);
            ASSERT_TRUE(QFile::copy(oldTemplate, path));
        },
        [](const QString &path) {
            // `backup` opens the database the way the program does (migrating it), signs in
            // and copies it: the kills land in the migration, the sign-in or the copy.
            return binary({QStringLiteral("backup"), path + QStringLiteral(".bak"),
                           QStringLiteral("--db"), path, QStringLiteral("--user"),
                           QStringLiteral("admin")});
        },
        [](const QString &path) {
            {
                nov::db::Database::Options options;
                options.create = false;
                options.migrate = false;
                auto db = nov::db::Database::open(path, options);
                ASSERT_TRUE(db) << db.error().toText().toStdString();
                const int version = db.value()->schemaVersion();
                const int indexes =
                    scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                                       "WHERE type = 'index' AND name = "
                                                       "'district_okrug'"))
                        .toInt();
                ++outcomes[version == 4 ? QStringLiteral("migration: still at version 4")
                                        : QStringLiteral("migration: at the latest version")];
                EXPECT_TRUE((version == 4 && indexes == 0) ||
                            (version == nov::db::Migrator::latestVersion() && indexes == 1))
                    << "version " << version << ", index " << indexes;
            }
            soundAfterCrash(path); // also finishes the migration
        }});

    // Demo generation: the file appears complete or not at all.
    list.append(CrashCase{
        QStringLiteral("demo generation"), 14, 0, 0, true,
        [](const TempDir &dir) { return dir.path(QStringLiteral("generated.db")); },
        [](const QString &path) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        },
        [](const QString &path) {
            return binary({QStringLiteral("demo"), QStringLiteral("--db"), path,
                           QStringLiteral("--scale"), QStringLiteral("small"),
                           QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        },
        [](const QString &path) {
            ++outcomes[QFileInfo::exists(path) ? QStringLiteral("demo: complete database")
                                               : QStringLiteral("demo: no database yet")];
            if (!QFileInfo::exists(path))
                return; // killed before the end: nothing half-made is left under the name
            soundAfterCrash(path);
            if (::testing::Test::HasFatalFailure())
                return;
            auto db = openDatabase(path);
            ASSERT_TRUE(db);
            EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toInt(), 1000);
        }});

    // A large import (the real binary, a Windows-1251 registry of new residents): after a kill
    // the database holds all of the file's residents or none, and the import's audit row with
    // them.
    static QString importTemplate, importFile;
    static qint64 residentsBefore = 0;
    constexpr int kImported = 24000;
    list.append(CrashCase{
        QStringLiteral("import"), 10, 0, 0, true,
        [](const TempDir &dir) {
            importTemplate = smallDemo(dir, QStringLiteral("import-template.db"), 13);
            auto db = openDatabase(importTemplate);
            residentsBefore =
                scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong();
            const QString okrug = scalar(*db, QStringLiteral("SELECT okrug_code FROM district "
                                                             "ORDER BY id LIMIT 1"))
                                      .toString();
            const QString district =
                scalar(*db, QStringLiteral("SELECT name FROM district ORDER BY id LIMIT 1"))
                    .toString();
            QString text = QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Округ;Район;"
                                          "Адрес;Кв.;Этаж;Комнат;Общая площадь;Жилая площадь\r\n");
            for (int i = 0; i < kImported; ++i)
                text += QStringLiteral("Новосёлов;Иван;Петрович;%1;;%2;%3;ул. Проверочная, д. "
                                       "%4;%5;%6;2;45,5;30,0\r\n")
                            .arg(QDate(1950, 1, 1)
                                     .addDays(i % 20000)
                                     .toString(QStringLiteral("dd.MM.yyyy")),
                                 okrug, district)
                            .arg(i / 400 + 1)
                            .arg(i / 2 % 200 + 1)
                            .arg(i / 2 % 200 / 40 + 1);
            importFile = dir.path(QStringLiteral("registry.csv"));
            nov::test::writeFile(importFile, QStringEncoder("windows-1251").encode(text));
            return dir.path(QStringLiteral("importing.db"));
        },
        [](const QString &path) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            ASSERT_TRUE(QFile::copy(importTemplate, path));
        },
        [](const QString &path) {
            return binary({QStringLiteral("import"), QStringLiteral("residents"), importFile,
                           QStringLiteral("--db"), path, QStringLiteral("--user"),
                           QStringLiteral("admin")});
        },
        [](const QString &path) {
            soundAfterCrash(path);
            if (::testing::Test::HasFatalFailure())
                return;
            auto db = openDatabase(path);
            ASSERT_TRUE(db);
            const qint64 added =
                scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong() -
                residentsBefore;
            const qint64 audited = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                              "WHERE action = 'import.residents'"))
                                       .toLongLong();
            ++outcomes[added == 0 ? QStringLiteral("import: nothing stored")
                                  : QStringLiteral("import: the whole file stored")];
            EXPECT_TRUE(added == 0 || added == kImported) << "half an import: " << added;
            EXPECT_EQ(audited, added == 0 ? 0 : 1) << "the audit row goes with the rows";
        }});
    return list;
}

} // namespace

TEST(CrashSafety, SigkillAtRandomMomentsLeavesEveryOperationWholeOrAbsent) {
    TempDir dir;
    std::mt19937 random(20261127);
    int totalKills = 0;
    for (const CrashCase &crash : cases()) {
        SCOPED_TRACE(crash.name.toStdString());
        const QString path = crash.prepare(dir);
        int killed = 0, finished = 0;
        int maxDelay = crash.maxDelayMs;
        for (int i = crash.calibrate ? -1 : 0; i <= crash.kills; ++i) {
            if (crash.reset)
                crash.reset(path);
            // The calibration run and the last one go to their end: the work goes on after a
            // crash, and a finished run must leave a sound database too.
            const bool toTheEnd = i < 0 || i == crash.kills;
            QStringList command = crash.command(path);
            QProcess victim;
            victim.setProgram(command.takeFirst());
            victim.setArguments(command);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("NOVOSELYE_PASSWORD"), QStringLiteral("admin-2018"));
            victim.setProcessEnvironment(env);
            victim.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer clock;
            clock.start();
            victim.start();
            ASSERT_TRUE(victim.waitForStarted());
            std::uniform_int_distribution<int> delay(crash.minDelayMs,
                                                     qMax(crash.minDelayMs, maxDelay));
            if (toTheEnd) {
                ASSERT_TRUE(victim.waitForFinished(180000));
                EXPECT_EQ(victim.exitCode(), 0) << victim.readAllStandardError().toStdString();
                if (i < 0)
                    maxDelay = int(clock.elapsed() * 9 / 10);
            } else if (victim.waitForFinished(delay(random))) {
                ++finished;
            } else {
                victim.kill(); // SIGKILL: no destructors, no rollback, no flush
                victim.waitForFinished();
                ++killed;
            }
            crash.verify(path);
            if (::testing::Test::HasFatalFailure())
                return;
        }
        std::printf("%s: %d runs killed, %d finished before the kill (waits up to %d ms)\n",
                    qPrintable(crash.name), killed, finished, maxDelay);
        EXPECT_GE(killed, crash.kills * 2 / 3) << "most runs must really be killed mid-work";
        totalKills += killed;
    }
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        std::printf("%s: %d\n", qPrintable(it.key()), it.value());
    EXPECT_GE(totalKills, 50);
}
