#pragma once

#include "cli/CommandLine.h"

namespace nov {

// `milestones`: the milestone targets with who reached them and their gift vehicle, and the
// planner's look ahead.
class MilestoneCommands {
public:
    static QList<CommandLine::Command> all();
    static int milestones(const QStringList &arguments);
};

} // namespace nov
