#include "Validators.h"

#include <QCoreApplication>

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

int snilsCheck(QStringView nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nineDigits.at(i).digitValue() * (9 - i);
    int check = sum;
    if (sum > 101)
        check = sum % 101;
    if (check == 100 || check == 101)
        check = 0;
    return check;
}

// The value of 1 to `most` ASCII digits, or -1.
int asciiNumber(QStringView text, qsizetype most) {
    if (text.isEmpty() || text.size() > most)
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// YYYY-MM-DD or D.M.YYYY (day and month of one or two digits) into its numbers; false when
// the text has neither shape. A million-row import parses dates by hand: the regular
// expressions it used took a tenth of the import's time.
bool dateParts(QStringView text, int &y, int &m, int &d) {
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        y = asciiNumber(text.mid(0, 4), 4);
        m = asciiNumber(text.mid(5, 2), 2);
        d = asciiNumber(text.mid(8, 2), 2);
        return y >= 0 && m >= 0 && d >= 0 && text.mid(5, 2).size() == 2;
    }
    const qsizetype first = text.indexOf(u'.');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'.', first + 1);
    if (second < 0 || text.size() - second - 1 != 4)
        return false;
    d = asciiNumber(text.first(first), 2);
    m = asciiNumber(text.sliced(first + 1, second - first - 1), 2);
    y = asciiNumber(text.sliced(second + 1), 4);
    return d >= 0 && m >= 0 && y >= 0;
}

} // namespace

QString Validators::snilsCheckDigits(const QString &nineDigits) {
    return QStringLiteral("%1").arg(snilsCheck(nineDigits), 2, 10, QLatin1Char('0'));
}

Result<QString> Validators::snils(const QString &input) {
    const QString digits = digitsOnly(input.trimmed(), QStringLiteral(" -"));
    if (digits.size() != 11)
        return Error{tr("SNILS must have 11 digits, written like 112-233-445 95."), tr("SNILS"),
                     tr("Check the number on the SNILS card.")};
    const QStringView nine = QStringView(digits).first(9);
    const int given = asciiNumber(QStringView(digits).sliced(9), 2);
    // The check digit rule applies to numbers above 001-001-998.
    if (nine > QLatin1String("001001998") && given != snilsCheck(nine)) {
        const QString check = snilsCheckDigits(digits.left(9));
        return Error{tr("The SNILS check digits are wrong (%1 expected, %2 given).")
                         .arg(check, digits.right(2)),
                     tr("SNILS"),
                     tr("A digit was probably mistyped; check the number on the card.")};
    }
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
    int y = 0, m = 0, d = 0;
    if (!dateParts(text, y, m, d)) {
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
    // The field's name is translated only for a problem (a million rows ask for it otherwise).
    int y = 0, m = 0, dd = 0;
    const QString text = input.trimmed();
    const QDate parsed = dateParts(text, y, m, dd) ? QDate(y, m, dd) : QDate();
    auto d = parsed.isValid() ? Result<QDate>(parsed) : date(input, tr("Birth date"));
    if (!d)
        return d;
    if (d.value() > today)
        return Error{tr("The birth date %1 is in the future.").arg(text), tr("Birth date"),
                     tr("Check the year.")};
    if (d.value().year() < 1900)
        return Error{tr("The birth date %1 is before 1900.").arg(text), tr("Birth date"),
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
