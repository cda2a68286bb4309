#pragma once

#include "cli/CommandLine.h"

namespace nov {

// `user add` and `audit verify`, and signing in for commands that change data.
class AccountCommands {
public:
    static QList<CommandLine::Command> all();
    static int userAdd(const QStringList &arguments);
    static int auditVerify(const QStringList &arguments);
};

} // namespace nov
