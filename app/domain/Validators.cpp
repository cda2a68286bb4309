#include "Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::Validators", text);
}

QString digitsOnly(const QString &input, const QString &allowedSeparators) {
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits += c;
        else if (!allowedSeparators.contains(c))
            return QString(); // a letter or other junk: not a number of this kind
    }
    return digits;
}

} // namespace

QString Validators::snilsCheckDigits(const QString &nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits.at(i).digitValue() * (9 - i);
    int check = sum;
    if (sum > 101)
        check = sum % 101;
    if (check == 100 || check == 101)
        check = 0;
    return QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

Result<QString> Validators::snils(const QString &input) {
    const QString field = tr("SNILS");
    const QString digits = digitsOnly(input.trimmed(), QStringLiteral(" -"));
    if (digits.size() != 11)
        return Error{tr("SNILS must have 11 digits, written like 112-233-445 95."), field,
                     tr("Check the number on the SNILS card.")};
    const QString check = snilsCheckDigits(digits.left(9));
    // The check digit rule applies to numbers above 001-001-998.
    if (digits.left(9) > QLatin1String("001001998") && digits.right(2) != check)
        return Error{tr("The SNILS check digits are wrong (%1 expected, %2 given).")
                         .arg(check, digits.right(2)),
                     field, tr("A digit was probably mistyped; check the number on the card.")};
    return digits;
}

Result<QString> Validators::passport(const QString &input) {
    const QString digits = digitsOnly(input.trimmed(), QStringLiteral(" -№"));
    if (digits.size() != 10)
        return Error{tr("A passport number is a series of 4 digits and a number of 6 digits, "
                        "like 45 12 345678."),
                     tr("Passport"), tr("Check the passport's series and number.")};
    return digits;
}

Result<QString> Validators::vin(const QString &input) {
    const QString vin = input.trimmed().toUpper();
    const QString field = tr("VIN");
    if (vin.size() != 17)
        return Error{tr("A VIN has 17 characters; this one has %1.").arg(vin.size()), field,
                     tr("Copy the VIN from the vehicle passport (ЭПТС).")};
    for (const QChar c : vin) {
        const bool allowed = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!allowed)
            return Error{
                tr("A VIN contains only Latin letters and digits; '%1' is not allowed.").arg(c),
                field, tr("Copy the VIN from the vehicle passport (ЭПТС).")};
        if (c == u'I' || c == u'O' || c == u'Q')
            return Error{tr("A VIN never contains the letters I, O or Q (they look like 1 and "
                            "0); found '%1'.")
                             .arg(c),
                         field, tr("Probably 1 or 0 was meant.")};
    }
    return vin;
}

Result<QString> Validators::phone(const QString &input) {
    QString digits = digitsOnly(input.trimmed(), QStringLiteral(" -()+"));
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
        digits[0] = QLatin1Char('7');
    else if (digits.size() == 10)
        digits.prepend(QLatin1Char('7'));
    if (digits.size() != 11 || !digits.startsWith(QLatin1Char('7')))
        return Error{tr("A phone number has 10 digits after +7, like +7 495 123-45-67."),
                     tr("Phone"), tr("Check the number.")};
    return digits;
}

Result<QDate> Validators::date(const QString &input, const QString &field) {
    const QString text = input.trimmed();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression ru(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    int y = 0, m = 0, d = 0;
    if (const auto match = iso.match(text); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto match = ru.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else {
        return Error{tr("'%1' is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.").arg(text),
                     field, QString()};
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return Error{tr("'%1' is not a real calendar date.").arg(text), field,
                     tr("Check the day and the month.")};
    return date;
}

Result<QDate> Validators::birthDate(const QString &input, const QDate &today) {
    const QString field = tr("Birth date");
    auto d = date(input, field);
    if (!d)
        return d;
    if (d.value() > today)
        return Error{tr("The birth date %1 is in the future.").arg(input.trimmed()), field,
                     tr("Check the year.")};
    if (d.value().year() < 1900)
        return Error{tr("The birth date %1 is before 1900.").arg(input.trimmed()), field,
                     tr("Check the year.")};
    return d;
}

Result<double> Validators::area(const QString &input, const QString &field) {
    QString text = input.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return Error{tr("'%1' is not an area in square metres (e.g. 44,5).").arg(input.trimmed()),
                     field, QString()};
    if (value <= 0 || value >= 1000)
        return Error{tr("An area must be above 0 and below 1000 m²; %1 given.").arg(value), field,
                     QString()};
    return value;
}

Status Validators::areas(double total, double living) {
    if (total <= 0)
        return Error{tr("The total area must be above 0 m²."), tr("Total area"), QString()};
    if (living <= 0)
        return Error{tr("The living area must be above 0 m²."), tr("Living area"), QString()};
    if (living > total)
        return Error{tr("The living area (%1 m²) is larger than the total area (%2 m²).")
                         .arg(living)
                         .arg(total),
                     tr("Living area"), tr("The living area is a part of the total area.")};
    return {};
}

Status Validators::rooms(int rooms) {
    if (rooms < 1 || rooms > 7)
        return Error{tr("An apartment has 1 to 7 rooms; %1 given.").arg(rooms), tr("Rooms"),
                     QString()};
    return {};
}

} // namespace nov
