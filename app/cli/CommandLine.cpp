#include "CommandLine.h"

#include "Database.h"
#include "cli/AccountCommands.h"
#include "cli/BackupCommands.h"
#include "cli/BuiltinCommands.h"
#include "cli/CertificateCommands.h"
#include "cli/CliSignIn.h"
#include "cli/ImportExportCommands.h"
#include "cli/MilestoneCommands.h"
#include "cli/ServerCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::CommandLine", text);
}

QList<CommandLine::Command> &registry() {
    static QList<CommandLine::Command> list;
    return list;
}

// Options of the GUI/global level that take a value; their value is not a command name.
const QStringList &globalValueOptions() {
    static const QStringList options = {QStringLiteral("--db"), QStringLiteral("--lang"),
                                        QStringLiteral("--user")};
    return options;
}

} // namespace

void CommandLine::addCommand(const Command &command) {
    registry().append(command);
}

const QList<CommandLine::Command> &CommandLine::commands() {
    static bool builtins = false;
    if (!builtins) {
        builtins = true;
        registry() = BuiltinCommands::all() + AccountCommands::all() + BackupCommands::all() +
                     MilestoneCommands::all() + CertificateCommands::all() +
                     ImportExportCommands::all() + ServerCommands::all() + registry();
    }
    return registry();
}

const CommandLine::Command *CommandLine::find(const QString &name) {
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString CommandLine::commandName(const QStringList &arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (globalValueOptions().contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return QString();
}

void CommandLine::print(const QString &text) {
    QTextStream out(stdout);
    out << text;
    out.flush();
}

void CommandLine::printError(const Error &error) {
    QTextStream err(stderr);
    err << tr("novoselye: error: %1").arg(error.message) << '\n';
    if (!error.where.isEmpty())
        err << "  " << tr("where: %1").arg(error.where) << '\n';
    if (!error.hint.isEmpty())
        err << "  " << tr("what to do: %1").arg(error.hint) << '\n';
    if (!error.detail.isEmpty() && error.detail != error.message)
        err << "  " << tr("details: %1").arg(error.detail) << '\n';
    err.flush();
}

int CommandLine::usageError(const QString &message, const QString &command) {
    QTextStream err(stderr);
    err << tr("novoselye: %1").arg(message) << '\n';
    err << (command.isEmpty() ? tr("Run 'novoselye --help' for the list of commands.")
                              : tr("Run 'novoselye %1 --help' for its options.").arg(command))
        << '\n';
    err.flush();
    return Usage;
}

QString CommandLine::overview() {
    QString text = tr("Usage: novoselye [--db PATH] [--lang ru|en]           start the program\n"
                      "       novoselye COMMAND [options]                     run a command\n\n"
                      "Commands:\n");
    // main() reads the list (does the command need widgets?) before the application and its
    // translator exist, so the summaries may still be the English source texts: translate
    // them now (the translator finds each under its own command file's context).
    for (const Command &c : commands()) {
        const QByteArray source = c.summary.toUtf8();
        text += QStringLiteral("  %1 %2\n")
                    .arg(c.name, -20)
                    .arg(QCoreApplication::translate("nov::CommandLine", source.constData()));
    }
    text += tr("\nEvery command takes --db PATH (default: %1) and --help.\n")
                .arg(db::Database::defaultLocation());
    return text;
}

int CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments,
                       const QString &command, const QString &syntax) {
    parser.addOption({QStringLiteral("db"),
                      tr("Database file (default: %1).").arg(db::Database::defaultLocation()),
                      tr("PATH")});
    parser.addOption({QStringLiteral("lang"), tr("Language of messages: ru or en."), tr("LANG")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(command, tr("The command."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(help)) {
        print(helpText(parser, command, syntax));
        return Success;
    }
    return -1;
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &command,
                              const QString &syntax) {
    // QCommandLineParser's first line reads "Usage: PROGRAM [options] ARGUMENTS COMMAND" (the
    // command's own positional is added last): written as it is typed, "novoselye COMMAND
    // [options] ARGUMENTS".
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype end = text.indexOf(u'\n');
    QString usage = text.left(end);
    const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program);
    const QString word = QLatin1Char(' ') + command;
    const qsizetype commandAt = usage.lastIndexOf(word);
    if (at < 0 || commandAt < at + program.size())
        return text;
    usage.remove(commandAt, word.size());
    usage.replace(at, program.size(), QStringLiteral("novoselye") + word);
    if (!syntax.isEmpty())
        usage += QLatin1Char(' ') + syntax;
    return usage + text.mid(end);
}

QString CommandLine::databaseLocation(const QCommandLineParser &parser) {
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? db::Database::defaultLocation() : db;
}

int CommandLine::run(const QStringList &arguments) {
    CliSignIn::installServerPasswordPrompt();
    const QString name = commandName(arguments);
    if (name.isEmpty() || name == QLatin1String("help")) {
        print(overview());
        return Success;
    }
    for (const Command &c : commands()) {
        if (c.name == name)
            return c.run(arguments);
    }
    return usageError(tr("unknown command '%1'.").arg(name));
}

} // namespace nov
