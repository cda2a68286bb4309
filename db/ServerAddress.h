#pragma once

#include <QString>

namespace nov::db {

// A PostgreSQL location given as a URL, the way libpq writes them:
//   postgresql://user[:password]@host[:port]/dbname[?option=value&...]
// The host may be a percent-encoded socket folder (postgresql://me@%2Frun%2Fpostgresql/db).
// Without a password in the URL, libpq looks at PGPASSWORD and ~/.pgpass itself.
struct ServerAddress {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString options; // "sslmode=require;connect_timeout=10" for QSqlDatabase::setConnectOptions

    static bool isServerUrl(const QString &location);
    // Empty database name when `location` is not a valid URL.
    static ServerAddress parse(const QString &location);
    // The URL again, without the password (for messages and logs).
    QString toDisplayString() const;
    // The same server and user, another database.
    QString urlFor(const QString &otherDatabase) const;
    bool isValid() const { return !database.isEmpty(); }
};

} // namespace nov::db
