#pragma once

#include "cli/CommandLine.h"

namespace nov {

// `certificate (--handover ID | --gift ID | --date D | --building ID) --pdf OUT` and
// `verify-certificate CODE`.
class CertificateCommands {
public:
    static QList<CommandLine::Command> all();
    static int certificate(const QStringList &arguments);
    static int verify(const QStringList &arguments);
};

} // namespace nov
