#include "ApartmentStockRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::ApartmentStockRepository", text);
}

// Both statements read these columns in this order.
ApartmentPlace placeFrom(const QSqlQuery &q) {
    ApartmentPlace p;
    p.id = q.value(0).toLongLong();
    p.buildingId = q.value(1).toLongLong();
    p.buildingKind = q.value(2).toString();
    p.buildingStatus = q.value(3).toString();
    p.address = q.value(4).toString();
    p.number = q.value(5).toString();
    p.floor = q.value(6).toInt();
    p.rooms = q.value(7).toInt();
    p.totalArea = q.value(8).toDouble();
    p.livingArea = q.value(9).toDouble();
    p.status = q.value(10).toString();
    p.districtId = q.value(11).toLongLong();
    p.districtName = q.value(12).toString();
    p.okrugCode = q.value(13).toString();
    return p;
}

} // namespace

Result<ApartmentPlace> ApartmentStockRepository::place(qint64 apartmentId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.building_id, b.kind, b.status, b.address, a.number, a.floor, a.rooms, "
        "a.total_area, a.living_area, a.status, b.district_id, d.name, d.okrug_code "
        "FROM apartment a JOIN building b ON b.id = a.building_id "
        "JOIN district d ON d.id = b.district_id WHERE a.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(apartmentId);
    const QString where = QStringLiteral("apartment %1").arg(apartmentId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), where);
    if (!q->next())
        return Error{tr("The apartment does not exist."), where,
                     tr("Choose the apartment again from the list.")};
    return placeFrom(q.value());
}

QString ApartmentStockRepository::freeApartmentsSql() {
    // Read from the free stock outwards: CROSS JOIN keeps SQLite's join order (PostgreSQL
    // reads it as an inner join), and "a.status = 'free'" is written out so that the partial
    // index apartment_free_stock applies and its order serves the ORDER BY and the LIMIT.
    // Driven from building instead, SQLite would read every apartment of every new building.
    return QStringLiteral(
        "SELECT a.id, a.building_id, b.kind, b.status, b.address, a.number, a.floor, a.rooms, "
        "a.total_area, a.living_area, a.status, b.district_id, d.name, d.okrug_code "
        "FROM apartment a CROSS JOIN building b CROSS JOIN district d "
        "WHERE b.id = a.building_id AND d.id = b.district_id AND a.status = 'free' "
        "AND a.rooms >= ? AND a.total_area >= ? AND a.living_area >= ? AND b.kind = 'new' "
        "AND b.status <> 'under_construction' AND (b.district_id = ? OR d.okrug_code = ?) "
        "ORDER BY a.rooms, a.total_area, a.id LIMIT ?");
}

Result<QList<ApartmentPlace>> ApartmentStockRepository::freeApartments(const Need &need,
                                                                       int limit) {
    auto q = m_db.prepare(freeApartmentsSql());
    if (!q)
        return q.error();
    q->addBindValue(need.rooms);
    q->addBindValue(need.totalArea);
    q->addBindValue(need.livingArea);
    q->addBindValue(need.districtId);
    q->addBindValue(need.okrugCode.isEmpty() ? QVariant() : QVariant(need.okrugCode));
    q->addBindValue(limit);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("apartment"));
    QList<ApartmentPlace> list;
    while (q->next())
        list.append(placeFrom(q.value()));
    return list;
}

Status ApartmentStockRepository::setStatus(qint64 apartmentId, const QString &status) {
    auto q = m_db.prepare(QStringLiteral("UPDATE apartment SET status = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(status);
    q->addBindValue(apartmentId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("apartment %1").arg(apartmentId));
    return {};
}

Result<std::optional<QString>> ApartmentStockRepository::liveOfferCase(qint64 apartmentId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT h.case_number FROM offer o JOIN household h ON h.id = o.household_id "
        "WHERE o.new_apartment_id = ? AND o.decision IN ('pending', 'consented')"));
    if (!q)
        return q.error();
    q->addBindValue(apartmentId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("apartment %1").arg(apartmentId));
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

} // namespace nov::db
