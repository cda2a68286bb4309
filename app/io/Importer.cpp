#include "io/Importer.h"

#include "io/ApartmentImporter.h"
#include "io/ResidentImporter.h"
#include "io/VehicleImporter.h"

namespace nov {

std::unique_ptr<Importer> Importer::create(ImportKind kind, db::Database &db, const QDate &today) {
    switch (kind) {
    case ImportKind::Residents:
        return std::make_unique<ResidentImporter>(db, today);
    case ImportKind::Apartments:
        return std::make_unique<ApartmentImporter>(db);
    case ImportKind::Vehicles:
        return std::make_unique<VehicleImporter>(db);
    }
    return nullptr;
}

QList<ImportField> Importer::fieldsOf(ImportKind kind) {
    switch (kind) {
    case ImportKind::Residents:
        return ResidentImporter::describe();
    case ImportKind::Apartments:
        return ApartmentImporter::describe();
    case ImportKind::Vehicles:
        return VehicleImporter::describe();
    }
    return {};
}

QString Importer::kindName(ImportKind kind) {
    switch (kind) {
    case ImportKind::Residents:
        return QStringLiteral("residents");
    case ImportKind::Apartments:
        return QStringLiteral("apartments");
    case ImportKind::Vehicles:
        return QStringLiteral("vehicles");
    }
    return QString();
}

} // namespace nov
