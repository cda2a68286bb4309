#pragma once

// Runs the novoselye binary as a person or a script would (offscreen), for the command-line
// tests. NOVOSELYE_BINARY is defined for every test executable (tests/CMakeLists.txt).
#include <QProcess>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace nov::test {

struct CliRun {
    int code;
    QString out;
    QString err;
};

inline CliRun novoselye(const QStringList &arguments, int timeoutMs = 120000) {
    QProcess p;
    p.setProgram(QStringLiteral(NOVOSELYE_BINARY));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    EXPECT_TRUE(p.waitForFinished(timeoutMs));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace nov::test
