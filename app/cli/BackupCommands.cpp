#include "cli/BackupCommands.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "ServerAddress.h"
#include "cli/CliSignIn.h"
#include "domain/BackupService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::BackupCommands", text);
}

int fail(const Error &error) {
    CommandLine::printError(error);
    return CommandLine::Failure;
}

} // namespace

QList<CommandLine::Command> BackupCommands::all() {
    return {
        {QStringLiteral("backup"), tr("backup OUT: a verified copy of the database (admin)"),
         &BackupCommands::backup},
        {QStringLiteral("restore"),
         tr("restore FILE: put a backup in place of the database (admin)"),
         &BackupCommands::restore},
        {QStringLiteral("check"), tr("check: integrity, foreign keys and the office's rules"),
         &BackupCommands::check},
    };
}

int BackupCommands::backup(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies the database to OUT (a new file) while clerks keep working, checks the copy "
           "and records the backup in the audit log. Needs an administrator's --user."));
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("backup"), tr("FILE"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return CommandLine::usageError(tr("write: novoselye backup OUT --db PATH --user LOGIN"),
                                       QStringLiteral("backup"));
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db)
        return fail(db.error());
    auto actor = CliSignIn::signIn(*db.value(), parser);
    if (!actor)
        return fail(actor.error());
    auto copied = BackupService(*db.value()).backup(actor.value(), words.at(1));
    if (!copied)
        return fail(copied.error());
    CommandLine::print(tr("Backup written and verified: %1 (%2).\n")
                           .arg(QDir::toNativeSeparators(QFileInfo(words.at(1)).absoluteFilePath()),
                                BackupService::describe(copied.value())));
    return CommandLine::Success;
}

int BackupCommands::restore(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the database with the backup FILE. The file is checked first; the current "
           "database stays until the copy is verified and is kept as PATH.before-restore. Close "
           "Novoselye everywhere else first. Needs an administrator's --user."));
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("restore"), tr("FILE"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return CommandLine::usageError(tr("write: novoselye restore FILE --db PATH --user LOGIN"),
                                       QStringLiteral("restore"));
    const QString location = CommandLine::databaseLocation(parser);
    // A file that cannot be restored is refused before anything, not even a sign-in, touches
    // the current database.
    if (auto offered = db::DatabaseBackup::verify(words.at(1)); !offered)
        return fail(offered.error());
    Actor actor;
    {
        db::Database::Options options;
        options.create = false;
        auto db = db::Database::open(location, options);
        if (!db)
            return fail(db.error());
        auto signedIn = CliSignIn::signIn(*db.value(), parser);
        if (!signedIn)
            return fail(signedIn.error());
        actor = signedIn.value();
    } // closed before the file is replaced
    auto restored = BackupService::restore(actor, words.at(1), location);
    if (!restored)
        return fail(restored.error());
    CommandLine::print(
        tr("Database restored from %1 (%2). The previous database is kept as %3.\n")
            .arg(QDir::toNativeSeparators(QFileInfo(words.at(1)).absoluteFilePath()),
                 BackupService::describe(restored.value()),
                 QDir::toNativeSeparators(BackupService::keptPreviousPath(location))));
    return CommandLine::Success;
}

int BackupCommands::check(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the database without changing it: SQLite's integrity and foreign key "
           "checks (a server database keeps these itself) and the office's rules (one head per "
           "household, key handovers and statuses, milestones against a recount). Exit code 1 "
           "when something is wrong."));
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("check")); code >= 0)
        return code;
    const QString location = CommandLine::databaseLocation(parser);
    const bool server = db::ServerAddress::isServerUrl(location);
    const QString shown = server ? db::Database::displayName(location)
                                 : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
    Result<QList<db::DatabaseBackup::Finding>> findings = QList<db::DatabaseBackup::Finding>();
    if (server) { // the server keeps pages and foreign keys sound: the office's rules remain
        db::Database::Options options;
        options.create = false;
        options.migrate = false;
        auto db = db::Database::open(location, options);
        if (!db)
            return fail(db.error());
        findings = db::DatabaseBackup::checkRules(*db.value());
    } else {
        findings = db::DatabaseBackup::check(location);
    }
    if (!findings)
        return fail(findings.error());
    if (findings->isEmpty()) {
        CommandLine::print(tr("The database is sound: %1.\n").arg(shown));
        return CommandLine::Success;
    }
    for (const auto &finding : findings.value())
        CommandLine::print(tr("%1: %2 (for example %3)\n")
                               .arg(finding.problem)
                               .arg(finding.count)
                               .arg(finding.examples));
    return fail(
        Error{QCoreApplication::translate("nov::BackupCommands", "The database breaks %n rule(s).",
                                          nullptr, int(findings->size())),
              shown,
              tr("Restore a backup taken before the damage, or correct the rows named "
                 "above.")});
}

} // namespace nov
