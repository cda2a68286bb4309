#pragma once

#include "Result.h"

#include <QString>
#include <optional>

namespace nov::db {

class Database;

// The append-only, hash-chained audit log. Each row's hash is SHA-256 over the previous
// row's hash and this row's fields, so changing or deleting a row outside the program breaks
// the chain from that row on. Append inside the transaction of the change it records.
class AuditRepository {
public:
    struct Entry {
        qint64 userId = 0;
        QString action; // e.g. household.status, resident.update, login, reveal, print
        QString entity; // table name, may be empty
        qint64 entityId = 0;
        QString details; // JSON: before/after of changed fields, or what was shown/printed
    };
    struct Broken {
        qint64 id = 0;
        QString reason;
    };

    explicit AuditRepository(Database &db)
        : m_db(db) {}

    Result<qint64> append(const Entry &entry);
    // The first row whose hash or link does not match, or nullopt when the chain is whole.
    Result<std::optional<Broken>> verify();

    static QString genesisHash();
    static QString rowHash(const QString &previous, qint64 id, const QString &at, qint64 userId,
                           const QString &action, const QString &entity, qint64 entityId,
                           const QString &details);

private:
    Database &m_db;
};

} // namespace nov::db
