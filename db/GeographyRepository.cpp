#include "GeographyRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

GeographyRepository::GeographyRepository(Database &db)
    : m_db(db)
    , m_okrug(db, QStringLiteral("okrug"),
              {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_en"),
               QStringLiteral("sort_order")})
    , m_district(db, QStringLiteral("district"),
                 {QStringLiteral("id"), QStringLiteral("okrug_code"), QStringLiteral("name"),
                  QStringLiteral("name_en")}) {}

Status GeographyRepository::insertOkrug(const OkrugRecord &o) {
    auto r = m_okrug.insert({o.code, o.name, o.nameEn, o.sortOrder});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> GeographyRepository::insertDistrict(const DistrictRecord &d) {
    return m_district.insert({sql::id(d.id), d.okrugCode, d.name, d.nameEn});
}

Result<QList<OkrugRecord>> GeographyRepository::okrugs() {
    auto q = m_db.prepare(
        QStringLiteral("SELECT code, name, name_en, sort_order FROM okrug ORDER BY sort_order"));
    if (!q)
        return q.error();
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("okrug"));
    QList<OkrugRecord> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toInt()});
    return list;
}

Result<QList<DistrictRecord>> GeographyRepository::districts(const QString &okrugCode) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.okrug_code, d.name, d.name_en FROM district d "
        "JOIN okrug o ON o.code = d.okrug_code "
        "WHERE (CAST(? AS TEXT) IS NULL OR d.okrug_code = ?) ORDER BY o.sort_order, d.name"));
    if (!q)
        return q.error();
    q->addBindValue(sql::text(okrugCode));
    q->addBindValue(sql::text(okrugCode));
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("district"));
    QList<DistrictRecord> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString()});
    return list;
}

} // namespace nov::db
