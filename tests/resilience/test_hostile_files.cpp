// Hostile files: damaged bytes and rows that break the office's rules, written by another
// tool. Novoselye refuses or reports them with a clear message, never crashes and never makes
// the file worse; `novoselye check` names what is wrong.
#include "Database.h"
#include "FuzzOpen.h"
#include "ResilienceSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <random>

using namespace nov::test;
using nov::db::DatabaseBackup;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A small demo database as one self-contained file (no -wal beside it).
QString checkpointedDemo(const TempDir &dir, const QString &name) {
    const QString demo = smallDemo(dir, QStringLiteral("source-") + name, 7);
    const QString path = dir.path(name);
    EXPECT_TRUE(DatabaseBackup::copy(demo, path));
    return path;
}

} // namespace

TEST(HostileFiles, BitFlippedDatabasesAreRefusedOrReportedNeverWorse) {
    TempDir dir;
    const QString pristine = checkpointedDemo(dir, QStringLiteral("pristine.db"));
    const QByteArray good = readAll(pristine);
    ASSERT_GT(good.size(), 100000);
    int refused = 0, reported = 0, harmless = 0;
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        std::mt19937 random(seed);
        QByteArray bytes = good;
        // 1, 4, 16… flipped bits at random positions; seed 1 aims at the header.
        const int flips = 1 << (2 * (seed % 4));
        for (int i = 0; i < flips; ++i) {
            const qsizetype at =
                seed == 1 ? qsizetype(random() % 100) : qsizetype(random() % quint32(bytes.size()));
            bytes[at] = char(bytes[at] ^ (1 << (random() % 8)));
        }
        const QString path = dir.path(QStringLiteral("flipped-%1.db").arg(seed));
        writeFile(path, bytes);
        const QByteArray hash = fileHash(path);

        // Looking never changes the file.
        auto found = DatabaseBackup::check(path);
        EXPECT_EQ(fileHash(path), hash) << "seed " << seed;
        const CliRun run = novoselye({QStringLiteral("check"), QStringLiteral("--db"), path});
        EXPECT_TRUE(run.code == 0 || run.code == 1) << "seed " << seed << ": " << run.code;
        EXPECT_EQ(fileHash(path), hash) << "seed " << seed;
        if (!found) {
            EXPECT_FALSE(found.error().message.isEmpty());
            EXPECT_EQ(run.code, 1);
            ++refused;
        } else if (!found->isEmpty()) {
            EXPECT_EQ(run.code, 1);
            EXPECT_FALSE(run.out.isEmpty());
            ++reported;
        } else {
            EXPECT_EQ(run.code, 0) << run.err.toStdString();
            ++harmless; // a flip in free space or an unused byte
        }
        // Opening it as the program does: refused with a message, or opened; never a crash.
        const CliRun stats = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), path});
        EXPECT_TRUE(stats.code == 0 || stats.code == 1) << "seed " << seed;
        if (stats.code == 1) {
            EXPECT_FALSE(stats.err.trimmed().isEmpty());
        }
        if (stats.code == 1) {
            // A file the program could not read keeps its data: damage that only shows when a
            // page is read lets the open switch the journal to WAL first, which rewrites the
            // header's journal-mode bytes (18, 19) and change counters (24–27, 92–99) only.
            QByteArray after = readAll(path);
            ASSERT_EQ(after.size(), bytes.size()) << "seed " << seed;
            for (int at : {18, 19, 24, 25, 26, 27, 92, 93, 94, 95, 96, 97, 98, 99})
                after[at] = bytes[at];
            EXPECT_TRUE(after == bytes) << "seed " << seed << ": data bytes changed";
        }
    }
    std::printf("bit flips: %d refused, %d reported, %d harmless\n", refused, reported, harmless);
    EXPECT_GT(refused + reported, 0);
}

