#pragma once

#include "io/ImportTypes.h"

#include <initializer_list>

namespace nov {

// Finds which column of a file holds which field, by its header: case, spaces, punctuation
// and Ё/Е do not matter; Russian and English names and their synonyms are known.
class ColumnMapping {
public:
    // "Дата рождения:" → "датарождения"
    static QString normalise(const QString &header);
    // Header names written as UTF-8 literals (the importers' synonym lists).
    static QStringList names(std::initializer_list<const char *> list);
    // field key → column index, for the fields found in the header.
    static QHash<QString, int> map(const QList<ImportField> &fields, const QStringList &header);
    // The required fields missing from a mapping.
    static QStringList missing(const QList<ImportField> &fields,
                               const QHash<QString, int> &mapping);
};

} // namespace nov
