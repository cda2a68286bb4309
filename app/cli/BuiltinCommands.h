#pragma once

#include "cli/CommandLine.h"

namespace nov {

// The commands of the core (no widgets): demo, stats.
class BuiltinCommands {
public:
    static QList<CommandLine::Command> all();
    static int demo(const QStringList &arguments);
    static int stats(const QStringList &arguments);
};

} // namespace nov
