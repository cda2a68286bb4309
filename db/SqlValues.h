#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// Conversions between C++ values and SQL parameters: empty strings, null dates and zero ids
// are stored as NULL; dates as ISO text.
namespace nov::db::sql {

inline QVariant text(const QString &s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
// ISO 'YYYY-MM-DD'; written by hand because QDate::toString goes through a printf-style
// formatter that dominated bulk loads.
inline QString isoDate(const QDate &d) {
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    const char16_t text[10] = {char16_t(u'0' + y / 1000 % 10),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
inline QVariant date(const QDate &d) {
    return d.isValid() ? QVariant(isoDate(d)) : QVariant();
}
inline QVariant id(qint64 v) {
    return v > 0 ? QVariant(v) : QVariant();
}
inline QDate toDate(const QVariant &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace nov::db::sql
