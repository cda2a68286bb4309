#include "io/VehicleImporter.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/Validators.h"
#include "domain/VehicleService.h"
#include "io/ColumnMapping.h"
#include "io/ImportValues.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::VehicleImporter", text);
}

enum Field { Vin, Model, Powertrain, Engine, Colour, ProductionNo, Epts, ProducedOn };

} // namespace

VehicleImporter::VehicleImporter(db::Database &db)
    : m_db(db)
    , m_vehicles(db) {}

QList<ImportField> VehicleImporter::describe() {
    return {
        {QStringLiteral("vin"), tr("VIN"), true,
         ColumnMapping::names({"VIN", "VIN-код", "Идентификационный номер"})},
        {QStringLiteral("model"), tr("Model"), true, ColumnMapping::names({"Модель", "Model"})},
        {QStringLiteral("powertrain"), tr("Powertrain"), false,
         ColumnMapping::names(
             {"Трансмиссия", "Силовая установка", "Коробка", "Powertrain", "Transmission"})},
        {QStringLiteral("engine"), tr("Engine"), false,
         ColumnMapping::names({"Двигатель", "Мотор", "Engine"})},
        {QStringLiteral("colour"), tr("Colour"), true,
         ColumnMapping::names({"Цвет", "Colour", "Color"})},
        {QStringLiteral("production_no"), tr("Production no."), true,
         ColumnMapping::names({"Заводской номер", "Порядковый номер", "Номер выпуска",
                               "Production no", "Production number", "Serial"})},
        {QStringLiteral("epts_number"), tr("EPTS no."), false,
         ColumnMapping::names({"ЭПТС", "Номер ЭПТС", "EPTS", "EPTS no", "EPTS number"})},
        {QStringLiteral("produced_on"), tr("Produced"), false,
         ColumnMapping::names({"Дата производства", "Выпущен", "Дата выпуска", "Produced",
                               "Produced on", "Production date"})},
    };
}

QStringList VehicleImporter::storedColumns() const {
    return {tr("VIN"),    tr("Model"),          tr("Powertrain"), tr("Engine"),
            tr("Colour"), tr("Production no."), tr("EPTS no."),   tr("Produced")};
}

Status VehicleImporter::prepare() {
    auto q = m_db.run(QStringLiteral("SELECT vin, model, production_no, epts_number FROM vehicle"),
                      {}, QStringLiteral("vehicle"));
    if (!q)
        return q.error();
    while (q->next()) {
        m_vins.insert(q->value(0).toString());
        m_production.insert(q->value(1).toString() + QLatin1Char('|') + q->value(2).toString());
        if (!q->value(3).isNull())
            m_epts.insert(q->value(3).toString());
    }
    return {};
}

Importer::Outcome VehicleImporter::importRow(const ImportRow &row, QList<Problem> &problems,
                                             QStringList &stored) {
    auto problem = [&](int field, const QString &reason) {
        problems.append({field, reason});
    };
    db::VehicleRecord v;
    if (const QString text = row.value(Vin); text.isEmpty())
        problem(Vin, tr("Required field is empty."));
    else if (auto vin = Validators::vin(text); vin)
        v.vin = vin.value();
    else
        problem(Vin, vin.error().message);
    if (const QString text = row.value(Model); text.isEmpty()) {
        problem(Model, tr("Required field is empty."));
    } else {
        v.model = ImportValues::storedValue(
            QStringLiteral("vehicles"), QStringLiteral("model"),
            QString(text).replace(QStringLiteral("Москвич"), QStringLiteral("Moskvich")));
        if (v.model.isEmpty())
            problem(Model, tr("'%1' is not a gift model (Moskvich 3 or Moskvich 3e).").arg(text));
    }
    const bool electric = v.model == QLatin1String("Moskvich 3e");
    v.powertrain = electric ? QStringLiteral("electric") : QStringLiteral("petrol_cvt");
    if (const QString text = row.value(Powertrain); !text.isEmpty()) {
        v.powertrain = ImportValues::storedValue(QStringLiteral("vehicles"),
                                                 QStringLiteral("powertrain"), text);
        if (v.powertrain.isEmpty())
            problem(Powertrain, tr("'%1' is not a powertrain (petrol CVT, petrol manual, "
                                   "electric).")
                                    .arg(text));
        else if (!v.model.isEmpty() && (v.powertrain == QLatin1String("electric")) != electric)
            problem(Powertrain, tr("%1 does not come with this powertrain.").arg(v.model));
    }
    v.engine = row.value(Engine);
    if (v.engine.isEmpty())
        v.engine = VehicleService::standardEngine(v.powertrain);
    if (const QString text = row.value(Colour); text.isEmpty()) {
        problem(Colour, tr("Required field is empty."));
    } else {
        v.colour =
            ImportValues::storedValue(QStringLiteral("vehicles"), QStringLiteral("colour"), text);
        if (v.colour.isEmpty())
            problem(Colour,
                    tr("'%1' is not a gift colour (white, black, red, grey, blue).").arg(text));
    }
    v.productionNo = ImportValues::integer(row, ProductionNo, 1, 99999999, problems);
    if (const QString text = row.value(Epts); !text.isEmpty()) {
        QString digits = text;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        bool ok = digits.size() == 15;
        for (QChar c : digits)
            ok = ok && c.isDigit();
        if (ok)
            v.eptsNumber = digits;
        else
            problem(Epts, tr("An EPTS number has 15 digits; '%1' given.").arg(text));
    }
    if (const QString text = row.value(ProducedOn); !text.isEmpty()) {
        if (auto d = Validators::date(text, tr("Produced")); d)
            v.producedOn = d.value();
        else
            problem(ProducedOn, d.error().message);
    }
    if (!problems.isEmpty())
        return Outcome::Rejected;
    if (m_vins.contains(v.vin))
        return Outcome::AlreadyPresent;
    const QString production = v.model + QLatin1Char('|') + QString::number(v.productionNo);
    if (m_production.contains(production))
        problem(ProductionNo, tr("%1 number %2 is already stored with another VIN.")
                                  .arg(v.model)
                                  .arg(v.productionNo));
    if (!v.eptsNumber.isEmpty() && m_epts.contains(v.eptsNumber))
        problem(Epts, tr("EPTS %1 belongs to another vehicle.").arg(v.eptsNumber));
    if (!problems.isEmpty())
        return Outcome::Rejected;
    if (auto id = m_vehicles.insertVehicle(v); !id) {
        problem(-1, id.error().message);
        return Outcome::Rejected;
    }
    m_vins.insert(v.vin);
    m_production.insert(production);
    if (!v.eptsNumber.isEmpty())
        m_epts.insert(v.eptsNumber);
    stored = {v.vin,        v.model,
              v.powertrain, v.engine,
              v.colour,     QString::number(v.productionNo),
              v.eptsNumber, db::sql::date(v.producedOn).toString()};
    return Outcome::Added;
}

} // namespace nov
