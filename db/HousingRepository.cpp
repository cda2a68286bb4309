#include "HousingRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nov::db {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::HousingRepository", text);
}
} // namespace

HousingRepository::HousingRepository(Database &db)
    : m_db(db)
    , m_building(db, QStringLiteral("building"),
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("district_id"),
                  QStringLiteral("address"), QStringLiteral("unom"), QStringLiteral("floors"),
                  QStringLiteral("built_year"), QStringLiteral("status")})
    , m_apartment(db, QStringLiteral("apartment"),
                  {QStringLiteral("id"), QStringLiteral("building_id"), QStringLiteral("number"),
                   QStringLiteral("floor"), QStringLiteral("rooms"), QStringLiteral("total_area"),
                   QStringLiteral("living_area"), QStringLiteral("cadastral_number"),
                   QStringLiteral("status")}) {}

Result<qint64> HousingRepository::insertBuilding(const BuildingRecord &b) {
    return m_building.insert({sql::id(b.id), b.kind, b.districtId, b.address, sql::id(b.unom),
                              b.floors, b.builtYear > 0 ? QVariant(b.builtYear) : QVariant(),
                              b.status});
}

Result<qint64> HousingRepository::insertApartment(const ApartmentRecord &a) {
    return m_apartment.insert({sql::id(a.id), a.buildingId, a.number, a.floor, a.rooms, a.totalArea,
                               a.livingArea, sql::text(a.cadastralNumber), a.status});
}

Status HousingRepository::setBuildingStatus(qint64 buildingId, const QString &status) {
    auto q = m_db.prepare(QStringLiteral("UPDATE building SET status = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(status);
    q->addBindValue(buildingId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("building %1").arg(buildingId));
    return {};
}

Result<ApartmentRecord> HousingRepository::apartment(qint64 id) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, building_id, number, floor, rooms, total_area, living_area, "
                       "cadastral_number, status FROM apartment WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("apartment %1").arg(id));
    if (!q->next())
        return Error{tr("The apartment does not exist."), QStringLiteral("apartment %1").arg(id)};
    return ApartmentRecord{
        q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
        q->value(3).toInt(),      q->value(4).toInt(),      q->value(5).toDouble(),
        q->value(6).toDouble(),   q->value(7).toString(),   q->value(8).toString()};
}

Result<BuildingRecord> HousingRepository::building(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT id, kind, district_id, address, unom, floors, "
                                         "built_year, status FROM building WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("building %1").arg(id));
    if (!q->next())
        return Error{tr("The building does not exist."), QStringLiteral("building %1").arg(id)};
    return BuildingRecord{q->value(0).toLongLong(), q->value(1).toString(),
                          q->value(2).toLongLong(), q->value(3).toString(),
                          q->value(4).toLongLong(), q->value(5).toInt(),
                          q->value(6).toInt(),      q->value(7).toString()};
}

void HousingRepository::setBulkWriter(BulkWriter *writer) {
    m_building.setWriter(writer);
    m_apartment.setWriter(writer);
}

} // namespace nov::db
