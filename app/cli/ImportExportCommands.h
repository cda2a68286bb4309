#pragma once

#include "cli/CommandLine.h"

namespace nov {

// `novoselye import residents|apartments|vehicles FILE` and `novoselye export TABLE`.
class ImportExportCommands {
public:
    static QList<CommandLine::Command> all();

private:
    static int importFile(const QStringList &arguments);
    static int exportTable(const QStringList &arguments);
};

} // namespace nov
