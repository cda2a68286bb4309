#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace nov::db {

class Database;

// Versioned schema migrations, kept as SQL resources under :/migrations (db/migrations/).
// All pending migrations run in one transaction: a failure leaves the database as it was.
class Migrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql; // as written, before dialect expansion
    };

    static const QList<Migration> &migrations();
    static int latestVersion();
    // Brings `db` to `targetVersion` (-1: latest). Refuses to go down.
    static Status migrate(Database &db, int targetVersion = -1);
};

} // namespace nov::db
