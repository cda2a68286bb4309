#pragma once

#include "auth/Actor.h"

class QCommandLineParser;

namespace nov {

namespace db {
class Database;
}

// Who runs a data-changing command: --user LOGIN, the password from NOVOSELYE_PASSWORD or
// asked on the terminal without echo.
class CliSignIn {
public:
    static void addOptions(QCommandLineParser &parser);
    static Result<Actor> signIn(db::Database &db, const QCommandLineParser &parser);
    // Reads a secret: the environment variable if set, else the terminal (no echo).
    static Result<QString> secret(const char *environmentVariable, const QString &prompt);
    // Reads a line from the terminal without echo.
    static QString readHidden(const QString &prompt);
    // PostgreSQL: asks for the server password on the terminal when libpq found none in the
    // URL, PGPASSWORD or ~/.pgpass (without a terminal the open fails and says so).
    static void installServerPasswordPrompt();
};

} // namespace nov
