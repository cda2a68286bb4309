#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace nov {

// Checks and normalises what people type or import. Each returns the canonical stored form or
// an Error naming the field and what is wrong.
class Validators {
public:
    // "112-233-445 95" -> "11223344595"; the check digit must match.
    static Result<QString> snils(const QString &input);
    static QString snilsCheckDigits(const QString &nineDigits);
    // "45 12 345678" -> "4512345678" (series of 4 digits + number of 6).
    static Result<QString> passport(const QString &input);
    // 17 characters A-Z/0-9 without I, O, Q; lower case accepted and upper-cased.
    static Result<QString> vin(const QString &input);
    // "+7 (495) 123-45-67", "8 916 123 45 67" -> "74951234567".
    static Result<QString> phone(const QString &input);
    // ISO "2023-01-10" or Russian "10.01.2023"; rejects impossible dates like 31.02.
    static Result<QDate> date(const QString &input, const QString &field);
    // A birth date: a real date, not in the future, not before 1900.
    static Result<QDate> birthDate(const QString &input, const QDate &today);
    // Area in m², decimal point or comma, > 0 and < 1000.
    static Result<double> area(const QString &input, const QString &field);
    // Living area must be positive and not above the total area.
    static Status areas(double total, double living);
    // Rooms 1-7.
    static Status rooms(int rooms);
};

} // namespace nov
