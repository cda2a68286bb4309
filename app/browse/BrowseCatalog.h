#pragma once

#include "Result.h"
#include "browse/BrowseDefinition.h"

#include <QList>

namespace nov {

namespace db {
class Database;
}

// The browsing pages of the clerk's window — residents, households, apartments, buildings,
// vehicles — and the choices of their place filters.
class BrowseCatalog {
public:
    // In tab order. Built on first use, in the language installed then.
    static const QList<const BrowseDefinition *> &all();
    // nullptr for an unknown key
    static const BrowseDefinition *find(const QString &key);

    // Okrugs (value: code) and the districts of one okrug or of all (value: district id).
    static Result<QList<BrowseDefinition::Choice>> okrugs(db::Database &db);
    static Result<QList<BrowseDefinition::Choice>> districts(db::Database &db,
                                                             const QString &okrugCode);
};

} // namespace nov
