#include "cli/ImportExportCommands.h"

#include "Database.h"
#include "browse/BrowseCatalog.h"
#include "cli/CliSignIn.h"
#include "io/ImportService.h"
#include "io/TableExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ImportExportCommands", text);
}

int fail(const Error &error) {
    CommandLine::printError(error);
    return CommandLine::Failure;
}

QString number(qint64 n) {
    return QLocale().toString(n);
}

Result<std::unique_ptr<db::Database>> openExisting(const QCommandLineParser &parser) {
    db::Database::Options options;
    options.create = false;
    return db::Database::open(CommandLine::databaseLocation(parser), options);
}

} // namespace

QList<CommandLine::Command> ImportExportCommands::all() {
    return {
        {QStringLiteral("import"),
         tr("import residents|apartments|vehicles FILE [--dry-run] [--all-or-nothing]"),
         &ImportExportCommands::importFile},
        {QStringLiteral("export"), tr("export TABLE --format csv|xlsx --out FILE"),
         &ImportExportCommands::exportTable},
    };
}

int ImportExportCommands::importFile(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a CSV file (Excel's \"CSV\", any of UTF-8, UTF-16, Windows-1251; ';', ',' "
           "or Tab between fields). Good rows are stored in one transaction; bad rows are listed "
           "with row, column and reason and written to the error report."));
    parser.addOption({QStringLiteral("dry-run"), tr("Check every row, store nothing.")});
    parser.addOption({QStringLiteral("all-or-nothing"), tr("Store nothing if any row is bad.")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("auto (default), utf-8, utf-16le, utf-16be or windows-1251."),
                      tr("ENCODING"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("separator"), tr("';', ',' or 'tab' (default: detected)."), tr("CHAR")});
    parser.addOption({{QStringLiteral("errors"), QStringLiteral("report")},
                      tr("Write the bad rows with their reasons to this CSV file."),
                      tr("FILE")});
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("import"),
                                      tr("residents|apartments|vehicles FILE"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const auto kind = ImportService::kindFromName(words.value(1));
    if (words.size() != 3 || !kind)
        return CommandLine::usageError(
            tr("write: novoselye import residents|apartments|vehicles FILE"),
            QStringLiteral("import"));
    ImportOptions options;
    options.kind = *kind;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    options.errorReportPath = parser.value(QStringLiteral("errors"));
    const auto encoding = TextEncodings::fromName(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return CommandLine::usageError(
            tr("--encoding must be auto, utf-8, utf-16le, utf-16be or windows-1251."),
            QStringLiteral("import"));
    options.encoding = *encoding;
    if (parser.isSet(QStringLiteral("separator"))) {
        const QString s = parser.value(QStringLiteral("separator"));
        if (s.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || s == QLatin1String("\\t"))
            options.separator = QLatin1Char('\t');
        else if (s == QLatin1String(";") || s == QLatin1String(","))
            options.separator = s.at(0);
        else
            return CommandLine::usageError(tr("--separator must be ';', ',' or 'tab'."),
                                           QStringLiteral("import"));
    }
    auto db = openExisting(parser);
    if (!db)
        return fail(db.error());
    auto actor = CliSignIn::signIn(*db.value(), parser);
    if (!actor)
        return fail(actor.error());
    auto report = ImportService(*db.value()).run(actor.value(), words.at(2), options);
    if (!report)
        return fail(report.error());
    const ImportReport &r = report.value();
    CommandLine::print(
        tr("%1: %2, separator '%3'. Rows: %4; good: %5; already stored: %6; "
           "bad: %7.\n")
            .arg(words.at(2), TextEncodings::name(r.encoding),
                 r.separator == QLatin1Char('\t') ? QStringLiteral("Tab") : QString(r.separator),
                 number(r.rows), number(r.added), number(r.alreadyPresent), number(r.rejected)));
    for (const RowProblem &p : r.problems)
        CommandLine::print(tr("row %1 (line %2), %3: %4\n")
                               .arg(p.row)
                               .arg(p.line)
                               .arg(p.column.isEmpty() ? tr("whole row") : p.column, p.reason));
    if (r.problems.size() < r.rejected)
        CommandLine::print(tr("… and more; see the error report.\n"));
    if (!r.errorReportPath.isEmpty())
        CommandLine::print(tr("Bad rows with their reasons: %1 (fix them and import that file "
                              "again).\n")
                               .arg(r.errorReportPath));
    if (r.committed) {
        QStringList created;
        for (auto it = r.created.begin(); it != r.created.end(); ++it)
            created << QStringLiteral("%1 %2").arg(it.key(), number(it.value()));
        CommandLine::print(tr("Stored %1 rows%2.\n")
                               .arg(number(r.added), created.isEmpty()
                                                         ? QString()
                                                         : QStringLiteral(" (") +
                                                               created.join(QStringLiteral(", ")) +
                                                               QLatin1Char(')')));
    } else if (options.dryRun) {
        CommandLine::print(tr("Dry run: nothing was stored.\n"));
    } else {
        CommandLine::print(
            tr("Nothing was stored: --all-or-nothing and %1 bad rows.\n").arg(number(r.rejected)));
    }
    return r.rejected > 0 ? CommandLine::Failure : CommandLine::Success;
}

int ImportExportCommands::exportTable(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a list (residents, households, apartments, buildings, vehicles) to CSV or "
           "XLSX with the columns the list shows by default. Personal data is masked unless "
           "your role may see it in full; the export is recorded in the audit log."));
    parser.addOption(
        {QStringLiteral("format"), tr("csv or xlsx."), tr("FORMAT"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("CSV: utf-8 (default, with BOM) or windows-1251 (old Excel)."),
                      tr("ENCODING"), QStringLiteral("utf-8")});
    parser.addOption({QStringLiteral("columns"),
                      tr("Comma-separated column keys (default: the list's visible ones)."),
                      tr("KEYS")});
    parser.addOption(
        {QStringLiteral("okrug"), tr("Only this okrug (code, e.g. ВАО)."), tr("CODE")});
    parser.addOption({QStringLiteral("status"), tr("Only rows with this status."), tr("STATUS")});
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, QStringLiteral("export"), tr("PAGE"));
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const BrowseDefinition *page = BrowseCatalog::find(words.value(1));
    const auto format = TableExporter::formatFromName(parser.value(QStringLiteral("format")));
    if (words.size() != 2 || !page || !format || parser.value(QStringLiteral("out")).isEmpty())
        return CommandLine::usageError(
            tr("write: novoselye export residents|households|apartments|buildings|vehicles "
               "--format csv|xlsx --out FILE"),
            QStringLiteral("export"));
    TableExporter::Options options;
    options.format = *format;
    const auto encoding = TextEncodings::fromName(parser.value(QStringLiteral("encoding")));
    if (!encoding || (*encoding != TextEncoding::Utf8 && *encoding != TextEncoding::Windows1251))
        return CommandLine::usageError(tr("--encoding must be utf-8 or windows-1251."),
                                       QStringLiteral("export"));
    options.encoding = *encoding;
    options.request = page->defaultRequest();
    options.request.okrug = parser.value(QStringLiteral("okrug"));
    options.request.status = parser.value(QStringLiteral("status"));
    if (parser.isSet(QStringLiteral("columns"))) {
        options.columns = parser.value(QStringLiteral("columns")).split(QLatin1Char(','));
        for (const QString &key : options.columns)
            if (page->columnIndex(key.trimmed()) < 0)
                return CommandLine::usageError(tr("%1 has no column '%2'.").arg(page->key, key),
                                               QStringLiteral("export"));
    }
    auto db = openExisting(parser);
    if (!db)
        return fail(db.error());
    auto actor = CliSignIn::signIn(*db.value(), parser);
    if (!actor)
        return fail(actor.error());
    auto rows = TableExporter(*db.value())
                    .exportTo(actor.value(), *page, options, parser.value(QStringLiteral("out")));
    if (!rows)
        return fail(rows.error());
    CommandLine::print(tr("%1 rows written to %2.\n")
                           .arg(number(rows.value()), parser.value(QStringLiteral("out"))));
    return CommandLine::Success;
}

} // namespace nov
