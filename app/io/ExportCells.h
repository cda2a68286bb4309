#pragma once

#include "browse/BrowseDefinition.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QVariant>

// How an export writes a cell: the text of a CSV cell, and the fast ways from SQLite's UTF-8
// bytes that give the same text (TableExporter's sinks).
namespace nov::exporting {

using Format = BrowseDefinition::Format;

// 'YYYY-MM-DD' (how dates are stored) read by hand: QDate::fromString per cell took a fifth
// of a million-row export. Anything else goes the slow way.
QDate isoDate(const QVariant &value);

// The text of a cell in an exported CSV: dates as dd.mm.yyyy, numbers without grouping, areas
// with a decimal comma (what Excel in a Russian office reads back as numbers).
// `value` is the cell's (read or computed), `row` the source values for display()'s formats.
QString cellText(const BrowseDefinition &page, int column, const QVariant &value,
                 const QVariantList &row, bool full);
// cellText() of the column's value in `row` (computed when the column is).
QString csvText(const BrowseDefinition &page, int column, const QVariantList &row, bool full);

// Formats whose cells an export can write from SQLite's UTF-8 bytes (Sink::setByteColumns).
bool byteFormat(Format format);

// A stored date 'YYYY-MM-DD' read from its bytes as isoDate() reads it and cellText() or
// the sheet takes it (years 1000–9999); false for anything else.
bool isoDateBytes(QByteArrayView b, int &year, int &month, int &day);

// SNILS, passport or phone digits laid out as PersonalData formats or masks them: '#' takes
// the next byte, '*' hides it, anything else is itself. False unless the bytes are ASCII and
// the pattern takes all of them (PersonalData leaves other lengths as they are, which the
// QString way does).
bool personalBytes(Format format, bool full, QByteArrayView b, char (&out)[24], int &n);

} // namespace nov::exporting
