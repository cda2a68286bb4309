#include "SearchText.h"

#include "Records.h"

#include <QStringList>

namespace nov {

QString SearchText::nameKey(const QString &typed) {
    const QStringList words = typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    const bool surnameEnded = typed.back().isSpace();
    if (words.size() == 1) {
        QString key = db::ResidentRecord::nameKey(words.first(), QString()); // 'LAST '
        if (!surnameEnded)
            key.chop(1);
        return key;
    }
    return db::ResidentRecord::nameKey(words.first(), words.mid(1).join(QLatin1Char(' ')));
}

QPair<QString, QString> SearchText::prefixRange(const QString &prefix) {
    if (prefix.isEmpty())
        return {QString(), QString()};
    QString upper = prefix;
    upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    return {prefix, upper};
}

QString SearchText::digits(const QString &typed) {
    QString result;
    for (QChar c : typed)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            result += c;
    return result;
}

QString SearchText::containsPattern(const QString &typed) {
    QString pattern;
    for (QChar c : typed.simplified()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QString SearchText::capitalised(const QString &typed) {
    QStringList words = typed.split(QLatin1Char(' '));
    for (QString &word : words) {
        // abbreviations keep their case: 'ул.', 'д.', 'пр.'
        if (!word.isEmpty() && word.front().isLetter() && !word.endsWith(QLatin1Char('.')))
            word.front() = word.front().toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace nov
