#include "cli/BuiltinCommands.h"

#include "Database.h"
#include "demo/DemoGenerator.h"
#include "domain/StatsService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <unistd.h>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::BuiltinCommands", text);
}
} // namespace

QList<CommandLine::Command> BuiltinCommands::all() {
    return {
        {QStringLiteral("demo"), tr("create a demo database (--scale small|district|moscow)"),
         &BuiltinCommands::demo},
        {QStringLiteral("stats"), tr("rows per table, relocated residents, milestones [--json]"),
         &BuiltinCommands::stats},
        {QStringLiteral("help"), tr("this overview"),
         [](const QStringList &) {
             CommandLine::print(CommandLine::overview());
             return int(CommandLine::Success);
         }},
    };
}

int BuiltinCommands::demo(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a new database filled with deterministic, realistic demo data."));
    parser.addOption({QStringLiteral("scale"),
                      tr("small (≈2,000 residents), district (≈50,000) or moscow (1,000,000)."),
                      tr("SCALE"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("seed"), tr("Seed: the same seed gives the same data."),
                      tr("N"), QStringLiteral("2018")});
    parser.addOption({QStringLiteral("today"),
                      tr("Date the data ends at (default: today), for reproducible files."),
                      tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("no-history"),
                      tr("Skip the status history of households (smaller, faster).")});
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("demo")); code >= 0)
        return code;
    if (!parser.positionalArguments().value(1).isEmpty())
        return CommandLine::usageError(
            tr("unexpected argument '%1'.").arg(parser.positionalArguments().value(1)),
            QStringLiteral("demo"));

    DemoGenerator::Options options;
    options.scale = parser.value(QStringLiteral("scale"));
    if (!DemoGenerator::scales().contains(options.scale))
        return CommandLine::usageError(
            tr("unknown scale '%1'; use small, district or moscow.").arg(options.scale),
            QStringLiteral("demo"));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return CommandLine::usageError(tr("--seed needs a whole number."), QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid() || options.today < QDate(2018, 6, 1))
            return CommandLine::usageError(tr("--today needs a date after 2018-06-01 written "
                                              "as YYYY-MM-DD."),
                                           QStringLiteral("demo"));
    }
    options.withHistory = !parser.isSet(QStringLiteral("no-history"));
    const QString path = CommandLine::databaseLocation(parser);

    const bool tty = isatty(fileno(stderr));
    int lastShown = -1;
    auto progress = [&](int percent, const QString &stage) {
        if (tty || percent / 10 != lastShown / 10) {
            QTextStream err(stderr);
            err << (tty ? "\r" : "") << tr("demo: %1% %2").arg(percent, 3).arg(stage)
                << (tty ? "\x1b[K" : "\n");
            err.flush();
            lastShown = percent;
        }
        return true;
    };
    auto summary = DemoGenerator::generate(path, options, progress);
    if (tty)
        QTextStream(stderr) << '\n';
    if (!summary) {
        CommandLine::printError(summary.error());
        return CommandLine::Failure;
    }
    const QLocale l;
    const auto &s = summary.value();
    // The location goes in last: a server URL holds "%2F", which a later arg() would take for
    // a placeholder.
    const QString location = QStringLiteral("\uE000");
    CommandLine::print(
        tr("Created %1 (scale %2, seed %3):\n"
           "  %4 residents in %5 households, %6 old and %7 new buildings, %8 apartments\n"
           "  %9 residents relocated in %10 key handovers; %11 milestones reached; %12 vehicles\n"
           "  %13 rows in %14 s (%15 rows/s)\n")
            .arg(location, options.scale, QString::number(options.seed), l.toString(s.residents),
                 l.toString(s.households), l.toString(s.oldBuildings), l.toString(s.newBuildings),
                 l.toString(s.apartments), l.toString(s.relocatedResidents))
            .arg(l.toString(s.handovers), l.toString(s.milestonesReached), l.toString(s.vehicles),
                 l.toString(s.rows), l.toString(s.seconds, 'f', 1),
                 l.toString(qint64(double(s.rows) / std::max(s.seconds, 0.001))))
            .replace(location, db::Database::displayName(path)));
    return CommandLine::Success;
}

int BuiltinCommands::stats(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints rows per table, the programme counter (relocated "
                                        "residents) and reached milestones."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts.")});
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("stats")); code >= 0)
        return code;
    db::Database::Options options;
    options.create = false;
    options.migrate = false; // a read-only look: never change the file
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db) {
        CommandLine::printError(db.error());
        return CommandLine::Failure;
    }
    auto stats = StatsService::collect(*db.value());
    if (!stats) {
        CommandLine::printError(stats.error());
        return CommandLine::Failure;
    }
    if (parser.isSet(QStringLiteral("json")))
        CommandLine::print(QString::fromUtf8(QJsonDocument(stats->toJson()).toJson()));
    else
        CommandLine::print(stats->toText());
    return CommandLine::Success;
}

} // namespace nov
