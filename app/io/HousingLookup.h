#pragma once

#include "HousingRepository.h"
#include "Result.h"
#include "io/Importer.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// Okrugs, districts, buildings and apartments as an import matches them: loaded once into
// memory, extended by what the import creates. Apartments are keyed by building and number.
class HousingLookup {
public:
    explicit HousingLookup(db::Database &db);

    Status load();
    // The okrug's code for a code, Russian or English name ("ВАО", "Восточный", "Eastern").
    QString okrugCode(const QString &text) const;
    // The district's id within the okrug (0: unknown).
    qint64 districtId(const QString &okrugCode, const QString &name) const;
    struct Building {
        qint64 id = 0;
        QString kind;
        qint64 districtId = 0;
    };
    const Building *building(const QString &address) const;
    // The district of a row's okrug and district fields (0 with a problem added when either
    // is empty or unknown).
    qint64 districtOf(const ImportRow &row, int okrugField, int districtField,
                      QList<Importer::Problem> &problems) const;
    qint64 apartmentId(qint64 buildingId, const QString &number) const;
    bool cadastralTaken(const QString &number) const { return m_cadastral.contains(number); }

    // Inserts through a writer on another thread (null: directly); ids then come with the rows.
    void setBulkWriter(db::BulkWriter *writer) { m_housing.setBulkWriter(writer); }
    Result<qint64> addBuilding(const db::BuildingRecord &building);
    Result<qint64> addApartment(const db::ApartmentRecord &apartment);

    static QString addressKey(const QString &address);

private:
    static quint64 numericKey(qint64 buildingId, const QString &number, bool *ok);

    db::Database &m_db;
    db::HousingRepository m_housing;
    QHash<QString, QString> m_okrugs;   // normalised name/code → code
    QHash<QString, qint64> m_districts; // code + '|' + normalised name → id
    QHash<QString, Building> m_buildings;
    QHash<quint64, qint64> m_apartments;      // (building << 24 | number) → id
    QHash<QString, qint64> m_otherApartments; // "building|number" for numbers like 12а
    QSet<QString> m_cadastral;
    // Rows of one building or district come together: the last texts asked for and what
    // they gave, so that a million rows do not normalise the same names a million times.
    mutable QString m_lastAddress, m_lastAddressKey;
    mutable QString m_lastOkrug, m_lastDistrict;
    mutable qint64 m_lastDistrictId = 0;
};

} // namespace nov
