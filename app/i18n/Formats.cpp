#include "i18n/Formats.h"

namespace nov::Formats {

QString date(const QDate &date, const QString &none) {
    return date.isValid() ? date.toString(QLatin1String(kDateFormat)) : none;
}

QString dateTime(const QDateTime &at, bool seconds) {
    if (!at.isValid())
        return QString();
    return at.toLocalTime().toString(seconds ? QStringLiteral("dd.MM.yyyy HH:mm:ss")
                                             : QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace nov::Formats
