#include "io/ApartmentImporter.h"

#include "io/ColumnMapping.h"
#include "io/ImportValues.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ApartmentImporter", text);
}

enum Field {
    Kind,
    Okrug,
    District,
    Address,
    Number,
    Floor,
    Rooms,
    TotalArea,
    LivingArea,
    Cadastral,
    State,
    Floors
};

} // namespace

ApartmentImporter::ApartmentImporter(db::Database &db)
    : m_housing(db) {}

QList<ImportField> ApartmentImporter::describe() {
    return {
        {QStringLiteral("kind"), tr("Stock"), false,
         ColumnMapping::names({"Фонд", "Вид фонда", "Тип дома", "Stock", "Kind"})},
        {QStringLiteral("okrug"), tr("Okrug"), true,
         ColumnMapping::names({"Округ", "АО", "Okrug"})},
        {QStringLiteral("district"), tr("District"), true,
         ColumnMapping::names({"Район", "District"})},
        {QStringLiteral("address"), tr("Address"), true,
         ColumnMapping::names({"Адрес", "Адрес дома", "Address"})},
        {QStringLiteral("number"), tr("Apartment"), true,
         ColumnMapping::names(
             {"Квартира", "Кв", "Номер квартиры", "Apartment", "Apt", "Flat", "Number"})},
        {QStringLiteral("floor"), tr("Floor"), true, ColumnMapping::names({"Этаж", "Floor"})},
        {QStringLiteral("rooms"), tr("Rooms"), true,
         ColumnMapping::names({"Комнат", "Комнаты", "Число комнат", "Rooms"})},
        {QStringLiteral("total_area"), tr("Total area"), true,
         ColumnMapping::names({"Общая площадь", "Площадь", "Общая, м²", "Total area", "Total, m²",
                               "Area",
                               // '²' is lost in Windows-1251 exports
                               "Общая, м", "Total, m", "Общая м2", "Total m2"})},
        {QStringLiteral("living_area"), tr("Living area"), true,
         ColumnMapping::names({"Жилая площадь", "Жилая, м²", "Living area", "Living, m²",
                               "Жилая, м", "Living, m", "Жилая м2", "Living m2"})},
        {QStringLiteral("cadastral_number"), tr("Cadastral number"), false,
         ColumnMapping::names({"Кадастровый номер", "Кадастр", "Cadastral number", "Cadastral"})},
        {QStringLiteral("status"), tr("Status"), false,
         ColumnMapping::names({"Статус", "Состояние", "Status"})},
        {QStringLiteral("floors"), tr("Floors"), false,
         ColumnMapping::names({"Этажность", "Этажей", "Floors", "Storeys"})},
    };
}

QStringList ApartmentImporter::storedColumns() const {
    return {tr("Stock"),      tr("Address"),     tr("Apartment"),        tr("Floor"), tr("Rooms"),
            tr("Total area"), tr("Living area"), tr("Cadastral number"), tr("Status")};
}

Status ApartmentImporter::prepare() {
    return m_housing.load();
}

Importer::Outcome ApartmentImporter::importRow(const ImportRow &row, QList<Problem> &problems,
                                               QStringList &stored) {
    auto problem = [&](int field, const QString &reason) {
        problems.append({field, reason});
    };
    auto required = [&](int field) {
        const QString v = row.value(field);
        if (v.isEmpty())
            problem(field, tr("Required field is empty."));
        return v;
    };
    QString kind = QStringLiteral("new");
    if (const QString text = row.value(Kind); !text.isEmpty()) {
        kind =
            ImportValues::storedValue(QStringLiteral("apartments"), QStringLiteral("kind"), text);
        if (kind.isEmpty() && text.toLower().startsWith(QStringLiteral("стар")))
            kind = QStringLiteral("old");
        if (kind.isEmpty() && text.toLower().startsWith(QStringLiteral("нов")))
            kind = QStringLiteral("new");
        if (kind.isEmpty())
            problem(Kind, tr("'%1' is neither old nor new stock.").arg(text));
    }
    const qint64 districtId = m_housing.districtOf(row, Okrug, District, problems);
    const QString address = required(Address);
    const QString number = required(Number);
    db::ApartmentRecord apartment;
    apartment.number = number;
    ImportValues::apartmentShape(row, {Floor, Rooms, TotalArea, LivingArea}, apartment, problems);
    apartment.cadastralNumber = row.value(Cadastral);
    apartment.status =
        kind == QLatin1String("old") ? QStringLiteral("occupied") : QStringLiteral("free");
    if (const QString text = row.value(State); !text.isEmpty()) {
        const QString status =
            ImportValues::storedValue(QStringLiteral("apartments"), QStringLiteral("status"), text);
        if (status.isEmpty())
            problem(State, tr("'%1' is not an apartment status (free, reserved, occupied, "
                              "vacated).")
                               .arg(text));
        else
            apartment.status = status;
    }
    int floors = 0;
    if (row.has(Floors) && !row.value(Floors).isEmpty())
        floors = ImportValues::integer(row, Floors, 1, 99, problems);
    const HousingLookup::Building *building =
        address.isEmpty() ? nullptr : m_housing.building(address);
    if (building && building->kind != kind)
        problem(Kind,
                tr("%1 is stored as %2 stock.")
                    .arg(address, building->kind == QLatin1String("old") ? tr("old") : tr("new")));
    if (!problems.isEmpty())
        return Outcome::Rejected;
    if (building && m_housing.apartmentId(building->id, number) != 0)
        return Outcome::AlreadyPresent;
    if (!apartment.cadastralNumber.isEmpty() &&
        m_housing.cadastralTaken(apartment.cadastralNumber)) {
        problem(
            Cadastral,
            tr("Cadastral number %1 belongs to another apartment.").arg(apartment.cadastralNumber));
        return Outcome::Rejected;
    }
    if (!building) {
        db::BuildingRecord b;
        b.kind = kind;
        b.districtId = districtId;
        b.address = address.simplified();
        b.floors =
            floors > 0 ? floors : qMax(kind == QLatin1String("old") ? 5 : 9, apartment.floor);
        b.status = kind == QLatin1String("old") ? QStringLiteral("included")
                                                : QStringLiteral("commissioned");
        if (auto id = m_housing.addBuilding(b); !id) {
            problem(Address, id.error().message);
            return Outcome::Rejected;
        }
        ++m_created[QStringLiteral("building")];
        building = m_housing.building(address);
    }
    apartment.buildingId = building->id;
    if (auto id = m_housing.addApartment(apartment); !id) {
        problem(-1, id.error().message);
        return Outcome::Rejected;
    }
    stored = {kind,
              address.simplified(),
              number,
              QString::number(apartment.floor),
              QString::number(apartment.rooms),
              QString::number(apartment.totalArea, 'f', 1),
              QString::number(apartment.livingArea, 'f', 1),
              apartment.cadastralNumber,
              apartment.status};
    return Outcome::Added;
}

} // namespace nov
