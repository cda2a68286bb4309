#pragma once

#include "Result.h"

#include <QString>
#include <optional>

namespace nov::db {

class Database;

// Key/value settings stored in the database (shared by every clerk of the office).
class SettingsRepository {
public:
    explicit SettingsRepository(Database &db)
        : m_db(db) {}

    Result<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace nov::db
