#include "io/HousingLookup.h"

#include "Database.h"
#include "io/ColumnMapping.h"

#include <QCoreApplication>
#include <QSet>

namespace nov {

HousingLookup::HousingLookup(db::Database &db)
    : m_db(db)
    , m_housing(db) {}

QString HousingLookup::addressKey(const QString &address) {
    return address.simplified().toUpper().replace(QChar(0x0401), QChar(0x0415));
}

quint64 HousingLookup::numericKey(qint64 buildingId, const QString &number, bool *ok) {
    const uint n = number.toUInt(ok);
    *ok = *ok && n < (1u << 24) && !number.startsWith(QLatin1Char('0'));
    return (quint64(buildingId) << 24) | n;
}

Status HousingLookup::load() {
    auto okrugs = m_db.run(QStringLiteral("SELECT code, name, name_en FROM okrug"), {},
                           QStringLiteral("okrug"));
    if (!okrugs)
        return okrugs.error();
    while (okrugs->next()) {
        const QString code = okrugs->value(0).toString();
        for (int i = 0; i < 3; ++i)
            m_okrugs.insert(ColumnMapping::normalise(okrugs->value(i).toString()), code);
    }
    auto districts = m_db.run(QStringLiteral("SELECT id, okrug_code, name, name_en FROM district"),
                              {}, QStringLiteral("district"));
    if (!districts)
        return districts.error();
    while (districts->next()) {
        const QString code = districts->value(1).toString() + QLatin1Char('|');
        for (int i = 2; i < 4; ++i)
            m_districts.insert(code + ColumnMapping::normalise(districts->value(i).toString()),
                               districts->value(0).toLongLong());
    }
    auto buildings = m_db.run(QStringLiteral("SELECT id, kind, district_id, address FROM building"),
                              {}, QStringLiteral("building"));
    if (!buildings)
        return buildings.error();
    while (buildings->next())
        m_buildings.insert(addressKey(buildings->value(3).toString()),
                           {buildings->value(0).toLongLong(), buildings->value(1).toString(),
                            buildings->value(2).toLongLong()});
    auto apartments =
        m_db.run(QStringLiteral("SELECT id, building_id, number, cadastral_number FROM apartment"),
                 {}, QStringLiteral("apartment"));
    if (!apartments)
        return apartments.error();
    while (apartments->next()) {
        const qint64 building = apartments->value(1).toLongLong();
        const QString number = apartments->value(2).toString();
        bool numeric = false;
        const quint64 key = numericKey(building, number, &numeric);
        if (numeric)
            m_apartments.insert(key, apartments->value(0).toLongLong());
        else
            m_otherApartments.insert(QString::number(building) + QLatin1Char('|') + number,
                                     apartments->value(0).toLongLong());
        const QString cadastral = apartments->value(3).toString();
        if (!cadastral.isEmpty())
            m_cadastral.insert(cadastral);
    }
    return {};
}

QString HousingLookup::okrugCode(const QString &text) const {
    QString key = ColumnMapping::normalise(text);
    if (auto it = m_okrugs.constFind(key); it != m_okrugs.constEnd())
        return it.value();
    // "Восточный административный округ" → "восточный"
    key.remove(QStringLiteral("административныйокруг"))
        .remove(QStringLiteral("administrativeokrug"));
    return m_okrugs.value(key);
}

qint64 HousingLookup::districtId(const QString &okrugCode, const QString &name) const {
    QString key = ColumnMapping::normalise(name);
    const QString prefix = okrugCode + QLatin1Char('|');
    if (auto it = m_districts.constFind(prefix + key); it != m_districts.constEnd())
        return it.value();
    key.remove(QStringLiteral("район")).remove(QStringLiteral("district"));
    return m_districts.value(prefix + key);
}

qint64 HousingLookup::districtOf(const ImportRow &row, int okrugField, int districtField,
                                 QList<Importer::Problem> &problems) const {
    auto tr = [](const char *text) {
        return QCoreApplication::translate("nov::HousingLookup", text);
    };
    const QString okrugText = row.value(okrugField);
    const QString districtText = row.value(districtField);
    for (const auto &[field, text] :
         {std::pair{okrugField, okrugText}, std::pair{districtField, districtText}})
        if (text.isEmpty())
            problems.append({field, tr("Required field is empty.")});
    if (okrugText.isEmpty())
        return 0;
    const QString okrug = okrugCode(okrugText);
    if (okrug.isEmpty()) {
        problems.append({okrugField, tr("Unknown okrug '%1'.").arg(okrugText)});
        return 0;
    }
    if (districtText.isEmpty())
        return 0;
    const qint64 id = districtId(okrug, districtText);
    if (id == 0)
        problems.append(
            {districtField, tr("Unknown district '%1' in %2.").arg(districtText, okrug)});
    return id;
}

const HousingLookup::Building *HousingLookup::building(const QString &address) const {
    const auto it = m_buildings.constFind(addressKey(address));
    return it == m_buildings.constEnd() ? nullptr : &it.value();
}

qint64 HousingLookup::apartmentId(qint64 buildingId, const QString &number) const {
    bool numeric = false;
    const quint64 key = numericKey(buildingId, number, &numeric);
    if (numeric)
        return m_apartments.value(key);
    return m_otherApartments.value(QString::number(buildingId) + QLatin1Char('|') + number);
}

Result<qint64> HousingLookup::addBuilding(const db::BuildingRecord &building) {
    auto id = m_housing.insertBuilding(building);
    if (id)
        m_buildings.insert(addressKey(building.address),
                           {id.value(), building.kind, building.districtId});
    return id;
}

Result<qint64> HousingLookup::addApartment(const db::ApartmentRecord &apartment) {
    auto id = m_housing.insertApartment(apartment);
    if (!id)
        return id;
    bool numeric = false;
    const quint64 key = numericKey(apartment.buildingId, apartment.number, &numeric);
    if (numeric)
        m_apartments.insert(key, id.value());
    else
        m_otherApartments.insert(QString::number(apartment.buildingId) + QLatin1Char('|') +
                                     apartment.number,
                                 id.value());
    if (!apartment.cadastralNumber.isEmpty())
        m_cadastral.insert(apartment.cadastralNumber);
    return id;
}

} // namespace nov
