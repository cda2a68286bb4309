#pragma once

#include "io/HousingLookup.h"
#include "io/Importer.h"

namespace nov {

// Apartment stock lists: each row an apartment of an old or new building. Buildings unknown
// so far are created; an apartment already stored (same address and number) is skipped.
class ApartmentImporter : public Importer {
public:
    explicit ApartmentImporter(db::Database &db);

    static QList<ImportField> describe();
    QList<ImportField> fields() const override { return describe(); }
    QStringList storedColumns() const override;
    Status prepare() override;
    Outcome importRow(const ImportRow &row, QList<Problem> &problems, QStringList &stored) override;

private:
    HousingLookup m_housing;
};

} // namespace nov
