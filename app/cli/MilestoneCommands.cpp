#include "cli/MilestoneCommands.h"

#include "CounterRepository.h"
#include "Database.h"
#include "domain/MilestonePlanner.h"
#include "domain/MilestoneService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::MilestoneCommands", text);
}

const QString kCommand = QStringLiteral("milestones");

QJsonValue json(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue json(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject lineJson(const MilestoneService::Line &l) {
    static const char *stages[] = {"planned", "reached", "vehicle_reserved", "gift_handed_over"};
    return {
        {QStringLiteral("target"), l.target},
        {QStringLiteral("title"), json(l.title)},
        {QStringLiteral("status"), QString::fromLatin1(stages[int(MilestoneService::stage(l))])},
        {QStringLiteral("reached_on"), json(l.reachedOn)},
        {QStringLiteral("case_number"), json(l.caseNumber)},
        {QStringLiteral("resident"), json(l.residentName)},
        {QStringLiteral("vin"), json(l.vin)},
        {QStringLiteral("production_no"),
         l.productionNo > 0 ? QJsonValue(l.productionNo) : QJsonValue()},
        {QStringLiteral("gift_recipient"), json(l.giftRecipientName)},
        {QStringLiteral("gift_handed_over_on"), json(l.giftHandedOverOn)}};
}

QJsonObject planJson(const MilestonePlanner::Plan &p) {
    return {{QStringLiteral("target"), p.target},
            {QStringLiteral("to_go"), p.toGo},
            {QStringLiteral("by_appointment"), p.byAppointment},
            {QStringLiteral("case_number"), json(p.caseNumber)},
            {QStringLiteral("resident"), json(p.residentName)},
            {QStringLiteral("expected_on"), json(p.expectedOn)},
            {QStringLiteral("earliest"), json(p.earliest)},
            {QStringLiteral("latest"), json(p.latest)}};
}

QString dash(const QString &s) {
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString planText(const MilestonePlanner::Plan &p) {
    const QLocale l;
    if (p.byAppointment)
        return tr("  %1: expected on %2 with case %3 (%4), by appointment\n")
            .arg(l.toString(p.target), p.expectedOn.toString(Qt::ISODate), p.caseNumber,
                 p.residentName);
    if (!p.expectedOn.isValid())
        return tr("  %1: %2 residents to go; no recent handovers to forecast from\n")
            .arg(l.toString(p.target), l.toString(p.toGo));
    return tr("  %1: forecast %2 (between %3 and %4) at the recent pace\n")
        .arg(l.toString(p.target), p.expectedOn.toString(Qt::ISODate),
             p.earliest.toString(Qt::ISODate),
             p.latest.isValid() ? p.latest.toString(Qt::ISODate) : tr("later"));
}

} // namespace

QList<CommandLine::Command> MilestoneCommands::all() {
    return {{kCommand, tr("milestone targets, who reached them, gift vehicles, the plan [--json]"),
             &MilestoneCommands::milestones}};
}

int MilestoneCommands::milestones(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints each milestone target with the date it was reached, the household's case "
           "number, the resident, the gift vehicle's VIN, and the planner's look ahead."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts.")});
    parser.addOption(
        {QStringLiteral("today"), tr("The planner's today (default: today)."), tr("YYYY-MM-DD")});
    if (int code = CommandLine::parse(parser, arguments, kCommand); code >= 0)
        return code;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return CommandLine::usageError(tr("--today needs a date written as YYYY-MM-DD."),
                                           kCommand);
    }
    db::Database::Options options;
    options.create = false;
    options.migrate = false; // a read-only look: never change the file
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db) {
        CommandLine::printError(db.error());
        return CommandLine::Failure;
    }
    auto counter = db::CounterRepository(*db.value()).relocatedResidents();
    auto lines = MilestoneService(*db.value()).lines();
    auto plans = MilestonePlanner(*db.value()).plan(today);
    for (const Error *e : {counter ? nullptr : &counter.error(), lines ? nullptr : &lines.error(),
                           plans ? nullptr : &plans.error()}) {
        if (e) {
            CommandLine::printError(*e);
            return CommandLine::Failure;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list, plan;
        for (const auto &l : std::as_const(lines.value()))
            list.append(lineJson(l));
        for (const auto &p : std::as_const(plans.value()))
            plan.append(planJson(p));
        const QJsonObject root{{QStringLiteral("relocated_residents"), counter.value()},
                               {QStringLiteral("milestones"), list},
                               {QStringLiteral("plan"), plan}};
        CommandLine::print(QString::fromUtf8(QJsonDocument(root).toJson()));
        return CommandLine::Success;
    }
    const QLocale l;
    QString text = tr("Relocated residents: %1\n").arg(l.toString(counter.value()));
    text += tr("%1 %2 %3 %4 %5 %6\n")
                .arg(tr("target"), -10)
                .arg(tr("reached"), -10)
                .arg(tr("case"), -12)
                .arg(tr("resident"), -36)
                .arg(tr("vehicle VIN"), -17)
                .arg(tr("status"));
    for (const auto &line : std::as_const(lines.value()))
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(line.target, -10)
                    .arg(line.reachedOn.isValid() ? line.reachedOn.toString(Qt::ISODate)
                                                  : QStringLiteral("—"),
                         -10)
                    .arg(dash(line.caseNumber), -12)
                    .arg(dash(line.residentName), -36)
                    .arg(dash(line.vin), -17)
                    .arg(MilestoneService::stageTitle(MilestoneService::stage(line)));
    if (!plans->isEmpty()) {
        text += tr("Next milestones:\n");
        for (const auto &p : std::as_const(plans.value()))
            text += planText(p);
    }
    CommandLine::print(text);
    return CommandLine::Success;
}

} // namespace nov
