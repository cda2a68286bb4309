#include "DashboardRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QFile>
#include <QSqlError>

namespace nov::db {

namespace {

// The filter's conditions on relocation_day r joined with district d, in the order of
// filterValues().
// CAST: PostgreSQL must know a parameter's type to test it for NULL (SQLite ignores it)
const QString kRange = QStringLiteral("(CAST(? AS DATE) IS NULL OR r.day >= ?) AND "
                                      "(CAST(? AS DATE) IS NULL OR r.day <= ?)");
const QString kPlace = QStringLiteral("(CAST(? AS TEXT) IS NULL OR d.okrug_code = ?) AND "
                                      "(CAST(? AS BIGINT) IS NULL OR d.id = ?)");

QVariantList placeValues(const DashboardRepository::Filter &f) {
    return {sql::text(f.okrug), sql::text(f.okrug), sql::id(f.districtId), sql::id(f.districtId)};
}

QVariantList rangeValues(const QDate &from, const QDate &to) {
    return {sql::date(from), sql::date(from), sql::date(to), sql::date(to)};
}

const QString kWhat = QStringLiteral("relocation_day");

} // namespace

Result<QList<DashboardRepository::Day>> DashboardRepository::daily(const Filter &filter) {
    // SQL-SAFE: kRange and kPlace are constant conditions with bound values only.
    auto q = m_db.run(QStringLiteral("SELECT r.day, SUM(r.residents), SUM(r.households) "
                                     "FROM relocation_day r "
                                     "JOIN district d ON d.id = r.district_id WHERE ") +
                          kRange + QStringLiteral(" AND ") + kPlace +
                          QStringLiteral(" GROUP BY r.day ORDER BY r.day"),
                      rangeValues(QDate(), filter.to) + placeValues(filter), kWhat);
    if (!q)
        return q.error();
    QList<Day> days;
    while (q->next())
        days.append({sql::toDate(q->value(0)), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return days;
}

Result<QList<DashboardRepository::MonthOkrug>>
DashboardRepository::monthlyByOkrug(const Filter &filter) {
    // SQL-SAFE: kRange and kPlace are constant conditions with bound values only.
    auto q =
        m_db.run(QStringLiteral("SELECT substr(CAST(r.day AS TEXT), 1, 7) AS month, d.okrug_code, "
                                "SUM(r.residents) FROM relocation_day r "
                                "JOIN district d ON d.id = r.district_id WHERE ") +
                     kRange + QStringLiteral(" AND ") + kPlace +
                     QStringLiteral(" GROUP BY substr(CAST(r.day AS TEXT), 1, 7), d.okrug_code "
                                    "ORDER BY month, d.okrug_code"),
                 rangeValues(filter.from, filter.to) + placeValues(filter), kWhat);
    if (!q)
        return q.error();
    QList<MonthOkrug> months;
    while (q->next())
        months.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    return months;
}

Result<QList<DashboardRepository::Area>> DashboardRepository::areas(const Filter &filter) {
    // Per okrug for the whole city; per district once the filter picks a place.
    const bool byDistrict = !filter.okrug.isEmpty() || filter.districtId > 0;
    const QString group = byDistrict ? QStringLiteral("d.id") : QStringLiteral("d.okrug_code");
    const QString area =
        byDistrict
            ? QStringLiteral("SELECT CAST(x.id AS TEXT) AS area, x.name, x.name_en, x.okrug_code "
                             "AS sort1, x.name AS sort2 FROM district x")
            : QStringLiteral("SELECT x.code AS area, x.code AS name, x.name_en, x.sort_order "
                             "AS sort1, '' AS sort2 FROM okrug x");
    const QString areaPlace =
        byDistrict ? QStringLiteral("(CAST(? AS TEXT) IS NULL OR x.okrug_code = ?) AND "
                                    "(CAST(? AS BIGINT) IS NULL OR x.id = ?)")
                   : QStringLiteral("(CAST(? AS TEXT) IS NULL OR x.code = ?) AND "
                                    "(CAST(? AS BIGINT) IS NULL OR CAST(? AS BIGINT) IS NULL)");
    // One pass over relocation_day gives both what was relocated within the range and all
    // relocated by its end (what is no longer to move).
    // SQL-SAFE: only the constant fragments above (column names, conditions) are joined.
    const QString sql =
        QStringLiteral(
            "SELECT a.area, a.name, a.name_en, COALESCE(rel.n, 0), "
            "COALESCE(pop.n, 0) - COALESCE(rel.done, 0) FROM (%1 WHERE %2) a "
            "LEFT JOIN (SELECT CAST(%3 AS TEXT) AS area, "
            "  SUM(CASE WHEN CAST(? AS DATE) IS NULL OR r.day >= ? THEN r.residents END) AS n, "
            "  SUM(r.residents) AS done "
            "  FROM relocation_day r JOIN district d ON d.id = r.district_id "
            "  WHERE CAST(? AS DATE) IS NULL OR r.day <= ? GROUP BY %3) rel ON rel.area = a.area "
            "LEFT JOIN (SELECT CAST(%3 AS TEXT) AS area, SUM(p.residents) AS n "
            "  FROM district_population p JOIN district d ON d.id = p.district_id "
            "  GROUP BY %3) pop ON pop.area = a.area "
            "WHERE COALESCE(pop.n, 0) > 0 OR COALESCE(rel.n, 0) > 0 "
            "ORDER BY a.sort1, a.sort2")
            // SQL-SAFE: constant fragments (column names, conditions with bound values).
            .arg(area, areaPlace, group);
    auto q =
        m_db.run(sql,
                 placeValues(filter) + QVariantList{sql::date(filter.from), sql::date(filter.from),
                                                    sql::date(filter.to), sql::date(filter.to)},
                 kWhat);
    if (!q)
        return q.error();
    QList<Area> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toLongLong(), std::max<qint64>(0, q->value(4).toLongLong())});
    return list;
}

Result<DashboardRepository::Vehicles> DashboardRepository::vehicles() {
    auto q = m_db.run(QStringLiteral("SELECT status, COUNT(*) FROM vehicle GROUP BY status"), {},
                      QStringLiteral("vehicle"));
    if (!q)
        return q.error();
    Vehicles v;
    while (q->next()) {
        const QString status = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (status == QLatin1String("in_stock"))
            v.inStock = n;
        else if (status == QLatin1String("reserved"))
            v.reserved = n;
        else if (status == QLatin1String("handed_over"))
            v.handedOver = n;
    }
    return v;
}

Result<qint64> DashboardRepository::overdueCases(const Filter &filter, const QDate &letterBefore,
                                                 const QDate &consentBefore) {
    // The place is where the old apartment is; without a place the joins are left out.
    const bool placed = !filter.okrug.isEmpty() || filter.districtId > 0;
    const QString joins = placed ? QStringLiteral("JOIN apartment a ON a.id = h.old_apartment_id "
                                                  "JOIN building b ON b.id = a.building_id "
                                                  "JOIN district d ON d.id = b.district_id")
                                 : QString();
    // SQL-SAFE: a constant condition with bound values.
    const QString where = placed ? kPlace + QStringLiteral(" AND") : QString();
    const QVariantList place = placed ? placeValues(filter) : QVariantList();
    // SQL-SAFE: constant joins (the offer's household, then its place).
    const QString offerJoins =
        placed ? QStringLiteral("JOIN household h ON h.id = o.household_id ") + joins : QString();
    // SQL-SAFE: `joins`, `where` and `offerJoins` are constant fragments, values are bound.
    auto q = m_db.run(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM offer o %3 WHERE %2 "
                       "o.decision = 'pending' AND o.letter_on < ?) + "
                       "(SELECT COUNT(*) FROM household h JOIN offer o ON o.household_id = h.id "
                       "AND o.decision = 'consented' %1 WHERE %2 "
                       "h.status IN ('consented', 'contract_drafted') AND o.decided_on < ?)")
            // SQL-SAFE: `joins`, `where` and `offerJoins` are the constants above.
            .arg(joins, where, offerJoins),
        place + QVariantList{sql::date(letterBefore)} + place +
            QVariantList{sql::date(consentBefore)},
        QStringLiteral("offer"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> DashboardRepository::programmeCount(const QDate &until) {
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(SUM(residents), 0) FROM relocation_day "
                                     "WHERE CAST(? AS DATE) IS NULL OR day <= ?"),
                      {sql::date(until), sql::date(until)}, kWhat);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status DashboardRepository::rebuildSummaries() {
    // The migration that made the tables also holds the statements that fill them; its
    // relocation_day statement is used as it is.
    QFile file(QStringLiteral(":/migrations/0008_dashboard_summary.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("The dashboard summary migration is missing."),
                     file.fileName()};
    const QStringList statements = SqlDialect::splitStatements(
        SqlDialect::expand(QString::fromUtf8(file.readAll()), m_db.backend()));
    for (const QString &table :
         {QStringLiteral("relocation_day"), QStringLiteral("district_population")}) {
        // SQL-SAFE: the two table names are constants.
        if (Status s = m_db.execute(QStringLiteral("DELETE FROM %1").arg(table)); !s)
            return s;
    }
    for (const QString &statement : statements) {
        if (!statement.startsWith(QLatin1String("INSERT INTO relocation_day")))
            continue;
        if (Status s = m_db.execute(statement); !s)
            return s;
    }
    // district_population in one pass over the households, each counting its members on
    // resident_household (households without members count with 0): the migration's two
    // statements (members grouped over all residents, then the households without any)
    // give the same rows in twice the time at programme scale.
    return m_db.execute(
        QStringLiteral("INSERT INTO district_population (district_id, households, residents) "
                       "SELECT b.district_id, COUNT(*), "
                       "SUM((SELECT COUNT(*) FROM resident r WHERE r.household_id = h.id)) "
                       "FROM household h "
                       "JOIN apartment a ON a.id = h.old_apartment_id "
                       "JOIN building b ON b.id = a.building_id "
                       "GROUP BY b.district_id"));
}

} // namespace nov::db
