#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nov::db {

class Database;

// SQL for the manager dashboard. Every figure is an aggregate over the summary tables of
// migration 0008 (relocation_day, district_population), which triggers keep current, so a
// refresh reads thousands of rows at moscow scale, not millions.
class DashboardRepository {
public:
    // Which relocations count: handed over in [from, to] (either end open when invalid), from
    // old apartments in that okrug (code) and/or district (id; 0 = any).
    struct Filter {
        QDate from;
        QDate to;
        QString okrug;
        qint64 districtId = 0;
    };
    struct Totals {
        qint64 residents = 0;
        qint64 households = 0;
        qint64 residentsSince = 0; // residents handed over from `since` on (this month)
    };
    struct Day {
        QDate day;
        qint64 residents = 0;
    };
    struct MonthOkrug {
        QString month; // YYYY-MM
        QString okrug;
        qint64 residents = 0;
    };
    // An okrug, or a district when the filter names an okrug or district.
    struct Area {
        QString key;          // okrug code or district id
        QString name;         // okrug code (ЦАО) or district name
        QString nameEn;       // the English name
        qint64 relocated = 0; // within the date range
        qint64 toMove = 0;    // in the programme, not yet relocated by the end of the range
    };
    struct Vehicles {
        qint64 inStock = 0;
        qint64 reserved = 0;
        qint64 handedOver = 0;
    };

    explicit DashboardRepository(Database &db)
        : m_db(db) {}

    Result<Totals> totals(const Filter &filter, const QDate &since);
    // Residents relocated per day, every day with handovers up to the filter's end (the
    // start of the range is ignored so that a cumulative curve starts at its true level).
    Result<QList<Day>> daily(const Filter &filter);
    Result<QList<MonthOkrug>> monthlyByOkrug(const Filter &filter);
    Result<QList<Area>> areas(const Filter &filter);
    Result<Vehicles> vehicles();
    // Cases past a deadline in the filter's place: offers without a decision with the letter
    // before `letterBefore`, consents without a signed contract before `consentBefore` (the
    // conditions of WorkflowRepository::pendingDecisions / unsignedContracts).
    Result<qint64> overdueCases(const Filter &filter, const QDate &letterBefore,
                                const QDate &consentBefore);
    // Residents relocated in the whole programme up to `until` (invalid: all).
    Result<qint64> programmeCount(const QDate &until);

    // Refills the summary tables from the base tables (after a bulk load that ran without
    // their triggers).
    Status rebuildSummaries();

private:
    Database &m_db;
};

} // namespace nov::db
