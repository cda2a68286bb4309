#include "cli/CliSignIn.h"

#include "Database.h"
#include "auth/AuthService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::CliSignIn", text);
}
} // namespace

void CliSignIn::addOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("user"),
                      tr("Your login; the password comes from NOVOSELYE_PASSWORD or is asked."),
                      tr("LOGIN")});
}

Result<QString> CliSignIn::secret(const char *environmentVariable, const QString &prompt) {
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!isatty(STDIN_FILENO))
        return Error{tr("No password: there is no terminal to ask on."),
                     QString::fromLatin1(environmentVariable),
                     tr("Set %1 for scripts.").arg(QString::fromLatin1(environmentVariable))};
    return readHidden(prompt);
}

QString CliSignIn::readHidden(const QString &prompt) {
    // Echo goes off before the prompt shows: what is typed (or pasted) at once after it is
    // never echoed.
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream(stderr) << prompt << Qt::flush;
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    QTextStream(stderr) << '\n' << Qt::flush;
    return QString::fromStdString(line);
}

void CliSignIn::installServerPasswordPrompt() {
    // libpq has already tried the URL, PGPASSWORD and ~/.pgpass when this is asked.
    db::Database::setPasswordPrompt([](const QString &address) -> QString {
        if (!isatty(STDIN_FILENO))
            return QString(); // Database says to set PGPASSWORD or ~/.pgpass
        return readHidden(tr("Password for %1: ").arg(address));
    });
}

Result<Actor> CliSignIn::signIn(db::Database &db, const QCommandLineParser &parser) {
    const QString login = parser.value(QStringLiteral("user"));
    if (login.isEmpty())
        return Error{tr("This command changes data and needs your account."),
                     QStringLiteral("--user"),
                     tr("Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the "
                        "terminal).")};
    auto password = secret("NOVOSELYE_PASSWORD", tr("Password for %1: ").arg(login));
    if (!password)
        return password.error();
    return AuthService(db).login(login, password.value());
}

} // namespace nov
