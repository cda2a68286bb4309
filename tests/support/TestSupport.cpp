#include "TestSupport.h"

#include "Migrator.h"
#include "ServerAddress.h"
#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <thread>

namespace nov::test {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

bool onPostgres() {
    return db::ServerAddress::isServerUrl(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
}

QString location(const QString &path) {
    if (!onPostgres() || db::ServerAddress::isServerUrl(path))
        return path;
    const auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    // One database per path: the temporary folder makes it unique to the test; a leftover from
    // an earlier run under the same name (never seen: folders are random) is dropped first.
    const QString name =
        QStringLiteral("t_") +
        QString::fromLatin1(
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    static QSet<QString> made;
    if (!made.contains(name)) {
        made.insert(name);
        const QString connection = QStringLiteral("test-admin");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(server.host);
            admin.setPort(server.port);
            admin.setUserName(server.user);
            admin.setPassword(server.password);
            admin.setDatabaseName(server.database);
            EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
            QSqlQuery q(admin);
            // SQL-SAFE: the name is t_ and hex digits.
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            EXPECT_TRUE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                << q.lastError().text().toStdString();
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    return server.urlFor(name);
}

std::unique_ptr<db::Database> openDatabase(const QString &path,
                                           const db::Database::Options &options) {
    auto db = db::Database::open(location(path), options);
    EXPECT_TRUE(db.ok()) << db.error().toText().toStdString();
    if (!db)
        return nullptr;
    return std::move(db.value());
}

QVariant scalar(db::Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return {};
    }
    return q.value(0);
}

bool runs(db::Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

namespace {

// PostgreSQL runs: the small demo of a seed is generated once per cluster into a template
// database, and each test gets a copy of it (CREATE DATABASE … TEMPLATE, a file copy on the
// server) instead of generating it again through the services. Processes running beside each
// other (ctest -j) take turns through a session advisory lock. False: generate as usual.
bool copyOfDemoTemplate(const QString &url, quint64 seed) {
    const auto server = db::ServerAddress::parse(qEnvironmentVariable("NOVOSELYE_TEST_DB"));
    const QString target = db::ServerAddress::parse(url).database;
    const QString tmpl =
        QStringLiteral("tmpl_demo_%1_v%2").arg(seed).arg(db::Migrator::latestVersion());
    const QString connection = QStringLiteral("test-template");
    bool copied = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setDatabaseName(server.database);
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SELECT pg_advisory_lock(4711)"));
            // SQL-SAFE: names are tmpl_demo_, digits and t_ + hex digits.
            q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(tmpl));
            bool exists = q.next();
            if (!exists) {
                const QString partial = tmpl + QStringLiteral("_partial");
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(partial));
                DemoGenerator::Options options;
                options.scale = QStringLiteral("small");
                options.seed = seed;
                options.today = QDate(2026, 11, 27);
                exists =
                    DemoGenerator::generate(server.urlFor(partial), options).ok() &&
                    q.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(partial, tmpl));
            }
            copied = exists && q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(target)) &&
                     q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(target, tmpl));
            if (!copied) // leave an empty database for the usual way
                q.exec(QStringLiteral("CREATE DATABASE %1").arg(target));
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(4711)"));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return copied;
}

} // namespace

QString smallDemo(const TempDir &dir, const QString &name, quint64 seed) {
    const QString path = location(dir.path(name));
    if (onPostgres() && copyOfDemoTemplate(path, seed))
        return path;
    DemoGenerator::Options options;
    options.scale = QStringLiteral("small");
    options.seed = seed;
    options.today = QDate(2026, 11, 27);
    auto summary = DemoGenerator::generate(path, options);
    EXPECT_TRUE(summary.ok()) << summary.error().toText().toStdString();
    return path;
}

std::unique_ptr<QPrinter> pdfPrinter(const QString &file, QPageSize::PageSizeId size,
                                     QPageLayout::Orientation orientation) {
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(file);
    printer->setPageLayout(QPageLayout(QPageSize(size), orientation, QMarginsF(10, 10, 10, 10),
                                       QPageLayout::Millimeter));
    return printer;
}

std::array<Status, 2>
atTheSameMoment(const QString &location,
                const std::function<Status(db::Database &, int who)> &action) {
    std::array<Status, 2> outcome;
    std::atomic<int> ready{0};
    auto run = [&](int who) {
        auto mine = db::Database::open(location);
        ++ready; // a failed open releases the other one too
        if (!mine) {
            outcome[size_t(who)] = mine.error();
            return;
        }
        while (ready.load() < 2)
            std::this_thread::yield();
        outcome[size_t(who)] = action(*mine.value(), who);
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    return outcome;
}

} // namespace nov::test
