#pragma once

#include "Result.h"

#include <QString>

namespace nov::db {

// Checks a file on disk before SQLite touches it, so that a file which is not a database,
// is truncated or damaged is reported and left byte-for-byte as it was.
class DatabaseFile {
public:
    // Ok when the file does not exist or looks like a complete SQLite 3 database.
    static Status inspect(const QString &path);
    // Creates an empty file readable by its owner only (0600).
    static Status createPrivate(const QString &path);
};

} // namespace nov::db
