#include "TestSupport.h"

#include "demo/DemoGenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

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

std::unique_ptr<db::Database> openDatabase(const QString &path,
                                           const db::Database::Options &options) {
    auto db = db::Database::open(path, options);
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

QString smallDemo(const TempDir &dir, const QString &name, quint64 seed) {
    const QString path = dir.path(name);
    DemoGenerator::Options options;
    options.scale = QStringLiteral("small");
    options.seed = seed;
    options.today = QDate(2026, 11, 27);
    auto summary = DemoGenerator::generate(path, options);
    EXPECT_TRUE(summary.ok()) << summary.error().toText().toStdString();
    return path;
}

} // namespace nov::test
