#include "cli/AccountCommands.h"

#include "AuditRepository.h"
#include "Database.h"
#include "auth/AuthService.h"
#include "cli/CliSignIn.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::AccountCommands", text);
}

int fail(const Error &error) {
    CommandLine::printError(error);
    return CommandLine::Failure;
}

} // namespace

QList<CommandLine::Command> AccountCommands::all() {
    return {
        {QStringLiteral("user"), tr("user add LOGIN --role clerk|manager|admin|auditor"),
         &AccountCommands::userAdd},
        {QStringLiteral("audit"), tr("audit verify: check the audit log's hash chain"),
         &AccountCommands::auditVerify},
    };
}

int AccountCommands::userAdd(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates an account. On a database without accounts the first one must be an "
           "admin and needs no --user. The new password comes from NOVOSELYE_NEW_PASSWORD or "
           "is asked twice."));
    parser.addOption({QStringLiteral("role"), tr("clerk, manager, admin or auditor."), tr("ROLE")});
    parser.addOption({QStringLiteral("name"), tr("Full name (default: the login)."), tr("NAME")});
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("user"), tr("add LOGIN"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 3 || words.at(1) != QLatin1String("add"))
        return CommandLine::usageError(tr("write: novoselye user add LOGIN --role ROLE"),
                                       QStringLiteral("user"));
    Role role = Role::Clerk;
    if (!Actor::roleFromName(parser.value(QStringLiteral("role")), &role))
        return CommandLine::usageError(tr("--role must be clerk, manager, admin or auditor."),
                                       QStringLiteral("user"));
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db)
        return fail(db.error());
    AuthService auth(*db.value());
    auto any = auth.hasUsers();
    if (!any)
        return fail(any.error());
    const QString login = words.at(2);
    const QString name =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    auto password =
        CliSignIn::secret("NOVOSELYE_NEW_PASSWORD", tr("New password for %1: ").arg(login));
    if (!password)
        return fail(password.error());
    if (!qEnvironmentVariableIsSet("NOVOSELYE_NEW_PASSWORD")) {
        auto again = CliSignIn::secret("NOVOSELYE_NEW_PASSWORD", tr("The same again: "));
        if (!again)
            return fail(again.error());
        if (again.value() != password.value())
            return fail(Error{tr("The two passwords differ."), QString(), tr("Try again.")});
    }
    if (!any.value()) {
        if (role != Role::Admin)
            return fail(Error{tr("The first account of a database must be an admin."), login,
                              tr("Add --role admin.")});
        auto admin = auth.createFirstAdmin(login, name, password.value());
        if (!admin)
            return fail(admin.error());
    } else {
        auto actor = CliSignIn::signIn(*db.value(), parser);
        if (!actor)
            return fail(actor.error());
        auto id = auth.createUser(actor.value(), login, name, role, password.value());
        if (!id)
            return fail(id.error());
    }
    CommandLine::print(tr("Account %1 (%2) created.\n").arg(login, Actor::roleTitle(role)));
    return CommandLine::Success;
}

int AccountCommands::auditVerify(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks that no audit log row was changed or deleted "
                                        "outside the program; names the first broken row."));
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("audit"),
                                      QStringLiteral("verify"));
        code >= 0)
        return code;
    if (parser.positionalArguments().value(1) != QLatin1String("verify"))
        return CommandLine::usageError(tr("write: novoselye audit verify --db PATH"),
                                       QStringLiteral("audit"));
    db::Database::Options options;
    options.create = false;
    options.migrate = false;
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db)
        return fail(db.error());
    auto broken = db::AuditRepository(*db.value()).verify();
    if (!broken)
        return fail(broken.error());
    if (broken.value())
        return fail(Error{
            tr("The audit log was changed outside Novoselye: %1.").arg(broken.value()->reason),
            tr("audit_log row %1").arg(broken.value()->id),
            tr("Restore the database from a backup made before that row's time and "
               "report the incident.")});
    CommandLine::print(tr("The audit log is intact.\n"));
    return CommandLine::Success;
}

} // namespace nov
