#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QCommandLineParser;

namespace nov {

// The `novoselye COMMAND [options]` interface. Each command parses its own options with
// QCommandLineParser, prints readable errors and returns the process exit code:
// 0 success, 1 the command failed (the message says why), 2 wrong usage.
class CommandLine {
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    struct Command {
        QString name;
        QString summary; // one line for the overview, already translated
        std::function<int(const QStringList &arguments)> run;
        // Needs widgets: main() starts a QApplication (offscreen when there is no display).
        bool gui = false;
    };

    // Built-in commands plus any registered by other layers (e.g. screenshot by the UI).
    static void addCommand(const Command &command);
    static const QList<Command> &commands();
    // The command of that name, or nullptr.
    static const Command *find(const QString &name);

    // The command named in `arguments` (the first one that is not an option or an option's
    // value), or an empty string when the GUI should start.
    static QString commandName(const QStringList &arguments);
    static int run(const QStringList &arguments);

    // Helpers for command implementations.
    static void printError(const Error &error);
    static void print(const QString &text);
    static int usageError(const QString &message, const QString &command = QString());
    // Adds the options every command has (--db, --lang, --help) and parses; returns -1 when
    // the command should go on, otherwise the exit code to return.
    // `syntax`: the words the command takes after its name, for the help's usage line
    // ("FILE", "add LOGIN").
    static int parse(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &command, const QString &syntax = QString());
    // The parser's help with the usage line as the command is typed: novoselye COMMAND
    // [options] ARGUMENTS.
    static QString helpText(const QCommandLineParser &parser, const QString &command,
                            const QString &syntax = QString());
    // The database location from --db, or the default one.
    static QString databaseLocation(const QCommandLineParser &parser);
    static QString overview();
};

} // namespace nov
