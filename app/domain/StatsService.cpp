#include "StatsService.h"

#include "CounterRepository.h"
#include "Database.h"
#include "IncentiveRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::StatsService", text);
}
} // namespace

Result<StatsService::Stats> StatsService::collect(db::Database &db) {
    Stats s;
    s.location = db.location();
    s.schemaVersion = db.schemaVersion();
    db::CounterRepository counter(db);
    auto tables = counter.tableCounts();
    if (!tables)
        return tables.error();
    s.tables = tables.value();
    auto residents = counter.relocatedResidents();
    if (!residents)
        return residents.error();
    s.relocatedResidents = residents.value();
    auto households = counter.relocatedHouseholds();
    if (!households)
        return households.error();
    s.relocatedHouseholds = households.value();
    auto milestones = db::IncentiveRepository(db).milestones();
    if (!milestones)
        return milestones.error();
    s.milestonesTotal = milestones->size();
    for (const auto &m : milestones.value()) {
        if (m.reachedOn.isValid())
            ++s.milestonesReached;
        else if (s.nextTarget == 0)
            s.nextTarget = m.target;
    }
    return s;
}

QJsonObject StatsService::Stats::toJson() const {
    QJsonObject tableCounts;
    for (const auto &[table, rows] : tables)
        tableCounts.insert(table, rows);
    return QJsonObject{
        {QStringLiteral("database"), location},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("tables"), tableCounts},
        {QStringLiteral("relocated_residents"), relocatedResidents},
        {QStringLiteral("relocated_households"), relocatedHouseholds},
        {QStringLiteral("milestones_reached"), milestonesReached},
        {QStringLiteral("milestones_total"), milestonesTotal},
        {QStringLiteral("next_milestone_target"), nextTarget},
    };
}

QString StatsService::Stats::toText() const {
    const QLocale locale;
    QString text = tr("Database: %1 (schema version %2)\n")
                       .arg(db::Database::displayName(location), QString::number(schemaVersion));
    int width = 0;
    for (const auto &entry : tables)
        width = std::max(width, int(entry.first.size()));
    for (const auto &[table, rows] : tables)
        text += QStringLiteral("  %1  %2\n").arg(table, -width).arg(locale.toString(rows), 12);
    text += tr("Relocated residents: %1 in %2 households\n")
                .arg(locale.toString(relocatedResidents), locale.toString(relocatedHouseholds));
    text += tr("Milestones reached: %1 of %2").arg(milestonesReached).arg(milestonesTotal);
    if (nextTarget > 0)
        text +=
            tr("; next target %1, %2 residents to go")
                .arg(locale.toString(nextTarget), locale.toString(nextTarget - relocatedResidents));
    return text + QLatin1Char('\n');
}

} // namespace nov
