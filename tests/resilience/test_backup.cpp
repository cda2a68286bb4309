// Backup and restore as an administrator uses them: consistent verified copies while clerks
// write, automatic daily backups in a rotating set, restore that refuses bad files and keeps
// the current database until the new one is verified.
#include "Database.h"
#include "DatabaseBackup.h"
#include "ResilienceSupport.h"
#include "SettingsRepository.h"
#include "domain/BackupService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using nov::BackupService;
using nov::db::DatabaseBackup;
using namespace nov::test;

namespace {

qint64 count(nov::db::Database &db, const QString &table) {
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

} // namespace

TEST(Backup, CopyIsVerifiedAndHoldsTheSameRows) {
    TempDir dir;
    const QString source = smallDemo(dir);
    auto db = openDatabase(source);
    const nov::Actor admin = demoActor(*db, QStringLiteral("admin"));
    const QString target = dir.path(QStringLiteral("copy.db"));
    auto copied = BackupService(*db).backup(admin, target);
    ASSERT_TRUE(copied) << copied.error().toText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    EXPECT_EQ(copied->rows(QStringLiteral("resident")), count(*db, QStringLiteral("resident")));
    EXPECT_GT(copied->rows(QStringLiteral("resident")), 1000);
    EXPECT_EQ(copied->schemaVersion, db->schemaVersion());
    // The backup is in the audit log of the database, by the admin.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'database.backup' AND user_id = %1")
                              .arg(admin.userId))
                  .toInt(),
              1);
    // The copy opens as a Novoselye database with the same content.
    auto reopened = openDatabase(target);
    EXPECT_EQ(count(*reopened, QStringLiteral("key_handover")),
              count(*db, QStringLiteral("key_handover")));
    EXPECT_EQ(findings(target), QString());
}

TEST(Backup, OnlyAdministratorsMayBackUpOrRestore) {
    TempDir dir;
    const QString source = smallDemo(dir);
    auto db = openDatabase(source);
    for (const char *login : {"clerk", "manager", "auditor"}) {
        const nov::Actor who = demoActor(*db, QString::fromLatin1(login));
        auto copied = BackupService(*db).backup(who, dir.path(QStringLiteral("x.db")));
        ASSERT_FALSE(copied) << login;
        EXPECT_TRUE(copied.error().toText().contains(QLatin1String("admin"), Qt::CaseInsensitive))
            << copied.error().toText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.db"))));
        auto restored = BackupService::restore(who, source, dir.path(QStringLiteral("y.db")));
        EXPECT_FALSE(restored) << login;
    }
}

TEST(Backup, ClerksKeepWritingWhileTheCopyRunsAndTheCopyIsOneMoment) {
    TempDir dir;
    const QString source = smallDemo(dir);
    auto db = openDatabase(source);
    auto clerk = openDatabase(source); // another clerk's connection
    const qint64 before = count(*db, QStringLiteral("audit_log"));
    int steps = 0;
    // The copy goes in steps; between steps a clerk commits changes, which must neither wait
    // for the backup nor appear half in the copy.
    auto copied =
        DatabaseBackup::copy(source, dir.path(QStringLiteral("copy.db")), [&](int done, int total) {
            ++steps;
            EXPECT_LE(done, total);
            EXPECT_TRUE(runs(*clerk, QStringLiteral("INSERT INTO settings "
                                                    "(key, value, "
                                                    "updated_at) VALUES "
                                                    "('note%1', 'x', "
                                                    "'2026-11-27')")
                                         .arg(steps)));
            return true;
        });
    ASSERT_TRUE(copied) << copied.error().toText().toStdString();
    EXPECT_GE(steps, 1);
    auto copy = openDatabase(dir.path(QStringLiteral("copy.db")));
    EXPECT_EQ(scalar(*copy, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE "
                                           "'note%'"))
                  .toInt(),
              0)
        << "the copy is the database as it was when the backup began";
    EXPECT_EQ(count(*copy, QStringLiteral("audit_log")), before);
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'note%'")).toInt(),
        steps);
}

