#pragma once

#include "cli/CommandLine.h"

namespace nov {

// `backup OUT`, `restore FILE` and `check`: the administrator's tools for the database file.
class BackupCommands {
public:
    static QList<CommandLine::Command> all();
    static int backup(const QStringList &arguments);
    static int restore(const QStringList &arguments);
    static int check(const QStringList &arguments);
};

} // namespace nov
