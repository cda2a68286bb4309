#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nov::Formats {

// Dates are written the way the office's documents write them, in both languages: 10.01.2023
// (lists, cards, acts, the dashboard, messages, exports). Date inputs use the same form.
inline constexpr const char *kDateFormat = "dd.MM.yyyy";

// 10.01.2023; an invalid date gives `none`.
QString date(const QDate &date, const QString &none = QString());
// 10.01.2023 14:05 in the office's time (a stored UTC moment is converted first).
QString dateTime(const QDateTime &at, bool seconds = false);

} // namespace nov::Formats
