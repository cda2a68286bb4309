#include "io/TextEncoding.h"

#include <QStringEncoder>

namespace nov {

std::optional<TextEncoding> TextEncodings::fromName(const QString &name) {
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n.isEmpty() || n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1String("windows1251") || n == QLatin1String("cp1251") ||
        n == QLatin1String("1251"))
        return TextEncoding::Windows1251;
    return std::nullopt;
}

QString TextEncodings::name(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1251:
        return QStringLiteral("windows-1251");
    }
    return QString();
}

TextEncoding TextEncodings::detect(const QByteArray &head) {
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    // A multi-byte sequence may be cut at the end of the sample: drop an incomplete tail.
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= 3 && end - back >= 0; ++back) {
        const auto c = static_cast<unsigned char>(head.at(end - back));
        if ((c & 0xC0) == 0xC0) { // lead byte: is its sequence complete?
            const int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
            if (need > back)
                end -= back;
            break;
        }
        if ((c & 0x80) == 0)
            break;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(QByteArrayView(head.constData(), end));
    Q_UNUSED(text);
    return utf8.hasError() ? TextEncoding::Windows1251 : TextEncoding::Utf8;
}

int TextEncodings::bomLength(const QByteArray &head, TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return head.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return head.startsWith("\xFE\xFF") ? 2 : 0;
    default:
        return 0;
    }
}

QStringDecoder TextEncodings::decoder(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case TextEncoding::Windows1251:
        // Qt 6.4 on Debian reaches it through ICU; isValid() is checked by the reader.
        return QStringDecoder("windows-1251");
    default:
        return QStringDecoder(QStringDecoder::Utf8);
    }
}

const std::array<char16_t, 256> &TextEncodings::windows1251() {
    static const std::array<char16_t, 256> table = [] {
        std::array<char16_t, 256> t{};
        for (int b = 0; b < 256; ++b) {
            QStringDecoder decoder = TextEncodings::decoder(TextEncoding::Windows1251);
            const char byte = char(b);
            const QString text = decoder.decode(QByteArrayView(&byte, 1));
            t[size_t(b)] = text.size() == 1 ? text.at(0).unicode() : char16_t(0xFFFD);
        }
        return t;
    }();
    return table;
}

const std::array<int16_t, 65536> &TextEncodings::toWindows1251() {
    static const std::array<int16_t, 65536> table = [] {
        std::array<int16_t, 65536> t;
        t.fill(-1);
        const std::array<char16_t, 256> &from = windows1251();
        for (int b = 0; b < 256; ++b) {
            const char16_t c = from[size_t(b)];
            if (c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF))
                continue;
            // only what the encoder itself writes as this one byte (the export's bytes must not
            // depend on which of the two wrote them)
            QStringEncoder encoder("windows-1251");
            const QByteArray bytes = encoder.encode(QStringView(&c, 1));
            if (encoder.isValid() && !encoder.hasError() && bytes.size() == 1 &&
                static_cast<unsigned char>(bytes.at(0)) == b)
                t[c] = int16_t(b);
        }
        return t;
    }();
    return table;
}

} // namespace nov
