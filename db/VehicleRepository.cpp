#include "VehicleRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::VehicleRepository", text);
}

const QString kColumns =
    QStringLiteral("id, vin, model, powertrain, engine, colour, production_no, "
                   "epts_number, produced_on, status");

VehicleRecord vehicleFrom(const QSqlQuery &q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toInt(),      q.value(7).toString(), sql::toDate(q.value(8)),
            q.value(9).toString()};
}

} // namespace

Result<VehicleRecord> VehicleRepository::vehicle(qint64 id) {
    const QString where = QStringLiteral("vehicle %1").arg(id);
    // SQL-SAFE: kColumns is a fixed column list; the id is bound.
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM vehicle WHERE id = ?").arg(kColumns), {id}, where);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The vehicle does not exist."), where,
                     tr("Refresh the list; another manager may have removed it.")};
    return vehicleFrom(q.value());
}

Result<std::optional<VehicleRecord>> VehicleRepository::clash(const VehicleRecord &v) {
    // SQL-SAFE: kColumns is a fixed column list; the values are bound.
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM vehicle WHERE id <> ? AND (vin = ? OR "
                                     "(model = ? AND production_no = ?) OR epts_number = ?) "
                                     "LIMIT 1")
                          .arg(kColumns),
                      {v.id, v.vin, v.model, v.productionNo, sql::text(v.eptsNumber)},
                      QStringLiteral("vehicle"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VehicleRecord>();
    return std::optional<VehicleRecord>(vehicleFrom(q.value()));
}

Result<std::optional<VehicleRecord>> VehicleRepository::byVin(const QString &vin) {
    // SQL-SAFE: kColumns is a fixed column list; the VIN is bound.
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM vehicle WHERE vin = ?").arg(kColumns), {vin},
                      QStringLiteral("vehicle %1").arg(vin));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VehicleRecord>();
    return std::optional<VehicleRecord>(vehicleFrom(q.value()));
}

Result<QList<VehicleRecord>> VehicleRepository::inStock(int limit) {
    // SQL-SAFE: kColumns is a fixed column list; the limit is bound.
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM vehicle WHERE status = 'in_stock' "
                                     "ORDER BY produced_on, production_no, id LIMIT ?")
                          .arg(kColumns),
                      {limit}, QStringLiteral("vehicle"));
    if (!q)
        return q.error();
    QList<VehicleRecord> list;
    while (q->next())
        list.append(vehicleFrom(q.value()));
    return list;
}

Status VehicleRepository::update(const VehicleRecord &v) {
    auto q = m_db.run(QStringLiteral("UPDATE vehicle SET vin = ?, model = ?, powertrain = ?, "
                                     "engine = ?, colour = ?, production_no = ?, epts_number = ?, "
                                     "produced_on = ? WHERE id = ?"),
                      {v.vin, v.model, v.powertrain, v.engine, v.colour, v.productionNo,
                       sql::text(v.eptsNumber), sql::date(v.producedOn), v.id},
                      QStringLiteral("vehicle %1").arg(v.id));
    if (!q)
        return q.error();
    return {};
}

Status VehicleRepository::setStatus(qint64 id, const QString &status) {
    auto q = m_db.run(QStringLiteral("UPDATE vehicle SET status = ? WHERE id = ?"), {status, id},
                      QStringLiteral("vehicle %1").arg(id));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<VehicleRecord>> VehicleRepository::proposal(int productionNo) {
    // SQL-SAFE: kColumns is a fixed column list; the values are bound.
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM vehicle WHERE status = 'in_stock' "
                                     "ORDER BY CASE WHEN production_no = ? THEN 0 ELSE 1 END, "
                                     "produced_on, production_no, id LIMIT 1")
                          .arg(kColumns),
                      {productionNo}, QStringLiteral("vehicle"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VehicleRecord>();
    return std::optional<VehicleRecord>(vehicleFrom(q.value()));
}

} // namespace nov::db
