#pragma once

#include "io/ImportTypes.h"

namespace nov {

// Finds which column of a file holds which field, by its header: case, spaces, punctuation
// and Ё/Е do not matter; Russian and English names and their synonyms are known.
class ColumnMapping {
public:
    // "Дата рождения:" → "датарождения"
    static QString normalise(const QString &header);
    // field key → column index, for the fields found in the header.
    static QHash<QString, int> map(const QList<ImportField> &fields, const QStringList &header);
    // The required fields missing from a mapping.
    static QStringList missing(const QList<ImportField> &fields,
                               const QHash<QString, int> &mapping);
};

} // namespace nov