TEST(Backup, NeverOverwritesAFileAndLeavesNothingWhenCancelled) {
    TempDir dir;
    const QString source = smallDemo(dir);
    const QString existing = dir.path(QStringLiteral("existing.db"));
    writeFile(existing, "my thesis");
    auto copied = DatabaseBackup::copy(source, existing);
    ASSERT_FALSE(copied);
    EXPECT_TRUE(copied.error().message.contains(QLatin1String("already exists")));
    EXPECT_EQ(fileHash(existing),
              QCryptographicHash::hash("my thesis", QCryptographicHash::Sha256).toHex());

    const QString cancelled = dir.path(QStringLiteral("cancelled.db"));
    copied = DatabaseBackup::copy(source, cancelled, [](int, int) { return false; });
    ASSERT_FALSE(copied);
    EXPECT_FALSE(QFileInfo::exists(cancelled));
    EXPECT_FALSE(QFileInfo::exists(cancelled + QStringLiteral(".partial")));
}

TEST(Backup, DailyBackupsAreTakenOncePerDayAndRotated) {
    TempDir dir;
    const QString source = smallDemo(dir);
    auto db = openDatabase(source);
    ASSERT_TRUE(nov::db::SettingsRepository(*db).setValue(QStringLiteral("automatic_backups"),
                                                          QStringLiteral("3")));
    BackupService service(*db);
    for (int day = 1; day <= 5; ++day) {
        auto made = service.dailyBackup(QDate(2026, 11, day));
        ASSERT_TRUE(made) << made.error().toText().toStdString();
        ASSERT_TRUE(made->has_value());
        EXPECT_TRUE(QFileInfo::exists(made->value()));
        // A second start on the same day takes no second backup.
        auto again = service.dailyBackup(QDate(2026, 11, day));
        ASSERT_TRUE(again);
        EXPECT_FALSE(again->has_value());
    }
    const QStringList kept = BackupService::automaticBackups(source);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_TRUE(kept.at(0).endsWith(QLatin1String("demo-2026-11-05.db")));
    EXPECT_TRUE(kept.at(2).endsWith(QLatin1String("demo-2026-11-03.db")));
    EXPECT_TRUE(QFileInfo(kept.at(0)).absolutePath().endsWith(QLatin1String("/backups")));
    EXPECT_EQ(findings(kept.at(0)), QString());

    // 0 switches them off.
    ASSERT_TRUE(nov::db::SettingsRepository(*db).setValue(QStringLiteral("automatic_backups"),
                                                          QStringLiteral("0")));
    auto off = service.dailyBackup(QDate(2026, 11, 6));
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->has_value());
    EXPECT_EQ(BackupService::automaticBackups(source).size(), 3);
}

TEST(Restore, PutsTheBackupInPlaceAndKeepsThePreviousDatabase) {
    TempDir dir;
    const QString current = smallDemo(dir);
    const QString backup = dir.path(QStringLiteral("backup.db"));
    nov::Actor admin;
    qint64 residentsAtBackup = 0;
    {
        auto db = openDatabase(current);
        admin = demoActor(*db, QStringLiteral("admin"));
        ASSERT_TRUE(BackupService(*db).backup(admin, backup));
        residentsAtBackup = count(*db, QStringLiteral("resident"));
        // Work after the backup that the restore takes back.
        ASSERT_TRUE(runs(*db, QStringLiteral("DELETE FROM resident WHERE id IN (SELECT id FROM "
                                             "resident r WHERE relation <> 'head' AND NOT EXISTS "
                                             "(SELECT 1 FROM key_handover k WHERE k.household_id "
                                             "= r.household_id) LIMIT 5)")));
    }
    auto restored = BackupService::restore(admin, backup, current);
    ASSERT_TRUE(restored) << restored.error().toText().toStdString();
    auto db = openDatabase(current);
    EXPECT_EQ(count(*db, QStringLiteral("resident")), residentsAtBackup);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'database.restore' AND user_id = %1")
                              .arg(admin.userId))
                  .toInt(),
              1);
    auto previous = openDatabase(BackupService::keptPreviousPath(current));
    EXPECT_EQ(count(*previous, QStringLiteral("resident")), residentsAtBackup - 5);
    EXPECT_FALSE(QFileInfo::exists(current + QStringLiteral(".restoring")));
    EXPECT_EQ(findings(current), QString());
}

