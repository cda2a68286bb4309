#pragma once

#include "Database.h"

#include <QByteArray>
#include <QPageLayout>
#include <QPrinter>
#include <QString>
#include <QTemporaryDir>
#include <array>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

// Prints QString in gtest messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os) {
    *os << s.toStdString();
}
QT_END_NAMESPACE

namespace nov::test {

// A fresh folder per test, removed afterwards.
class TempDir {
public:
    TempDir() { EXPECT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// SHA-256 of a file's bytes (empty when it does not exist): to prove a file was not touched.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// A printer that writes `file` as a PDF, with a page as a user would choose it in a print
// preview (margins 10 mm).
std::unique_ptr<QPrinter> pdfPrinter(const QString &file, QPageSize::PageSizeId size,
                                     QPageLayout::Orientation orientation);

// Both backends: when NOVOSELYE_TEST_DB is set (postgresql://user@host:port/db of the test
// cluster, set by CTest for the *_pg test runs), every file path a test uses is mapped to a
// fresh PostgreSQL database of its own, named after the path. Use location(path) wherever a
// test hands a database to the program (CLI --db, services); openDatabase() and smallDemo()
// map by themselves.
bool onPostgres();
QString location(const QString &path);
// Skips the test on PostgreSQL runs (for what only an SQLite file has: damaged files, WAL).
#define NOV_SQLITE_ONLY(why)                                                                       \
    if (::nov::test::onPostgres())                                                                 \
    GTEST_SKIP() << "SQLite file only: " << (why)

// Opens (creating and migrating) a database or fails the test.
std::unique_ptr<db::Database> openDatabase(const QString &path,
                                           const db::Database::Options &options = {});
// Runs SQL and returns the first column of the first row (invalid QVariant on error).
QVariant scalar(db::Database &db, const QString &sql);
// True when the statement succeeds (used to show a constraint rejects a row).
bool runs(db::Database &db, const QString &sql);
// Creates a small demo database (deterministic) and returns its location (a file path, or the
// URL of its PostgreSQL database on PostgreSQL runs).
QString smallDemo(const TempDir &dir, const QString &name = QStringLiteral("demo.db"),
                  quint64 seed = 7);

// Two clerks at the same moment: runs action(database, who) for who = 0 and 1, each on a new
// connection of its own to `location`, in two threads released together once both are
// connected. Returns what each action gave (an open that failed gives its error).
std::array<Status, 2> atTheSameMoment(const QString &location,
                                      const std::function<Status(db::Database &, int who)> &action);

} // namespace nov::test
