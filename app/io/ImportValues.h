#pragma once

#include "Records.h"
#include "io/Importer.h"

namespace nov {

// Reading the values office spreadsheets hold: whole numbers with spaces, an apartment's
// floor, rooms and areas (decimal comma or point) checked together.
class ImportValues {
public:
    // A whole number in [low, high]; adds a problem for field and returns 0 otherwise.
    static int integer(const ImportRow &row, int field, int low, int high,
                       QList<Importer::Problem> &problems);
    struct ShapeFields {
        int floor, rooms, totalArea, livingArea;
    };
    // Fills floor, rooms and areas; false (with problems added) when any is missing or wrong.
    static bool apartmentShape(const ImportRow &row, ShapeFields fields,
                               db::ApartmentRecord &apartment, QList<Importer::Problem> &problems);
    // The stored value for `text` when it is a stored value or a shown label of a list page's
    // column (so an exported list imports back): ("vehicles", "colour", "Белый") → "white".
    // Empty when it is neither.
    static QString storedValue(const QString &page, const QString &column, const QString &text);
};

} // namespace nov
