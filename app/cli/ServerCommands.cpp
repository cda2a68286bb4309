#include "cli/ServerCommands.h"

#include "Database.h"
#include "DatabaseCopy.h"
#include "ServerAddress.h"
#include "cli/CliSignIn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ServerCommands", text);
}

int fail(const Error &error) {
    CommandLine::printError(error);
    return CommandLine::Failure;
}

} // namespace

QList<CommandLine::Command> ServerCommands::all() {
    return {
        {QStringLiteral("migrate-to"),
         tr("migrate-to URL: copy the database to a new PostgreSQL database (admin)"),
         &ServerCommands::migrateTo},
    };
}

int ServerCommands::migrateTo(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies the whole database (--db, an SQLite file) to a new PostgreSQL database "
           "postgresql://user@host:port/name in one transaction: the database is created when "
           "missing and must be empty. The rows of every table are counted on both sides before "
           "the copy is committed. Needs an administrator's --user."));
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("migrate-to"),
                                      tr("postgresql://USER@HOST:PORT/DBNAME"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || !db::ServerAddress::isServerUrl(words.at(1)))
        return CommandLine::usageError(
            tr("write: novoselye migrate-to postgresql://user@host:port/name --db PATH --user "
               "LOGIN"),
            QStringLiteral("migrate-to"));
    db::Database::Options existing;
    existing.create = false;
    auto source = db::Database::open(CommandLine::databaseLocation(parser), existing);
    if (!source)
        return fail(source.error());
    auto actor = CliSignIn::signIn(*source.value(), parser);
    if (!actor)
        return fail(actor.error());
    if (Status s = actor->require(Permission::BackupRestore,
                                  tr("Copying the database to a PostgreSQL server"));
        !s)
        return fail(s.error());
    auto target = db::Database::open(words.at(1));
    if (!target)
        return fail(target.error());
    QElapsedTimer timer;
    timer.start();
    auto counts = db::DatabaseCopy::copy(*source.value(), *target.value());
    if (!counts)
        return fail(counts.error());
    qint64 rows = 0;
    CommandLine::print(
        tr("%1 %2 %3\n").arg(tr("table"), -24).arg(tr("SQLite"), 12).arg(tr("PostgreSQL"), 12));
    for (const auto &count : counts.value()) {
        CommandLine::print(QStringLiteral("%1 %2 %3\n")
                               .arg(count.table, -24)
                               .arg(count.source, 12)
                               .arg(count.target, 12));
        rows += count.target;
    }
    // one arg() with all values: the URL's %2F must not be taken for a placeholder
    CommandLine::print(tr("Copied %1 rows in %2 tables to %3 in %4 s; every count matches.\n")
                           .arg(QString::number(rows), QString::number(counts->size()),
                                db::Database::displayName(words.at(1)),
                                QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return CommandLine::Success;
}

} // namespace nov
