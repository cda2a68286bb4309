#pragma once

#include "InsertStatement.h"
#include "Records.h"

#include <QList>

namespace nov::db {

// Okrugs and districts.
class GeographyRepository {
public:
    explicit GeographyRepository(Database &db);

    Status insertOkrug(const OkrugRecord &okrug);
    Result<qint64> insertDistrict(const DistrictRecord &district);
    Result<QList<OkrugRecord>> okrugs();
    Result<QList<DistrictRecord>> districts(const QString &okrugCode = QString());

private:
    Database &m_db;
    InsertStatement m_okrug;
    InsertStatement m_district;
};

} // namespace nov::db