TEST(HostileFiles, RowsBreakingTheRulesWrittenByAnotherToolAreReported) {
    TempDir dir;
    const QString pristine = checkpointedDemo(dir, QStringLiteral("pristine.db"));
    EXPECT_EQ(findings(pristine), QString()) << "the demo itself keeps every rule";

    struct Breakage {
        const char *name;
        const char *sql;
        const char *reported; // part of the finding's text
    };
    const Breakage breakages[] = {
        {"orphan resident",
         "INSERT INTO resident (household_id, last_name, first_name, name_key, sex, birth_date, "
         "relation) VALUES (987654, 'Сиротин', 'Пётр', 'СИРОТИН ПЕТР', 'M', '1970-05-05', "
         "'other')",
         "do not exist"},
        {"two heads",
         "DROP INDEX resident_one_head; UPDATE resident SET relation = 'head' WHERE id = (SELECT "
         "MIN(id) FROM resident WHERE "
         "relation <> 'head')",
         "one head"},
        {"negative area",
         "PRAGMA ignore_check_constraints = ON; UPDATE apartment SET total_area = -12.5 WHERE id "
         "= (SELECT MIN(id) FROM apartment)",
         "integrity"},
        {"handover without status",
         "UPDATE household SET status = 'included' WHERE id = (SELECT MIN(household_id) FROM "
         "key_handover WHERE handed_over_on IS NOT NULL)",
         "not marked as relocated"},
        {"milestone reached too early",
         "UPDATE milestone SET reached_on = '2026-11-26', key_handover_id = (SELECT MAX(id) FROM "
         "key_handover WHERE handed_over_on IS NOT NULL), household_id = (SELECT household_id "
         "FROM key_handover WHERE id = (SELECT MAX(id) FROM key_handover WHERE handed_over_on IS "
         "NOT NULL)), resident_id = (SELECT MIN(r.id) FROM resident r JOIN key_handover k ON "
         "k.household_id = r.household_id WHERE k.id = (SELECT MAX(id) FROM key_handover WHERE "
         "handed_over_on IS NOT NULL)) WHERE target = (SELECT MAX(target) FROM milestone)",
         "recount"},
    };
    for (const Breakage &breakage : breakages) {
        SCOPED_TRACE(breakage.name);
        const QString path = dir.path(QString::fromLatin1(breakage.name) + QStringLiteral(".db"));
        ASSERT_TRUE(QFile::copy(pristine, path));
        rawSql(path,
               QStringLiteral("PRAGMA foreign_keys = OFF; ") + QString::fromUtf8(breakage.sql));
        const QByteArray hash = fileHash(path);
        const QString text = findings(path);
        EXPECT_TRUE(text.contains(QLatin1String(breakage.reported))) << text.toStdString();
        const CliRun run = novoselye({QStringLiteral("check"), QStringLiteral("--db"), path});
        EXPECT_EQ(run.code, 1);
        EXPECT_TRUE(run.out.contains(QLatin1String(breakage.reported))) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("breaks"))) << run.err.toStdString();
        EXPECT_EQ(fileHash(path), hash) << "checking changes nothing";
        // The program still opens it (the data can be looked at and corrected) without crashing.
        const CliRun stats = novoselye({QStringLiteral("stats"), QStringLiteral("--db"), path});
        EXPECT_TRUE(stats.code == 0 || stats.code == 1) << stats.err.toStdString();
        // A backup of such a database is refused: a backup must be sound.
        auto copied = DatabaseBackup::copy(path, path + QStringLiteral(".backup"));
        if (QLatin1String(breakage.reported) == QLatin1String("do not exist") ||
            QLatin1String(breakage.reported) == QLatin1String("integrity")) {
            EXPECT_FALSE(copied);
        }
    }
}

// A deterministic mutation fuzzer for opening database files: runs in every `make test` for a
// bounded number of inputs. (With clang, -DNOVOSELYE_FUZZ=ON also builds a libFuzzer target
// on the same function.)
TEST(FuzzOpenDatabase, MutatedDatabasesNeverCrashAndAlwaysExplain) {
    TempDir dir;
    const QByteArray seed = fuzzSeedDatabase(dir.path(QString()));
    ASSERT_GT(seed.size(), 4096);
    std::mt19937 random(4242);
    QElapsedTimer clock;
    clock.start();
    int inputs = 0;
    // Bounded by count, not by time, so every run sees the same inputs.
    for (; inputs < 150; ++inputs) {
        QByteArray bytes = seed;
        switch (random() % 6) {
        case 0: // bit flips anywhere
            for (int i = 0, n = 1 + int(random() % 32); i < n; ++i)
                bytes[random() % bytes.size()] ^= char(1 << (random() % 8));
            break;
        case 1: // header fields
            for (int i = 0, n = 1 + int(random() % 4); i < n; ++i)
                bytes[16 + random() % 84] = char(random());
            break;
        case 2: // truncated at any length, page-aligned or not
            bytes.truncate(qsizetype(random() % bytes.size()));
            break;
        case 3: { // a random page overwritten with another page
            const int pages = int(bytes.size() / 4096);
            const int from = int(random() % pages), to = int(random() % pages);
            bytes.replace(to * 4096, 4096, bytes.mid(from * 4096, 4096));
            break;
        }
        case 4: // a run of random bytes
        {
            const qsizetype at = random() % bytes.size();
            for (qsizetype i = at; i < qMin(bytes.size(), at + 1 + qsizetype(random() % 512)); ++i)
                bytes[i] = char(random());
            break;
        }
        default: // the b-tree page headers of the first pages
            for (int page = 0; page < 8 && page * 4096 < bytes.size(); ++page)
                bytes[page * 4096 + (page == 0 ? 100 : 0) + int(random() % 12)] = char(random());
        }
        ASSERT_TRUE(fuzzOpenDatabase(bytes, dir.path(QString()))) << "input " << inputs;
    }
    // The kept corpus (tests/data/fuzz-open): each file as it is, then a few mutations of it.
    const QDir corpus(QStringLiteral(NOVOSELYE_SOURCE_DIR "/tests/data/fuzz-open"));
    const QStringList files = corpus.entryList({QStringLiteral("*.db")}, QDir::Files);
    EXPECT_GE(files.size(), 4);
    for (const QString &name : files) {
        const QByteArray kept = readAll(corpus.filePath(name));
        ASSERT_TRUE(fuzzOpenDatabase(kept, dir.path(QString()))) << name.toStdString();
        for (int i = 0; i < 5 && !kept.isEmpty(); ++i, ++inputs) {
            QByteArray bytes = kept;
            for (int n = 0; n < 8; ++n)
                bytes[random() % bytes.size()] ^= char(1 << (random() % 8));
            ASSERT_TRUE(fuzzOpenDatabase(bytes, dir.path(QString()))) << name.toStdString();
        }
    }
    std::printf("%d mutated databases opened in %lld ms\n", inputs, clock.elapsed());
}
