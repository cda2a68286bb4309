#include "VehicleService.h"

#include "Database.h"
#include "IncentiveRepository.h"
#include "Transaction.h"
#include "Validators.h"
#include "VehicleRepository.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::VehicleService", text);
}

constexpr int kEptsDigits = 15;
constexpr int kMaxEngine = 80;

QJsonObject fields(const db::VehicleRecord &v) {
    return {{QStringLiteral("vin"), v.vin},
            {QStringLiteral("model"), v.model},
            {QStringLiteral("powertrain"), v.powertrain},
            {QStringLiteral("engine"), v.engine},
            {QStringLiteral("colour"), v.colour},
            {QStringLiteral("production_no"), v.productionNo},
            {QStringLiteral("epts_number"), v.eptsNumber},
            {QStringLiteral("produced_on"),
             v.producedOn.isValid() ? v.producedOn.toString(Qt::ISODate) : QString()}};
}

} // namespace

const QStringList &VehicleService::models() {
    static const QStringList list = {QStringLiteral("Moskvich 3"), QStringLiteral("Moskvich 3e")};
    return list;
}

const QStringList &VehicleService::powertrains() {
    static const QStringList list = {QStringLiteral("petrol_cvt"), QStringLiteral("petrol_mt"),
                                     QStringLiteral("electric")};
    return list;
}

const QStringList &VehicleService::colours() {
    static const QStringList list = {QStringLiteral("white"), QStringLiteral("black"),
                                     QStringLiteral("red"), QStringLiteral("grey"),
                                     QStringLiteral("blue")};
    return list;
}

QString VehicleService::standardEngine(const QString &powertrain) {
    if (powertrain == QLatin1String("electric"))
        return QStringLiteral("электро, 193 л. с., 65 кВт·ч");
    if (powertrain == QLatin1String("petrol_mt"))
        return QStringLiteral("1,5 л турбо, 150 л. с., МКПП-6");
    return QStringLiteral("1,5 л турбо, 150 л. с., вариатор");
}

Result<db::VehicleRecord> VehicleService::validate(db::VehicleRecord v) {
    auto vin = Validators::vin(v.vin);
    if (!vin)
        return vin.error();
    v.vin = vin.value();
    if (!models().contains(v.model))
        return Error{tr("The model must be Moskvich 3 or Moskvich 3e."), tr("Model")};
    if (!powertrains().contains(v.powertrain))
        return Error{tr("The powertrain is unknown."), tr("Powertrain")};
    if ((v.model == QLatin1String("Moskvich 3e")) != (v.powertrain == QLatin1String("electric")))
        return Error{tr("The Moskvich 3e is electric and the Moskvich 3 has a petrol engine."),
                     tr("Powertrain"), tr("Choose the powertrain that matches the model.")};
    if (!colours().contains(v.colour))
        return Error{tr("The colour must be white, black, red, grey or blue."), tr("Colour")};
    if (v.productionNo <= 0)
        return Error{tr("The production number is a whole number above zero."),
                     tr("Production no."), tr("Copy it from the factory documents.")};
    v.engine = v.engine.trimmed();
    if (v.engine.isEmpty() || v.engine.size() > kMaxEngine)
        return Error{tr("Describe the engine or motor in up to %1 characters.").arg(kMaxEngine),
                     tr("Engine"), tr("For example: %1.").arg(standardEngine(v.powertrain))};
    v.eptsNumber = v.eptsNumber.trimmed();
    const bool digits = std::all_of(v.eptsNumber.cbegin(), v.eptsNumber.cend(),
                                    [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!v.eptsNumber.isEmpty() && (v.eptsNumber.size() != kEptsDigits || !digits))
        return Error{tr("An ЭПТС number has %1 digits.").arg(kEptsDigits), tr("ЭПТС no."),
                     tr("Copy it from the electronic vehicle passport, or leave it empty.")};
    return v;
}

Status VehicleService::checkUnique(const db::VehicleRecord &v) {
    auto clash = db::VehicleRepository(m_db).clash(v);
    if (!clash)
        return clash.error();
    if (!clash->has_value())
        return {};
    const db::VehicleRecord &other = clash->value();
    if (other.vin == v.vin)
        return Error{tr("The VIN %1 is already in the inventory.").arg(v.vin), tr("VIN"),
                     tr("Check the VIN; each vehicle is entered once.")};
    if (other.model == v.model && other.productionNo == v.productionNo)
        return Error{tr("%1 number %2 is already in the inventory (VIN %3).")
                         .arg(v.model)
                         .arg(v.productionNo)
                         .arg(other.vin),
                     tr("Production no."), tr("Check the production number.")};
    return Error{tr("The ЭПТС number %1 already belongs to VIN %2.").arg(v.eptsNumber, other.vin),
                 tr("ЭПТС no."), tr("Check the ЭПТС number.")};
}

Result<qint64> VehicleService::add(const Actor &actor, const db::VehicleRecord &input) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::AllocateGifts, tr("Adding a vehicle")));
    auto v = validate(input);
    if (!v)
        return v.error();
    v->id = 0;
    v->status = QStringLiteral("in_stock");
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(checkUnique(v.value()));
    auto id = db::IncentiveRepository(m_db).insertVehicle(v.value());
    if (!id)
        return id.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("vehicle.add"),
                                         QStringLiteral("vehicle"), id.value(), fields(v.value())));
    NOV_RETURN_IF_ERROR(tx.commit());
    return id;
}

Status VehicleService::edit(const Actor &actor, const db::VehicleRecord &input) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::AllocateGifts, tr("Editing a vehicle")));
    auto v = validate(input);
    if (!v)
        return v.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::VehicleRepository repo(m_db);
    auto before = repo.vehicle(v->id);
    if (!before)
        return before.error();
    if (before->status == QLatin1String("handed_over"))
        return Error{tr("The vehicle %1 was handed over as a gift; its record is kept as it was.")
                         .arg(before->vin),
                     QStringLiteral("vehicle %1").arg(v->id)};
    NOV_RETURN_IF_ERROR(checkUnique(v.value()));
    NOV_RETURN_IF_ERROR(repo.update(v.value()));
    NOV_RETURN_IF_ERROR(
        AuditLog::record(m_db, actor, QStringLiteral("vehicle.edit"), QStringLiteral("vehicle"),
                         v->id, AuditLog::changes(fields(before.value()), fields(v.value()))));
    return tx.commit();
}

} // namespace nov
