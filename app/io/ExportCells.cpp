#include "io/ExportCells.h"

#include "SqlValues.h"
#include "domain/PersonalData.h"
#include "i18n/Formats.h"

namespace nov::exporting {

namespace {

QString personal(Format format, const QString &digits, bool full) {
    switch (format) {
    case Format::Snils:
        return full ? PersonalData::formatSnils(digits) : PersonalData::maskSnils(digits);
    case Format::Passport:
        return full ? PersonalData::formatPassport(digits) : PersonalData::maskPassport(digits);
    default:
        return full ? PersonalData::formatPhone(digits) : PersonalData::maskPhone(digits);
    }
}

// dd.mm.yyyy without QDate::toString's formatter.
QString russianDate(const QDate &date) {
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return Formats::date(date);
    const char16_t text[10] = {
        char16_t(u'0' + d / 10),        char16_t(u'0' + d % 10),       u'.',
        char16_t(u'0' + m / 10),        char16_t(u'0' + m % 10),       u'.',
        char16_t(u'0' + y / 1000 % 10), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
        char16_t(u'0' + y % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace

QDate isoDate(const QVariant &value) {
    if (value.typeId() == QMetaType::QString) {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
            int parts[3] = {0, 0, 0};
            const int from[3] = {0, 5, 8}, length[3] = {4, 2, 2};
            bool digits = true;
            for (int p = 0; p < 3 && digits; ++p)
                for (int i = from[p]; i < from[p] + length[p]; ++i) {
                    const char16_t c = text.at(i).unicode();
                    digits = digits && c >= u'0' && c <= u'9';
                    parts[p] = parts[p] * 10 + (c - u'0');
                }
            if (digits)
                return QDate(parts[0], parts[1], parts[2]);
        }
    }
    return db::sql::toDate(value);
}

QString cellText(const BrowseDefinition &page, int column, const QVariant &value,
                 const QVariantList &row, bool full) {
    const BrowseDefinition::Column &c = page.columns.at(column);
    if (value.isNull())
        return QString();
    const Format format = c.format;
    switch (format) {
    case Format::Text:
        return value.toString();
    case Format::Date: {
        const QDate date = isoDate(value);
        return date.isValid() ? russianDate(date) : value.toString();
    }
    case Format::Number:
        return QString::number(value.toLongLong());
    case Format::Area:
        return QString::number(value.toDouble(), 'f', 1)
            .replace(QLatin1Char('.'), QLatin1Char(','));
    case Format::Snils:
    case Format::Passport:
    case Format::Phone:
        return personal(format, value.toString(), full);
    case Format::Label: {
        const QString text = value.toString();
        return c.labels.value(text, text);
    }
    default:
        return page.display(column, row);
    }
}

QString csvText(const BrowseDefinition &page, int column, const QVariantList &row, bool full) {
    const BrowseDefinition::Column &c = page.columns.at(column);
    return cellText(page, column, c.compute ? page.raw(column, row) : row.value(c.sourceIndex), row,
                    full);
}

bool byteFormat(Format format) {
    return format == Format::Text || format == Format::Date || format == Format::Snils ||
           format == Format::Passport || format == Format::Phone;
}

bool isoDateBytes(QByteArrayView b, int &year, int &month, int &day) {
    if (b.size() != 10 || b[4] != '-' || b[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8}, length[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int i = from[p]; i < from[p] + length[p]; ++i) {
            if (b[i] < '0' || b[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (b[i] - '0');
        }
    year = parts[0];
    month = parts[1];
    day = parts[2];
    return year >= 1000 && QDate::isValid(year, month, day);
}

bool personalBytes(Format format, bool full, QByteArrayView b, char (&out)[24], int &n) {
    const char *pattern = nullptr;
    switch (format) {
    case Format::Snils: // formatSnils / maskSnils
        pattern = full ? "###-###-### ##" : "***-***-### ##";
        break;
    case Format::Passport: // formatPassport / maskPassport
        pattern = full ? "## ## ######" : "** ** ***###";
        break;
    case Format::Phone: // formatPhone / maskPhone
        pattern = full ? "+# ### ###-##-##" : "+# *** ***-##-##";
        break;
    default:
        return false;
    }
    n = 0;
    qsizetype at = 0;
    for (; *pattern; ++pattern) {
        if (*pattern == '#' || *pattern == '*') {
            if (at == b.size() || uchar(b[at]) >= 0x80)
                return false; // sizes count characters
            out[n++] = *pattern == '#' ? b[at] : '*';
            ++at;
        } else {
            out[n++] = *pattern;
        }
    }
    return at == b.size();
}

} // namespace nov::exporting
