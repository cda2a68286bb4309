#pragma once

#include "cli/CommandLine.h"

namespace nov {

// Commands for the shared office server: `migrate-to URL` copies the SQLite database to a new
// PostgreSQL database.
class ServerCommands {
public:
    static QList<CommandLine::Command> all();
    static int migrateTo(const QStringList &arguments);
};

} // namespace nov
