#include "FuzzOpen.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseFile.h"
#include "domain/StatsService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace nov::test {

namespace {

void removeDatabase(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

bool fuzzOpenDatabase(const QByteArray &bytes, const QString &folder) {
    const QString path = QDir(folder).filePath(QStringLiteral("fuzz.db"));
    removeDatabase(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return true;
        file.write(bytes);
    }
    bool messages = true;
    auto note = [&](const Error &error) {
        messages = messages && !error.message.isEmpty();
    };
    if (Status s = db::DatabaseFile::inspect(path); !s)
        note(s.error());
    auto verified = db::DatabaseBackup::verify(path);
    if (!verified)
        note(verified.error());
    auto checked = db::DatabaseBackup::check(path);
    if (!checked)
        note(checked.error());
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(path, options);
    if (!db) {
        note(db.error());
    } else {
        auto stats = StatsService::collect(*db.value());
        if (!stats)
            note(stats.error());
    }
    db = Error{};
    removeDatabase(path);
    return messages;
}

QByteArray fuzzSeedDatabase(const QString &folder) {
    const QString path = QDir(folder).filePath(QStringLiteral("seed.db"));
    removeDatabase(path);
    {
        auto db = db::Database::open(path);
        if (!db)
            return {};
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("INSERT INTO okrug (code, name, name_en, sort_order) VALUES "
                              "('ВАО', 'Восточный', 'Eastern', 1)"));
        q.exec(QStringLiteral("INSERT INTO district (okrug_code, name, name_en) VALUES ('ВАО', "
                              "'Гольяново', 'Golyanovo')"));
        q.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                              "('automatic_backups', '3', '2026-11-27')"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    file.close();
    removeDatabase(path);
    return bytes;
}

} // namespace nov::test
