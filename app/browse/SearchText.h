#pragma once

#include <QPair>
#include <QString>

namespace nov {

// Turns what a clerk typed into the values the browsing queries bind: keys normalised the way
// the database stores them, and ranges so that a prefix search stays on an index.
class SearchText {
public:
    // 'иванов  ив' → 'ИВАНОВ ИВ': upper case, Ё as Е, words separated by one space, as
    // resident.name_key ('LAST FIRST') is stored. A trailing space is kept when only the
    // surname was typed: 'Иванов ' finds Иванов but not Иванова.
    static QString nameKey(const QString &typed);
    // The bounds [lower, upper) of every text that starts with `prefix`; for an empty prefix
    // both are empty (the range then matches nothing).
    static QPair<QString, QString> prefixRange(const QString &prefix);
    // The digits of `typed` ('123-456-789 01' → '12345678901').
    static QString digits(const QString &typed);
    // LIKE pattern (escape character '\') matching texts that contain `typed`.
    static QString containsPattern(const QString &typed);
    // `typed` with the first letter of every word but abbreviations ('ул.') in upper case:
    // SQLite's LIKE ignores case for ASCII only, and street names are written with capitals.
    static QString capitalised(const QString &typed);
};

} // namespace nov