TEST(Restore, ReplacesADamagedDatabaseAndKeepsItsBytes) {
    TempDir dir;
    const QString current = smallDemo(dir);
    const QString backup = dir.path(QStringLiteral("backup.db"));
    nov::Actor admin;
    {
        auto db = openDatabase(current);
        admin = demoActor(*db, QStringLiteral("admin"));
        ASSERT_TRUE(BackupService(*db).backup(admin, backup));
        ASSERT_TRUE(runs(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // The disk damages the database: a page of garbage in the middle.
    QFile file(current);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2 / 4096 * 4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const QByteArray damaged = fileHash(current);
    EXPECT_NE(findings(current), QString());

    auto restored = BackupService::restore(admin, backup, current);
    ASSERT_TRUE(restored) << restored.error().toText().toStdString();
    EXPECT_EQ(findings(current), QString());
    EXPECT_EQ(fileHash(BackupService::keptPreviousPath(current)), damaged)
        << "the damaged database is kept as it was, for whoever investigates";
}

TEST(Restore, RefusesFilesThatAreNotSoundNovoselyeDatabasesAndChangesNothing) {
    TempDir dir;
    const QString current = smallDemo(dir);
    nov::Actor admin;
    {
        auto db = openDatabase(current);
        admin = demoActor(*db, QStringLiteral("admin"));
        ASSERT_TRUE(runs(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // A damaged copy: a good backup with garbage over a page in the middle.
    const QString good = dir.path(QStringLiteral("good.db"));
    ASSERT_TRUE(DatabaseBackup::copy(current, good));
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::ReadOnly));
    QByteArray damagedBytes = goodFile.readAll();
    goodFile.close();
    for (int i = 0; i < 4096; ++i)
        damagedBytes[damagedBytes.size() / 2 + i] = char(0x5a ^ i);
    const QString damaged = dir.path(QStringLiteral("damaged.db"));
    writeFile(damaged, damagedBytes);

    const QString text = dir.path(QStringLiteral("notes.db"));
    writeFile(text, "This is not a database\n");
    const QString other = dir.path(QStringLiteral("other.db"));
    rawSql(other, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"));
    const QString newer = dir.path(QStringLiteral("newer.db"));
    ASSERT_TRUE(DatabaseBackup::copy(current, newer));
    rawSql(newer, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES "
                                 "(99, 'future', '2030-01-01')"));
    const QString broken = dir.path(QStringLiteral("broken-rules.db"));
    ASSERT_TRUE(DatabaseBackup::copy(current, broken));
    rawSql(broken, QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO resident (household_id, "
                                  "last_name, first_name, name_key, sex, birth_date, relation) "
                                  "VALUES (999999, 'Сирота', 'Иван', 'СИРОТА ИВАН', 'M', "
                                  "'1980-01-01', 'other')"));
    const QString empty = dir.path(QStringLiteral("empty.db"));
    writeFile(empty, QByteArray());

    const QByteArray before = fileHash(current);
    for (const QString &file :
         {damaged, text, other, newer, broken, empty, dir.path(QStringLiteral("missing.db"))}) {
        const QByteArray offered = fileHash(file);
        auto restored = BackupService::restore(admin, file, current);
        ASSERT_FALSE(restored) << file.toStdString();
        EXPECT_FALSE(restored.error().message.isEmpty());
        EXPECT_EQ(fileHash(current), before) << file.toStdString();
        EXPECT_EQ(fileHash(file), offered) << "the offered file is left as it was";
        EXPECT_FALSE(QFileInfo::exists(BackupService::keptPreviousPath(current)));
        EXPECT_FALSE(QFileInfo::exists(current + QStringLiteral(".restoring")));
    }
}

TEST(BackupCommands, BackupRestoreAndCheckFromTheCommandLine) {
    TempDir dir;
    const QString db = smallDemo(dir);
    const QString out = dir.path(QStringLiteral("out.db"));
    CliRun r = novoselye({QStringLiteral("backup"), out, QStringLiteral("--db"), db,
                          QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("verified"))) << r.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out));

    r = novoselye({QStringLiteral("backup"), dir.path(QStringLiteral("clerk.db")),
                   QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk")},
                  "clerk-2018");
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("clerk.db"))));

    r = novoselye({QStringLiteral("backup"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.code, 2);

    r = novoselye({QStringLiteral("check"), QStringLiteral("--db"), out});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("sound")));

    r = novoselye({QStringLiteral("restore"), out, QStringLiteral("--db"), db,
                   QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(db + QStringLiteral(".before-restore")));

    const QString notes = dir.path(QStringLiteral("notes.txt"));
    writeFile(notes, "hello");
    const QByteArray before = fileHash(db);
    r = novoselye({QStringLiteral("restore"), notes, QStringLiteral("--db"), db,
                   QStringLiteral("--user"), QStringLiteral("admin")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Novoselye database"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(db), before);
}
