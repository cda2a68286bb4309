#include "cli/CertificateCommands.h"

#include "Database.h"
#include "cli/CliSignIn.h"
#include "domain/CertificateService.h"
#include "domain/HandoverActPrinter.h"
#include "i18n/Formats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::CertificateCommands", text);
}

QString tr(const char *text, const char *disambiguation, int n) {
    return QCoreApplication::translate("nov::CertificateCommands", text, disambiguation, n);
}

int fail(const Error &error) {
    CommandLine::printError(error);
    return CommandLine::Failure;
}

Result<std::unique_ptr<db::Database>> openExisting(const QCommandLineParser &parser) {
    db::Database::Options options;
    options.create = false;
    return db::Database::open(CommandLine::databaseLocation(parser), options);
}

} // namespace

QList<CommandLine::Command> CertificateCommands::all() {
    return {
        {QStringLiteral("certificate"),
         tr("print acts to PDF: (--handover ID | --gift ID | --date D | --building ID) --pdf OUT"),
         &CertificateCommands::certificate, true},
        {QStringLiteral("verify-certificate"),
         tr("verify-certificate CODE: is an act genuine, and what it certified"),
         &CertificateCommands::verify},
    };
}

int CertificateCommands::certificate(const QStringList &arguments) {
    const QString command = QStringLiteral("certificate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes key-handover or gift acts to a PDF file, one act per page. An act not yet "
           "issued gets its number now; an act printed before is marked as a copy."));
    parser.addOption({QStringLiteral("handover"), tr("The act of this key handover."), tr("ID")});
    parser.addOption({QStringLiteral("gift"), tr("The gift act of this milestone."), tr("ID")});
    parser.addOption({QStringLiteral("date"), tr("Every act of this day."), tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("building"), tr("Every key act of this new building."), tr("ID")});
    parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")});
    CliSignIn::addOptions(parser);
    if (int code = CommandLine::parse(parser, arguments, command); code >= 0)
        return code;
    int chosen = 0;
    for (const char *o : {"handover", "gift", "date", "building"})
        chosen += parser.isSet(QString::fromLatin1(o)) ? 1 : 0;
    if (chosen != 1)
        return CommandLine::usageError(
            tr("give exactly one of --handover, --gift, --date and --building."), command);
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return CommandLine::usageError(tr("--pdf FILE is missing."), command);
    bool ok = true;
    qint64 id = 0;
    QDate day;
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        ok = day.isValid();
    } else {
        for (const char *o : {"handover", "gift", "building"})
            if (parser.isSet(QString::fromLatin1(o)))
                id = parser.value(QString::fromLatin1(o)).toLongLong(&ok);
        ok = ok && id > 0;
    }
    if (!ok)
        return CommandLine::usageError(tr("--date needs YYYY-MM-DD, the others a record id."),
                                       command);
    auto db = openExisting(parser);
    if (!db)
        return fail(db.error());
    auto actor = CliSignIn::signIn(*db.value(), parser);
    if (!actor)
        return fail(actor.error());
    CertificateService service(*db.value());
    QList<CertificateService::Source> sources;
    if (parser.isSet(QStringLiteral("handover")))
        sources.append({CertificateService::Kind::KeyHandover, id});
    else if (parser.isSet(QStringLiteral("gift")))
        sources.append({CertificateService::Kind::VehicleGift, id});
    else {
        auto found = day.isValid() ? service.actsOfDay(day) : service.actsOfBuilding(id);
        if (!found)
            return fail(found.error());
        sources = found.value();
    }
    if (sources.isEmpty())
        return fail(Error{tr("There is no handover to print an act for."), QString(),
                          tr("Check the date or the building.")});
    auto acts = service.acts(actor.value(), sources);
    if (!acts)
        return fail(acts.error());
    if (auto written = HandoverActPrinter::writePdf(pdf, acts.value()); !written)
        return fail(written.error());
    if (auto counted = service.recordPrinted(actor.value(), acts.value()); !counted)
        return fail(counted.error());
    if (acts->size() == 1)
        CommandLine::print(
            tr("Act %1 written to %2 (verification code %3).\n")
                .arg(acts->first().record.number, pdf, acts->first().record.verificationCode));
    else
        CommandLine::print(tr("%1 acts written to %2.\n").arg(acts->size()).arg(pdf));
    return CommandLine::Success;
}

int CertificateCommands::verify(const QStringList &arguments) {
    const QString command = QStringLiteral("verify-certificate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Says whether an act with this verification code (or QR text) was issued by this "
           "office and is unchanged, and shows what it certified."));
    parser.addOption({QStringLiteral("json"), tr("Print the act's content as JSON.")});
    if (int code = CommandLine::parse(parser, arguments, command, tr("CODE")); code >= 0)
        return code;
    const QString code = parser.positionalArguments().mid(1).join(QLatin1Char(' '));
    if (code.isEmpty())
        return CommandLine::usageError(tr("write: novoselye verify-certificate CODE"), command);
    auto db = openExisting(parser);
    if (!db)
        return fail(db.error());
    auto result = CertificateService(*db.value()).verify(code);
    if (!result)
        return fail(result.error());
    if (!result->genuine)
        return fail(Error{tr("The act is NOT genuine."), code, result->reason});
    const QJsonObject &p = result->act.payload;
    if (parser.isSet(QStringLiteral("json"))) {
        CommandLine::print(QString::fromUtf8(QJsonDocument(p).toJson()));
        return CommandLine::Success;
    }
    QString text = tr("Genuine: act %1 of %2, verification code %3.\n")
                       .arg(result->act.record.number,
                            Formats::date(QDate::fromString(
                                p.value(QStringLiteral("date")).toString(), Qt::ISODate)),
                            result->act.record.verificationCode);
    if (result->act.record.kind == QLatin1String("key_handover")) {
        const QJsonObject a = p.value(QStringLiteral("apartment")).toObject();
        text += tr("Keys to %1, apt. %2 (%3 rooms, %4 m²), %5 key sets, case %6; residents: %7.\n")
                    .arg(a.value(QStringLiteral("address")).toString(),
                         a.value(QStringLiteral("number")).toString())
                    .arg(a.value(QStringLiteral("rooms")).toInt())
                    .arg(QLocale().toString(
                        a.value(QStringLiteral("total_area")).toString().toDouble(), 'f', 1))
                    .arg(p.value(QStringLiteral("key_sets")).toInt())
                    .arg(p.value(QStringLiteral("case_number")).toString(),
                         p.value(QStringLiteral("residents"))
                             .toVariant()
                             .toStringList()
                             .join(QStringLiteral(", ")));
    } else {
        const QJsonObject v = p.value(QStringLiteral("vehicle")).toObject();
        text += tr("Gift car %1, VIN %2, to %3 (milestone %4).\n")
                    .arg(v.value(QStringLiteral("model")).toString(),
                         v.value(QStringLiteral("vin")).toString(),
                         p.value(QStringLiteral("recipient")).toString())
                    .arg(p.value(QStringLiteral("milestone"))
                             .toObject()
                             .value(QStringLiteral("target"))
                             .toInteger());
    }
    text += tr("Printed %n time(s).\n", nullptr,
               result->act.record.lastPrintedAt.isEmpty() ? 0 : result->act.record.printCount);
    CommandLine::print(text);
    return CommandLine::Success;
}

} // namespace nov
