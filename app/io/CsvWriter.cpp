#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace nov {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;

QStringEncoder encoderFor(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Windows1251:
        return QStringEncoder("windows-1251");
    case TextEncoding::Utf16LE:
        return QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    case TextEncoding::Utf16BE:
        return QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    default:
        // UTF-8's BOM is written by begin(): byte fields may come before any encoded text.
        return QStringEncoder(QStringEncoder::Utf8);
    }
}

bool byteFields(TextEncoding encoding) {
    return encoding == TextEncoding::Windows1251 || encoding == TextEncoding::Utf8 ||
           encoding == TextEncoding::Auto;
}

// The length of the well-formed UTF-8 sequence at `s` (lead byte >= 0x80), 0 if it is not
// one (overlong forms, surrogates, beyond U+10FFFF, cut short): Qt's decoder would put U+FFFD.
int utf8Sequence(const unsigned char *s, const unsigned char *end, char32_t &code) {
    const unsigned char c = s[0];
    int length = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        code = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        code = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        code = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - s < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (s[i] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

// Whether the bytes are well-formed UTF-8 throughout (QString::fromUtf8 would put no U+FFFD).
bool wellFormed(const unsigned char *s, const unsigned char *end) {
    while (s < end) {
        const unsigned char c = *s;
        if (c < 0x80) {
            ++s;
        } else if (c >= 0xC2 && c <= 0xDF && end - s >= 2 && (s[1] & 0xC0) == 0x80) {
            s += 2; // Cyrillic and the rest of the two-byte range
        } else {
            char32_t code = 0;
            const int length = utf8Sequence(s, end, code);
            if (length == 0)
                return false;
            s += length;
        }
    }
    return true;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, TextEncoding encoding, QChar separator)
    : m_device(device)
    , m_encoding(encoding)
    , m_encoder(encoderFor(encoding))
    , m_separator(separator) {
    m_pending.reserve(FlushBytes + 64 * 1024);
}

CsvWriter::~CsvWriter() {
    if (!m_finished)
        flush();
}

void CsvWriter::begin() {
    if (m_started)
        return;
    m_started = true;
    // Excel takes a file for UTF-8 only when it starts with the BOM.
    if (m_encoding != TextEncoding::Windows1251 && m_encoding != TextEncoding::Utf16LE &&
        m_encoding != TextEncoding::Utf16BE)
        m_pending.append("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList &fields) {
    for (const QString &text : fields)
        field(text);
    endRow();
}

void CsvWriter::field(const QString &text) {
    begin();
    if (m_field++ > 0)
        m_segment += m_separator;
    bool quote = false;
    for (const QChar c : text) {
        if (c == m_separator || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_segment += text;
        return;
    }
    m_segment += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            m_segment += u'"';
        m_segment += c;
    }
    m_segment += u'"';
}

bool CsvWriter::wellFormedUtf8(QByteArrayView bytes) {
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    return wellFormed(s, s + bytes.size());
}

void CsvWriter::utf8Field(QByteArrayView bytes) {
    const char separator = m_separator.unicode() < 0x80 ? char(m_separator.unicode()) : '\0';
    if (!byteFields(m_encoding) || separator == '\0') {
        field(QString::fromUtf8(bytes));
        return;
    }
    bool quote = false;
    for (const char c : bytes) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    begin();
    encodeSegment(); // the text before this field, so that the bytes follow it
    if (m_field > 0)
        m_pending += separator; // the same byte in UTF-8 and Windows-1251
    const qsizetype before = m_pending.size();
    if (appendUtf8(bytes, quote)) {
        ++m_field;
        return;
    }
    m_pending.truncate(before);
    // the separator went out already: field() must not add another
    const int count = m_field;
    m_field = 0;
    field(QString::fromUtf8(bytes));
    m_field = count + 1;
}

bool CsvWriter::appendUtf8(QByteArrayView bytes, bool quote) {
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = s + bytes.size();
    const bool cp1251 = m_encoding == TextEncoding::Windows1251;
    if (!cp1251 && !quote) { // UTF-8 as it is: checked, then copied in one go
        if (!wellFormed(s, end))
            return false;
        m_pending.append(bytes.data(), bytes.size());
        return true;
    }
    const std::array<int16_t, 65536> *table = cp1251 ? &TextEncodings::toWindows1251() : nullptr;
    const qsizetype before = m_pending.size();
    m_pending.resize(before + 2 * bytes.size() + 2); // every byte a doubled quote, at most
    char *out = m_pending.data() + before;
    if (quote)
        *out++ = '"';
    while (s < end) {
        const unsigned char c = *s;
        if (c < 0x80) {
            if (cp1251 && (*table)[c] != c)
                return false;
            if (quote && c == '"')
                *out++ = '"';
            *out++ = char(c);
            ++s;
            continue;
        }
        char32_t code = 0;
        const int length = utf8Sequence(s, end, code);
        if (length == 0)
            return false;
        if (cp1251) {
            if (code > 0xFFFF || (*table)[code] < 0)
                return false;
            *out++ = char((*table)[code]);
        } else {
            for (int i = 0; i < length; ++i)
                *out++ = char(s[i]);
        }
        s += length;
    }
    if (quote)
        *out++ = '"';
    m_pending.resize(out - m_pending.constData());
    return true;
}

void CsvWriter::endRow() {
    begin();
    if (m_segment.isEmpty() && byteFields(m_encoding))
        m_pending += "\r\n"; // after a byte field: no text to encode
    else
        m_segment += QLatin1String("\r\n");
    encodeSegment();
    m_field = 0;
    if (m_pending.size() >= FlushBytes)
        flush();
}

// The segment always ends with a separator or the line end, so encoding it apart from the
// rest of the row gives the bytes encoding the whole row would.
void CsvWriter::encodeSegment() {
    if (m_segment.isEmpty())
        return;
    if (m_encoding == TextEncoding::Windows1251) {
        const std::array<int16_t, 65536> &table = TextEncodings::toWindows1251();
        const qsizetype before = m_pending.size();
        m_pending.resize(before + m_segment.size());
        char *out = m_pending.data() + before;
        bool plain = true;
        for (const QChar c : std::as_const(m_segment)) {
            const int16_t b = table[c.unicode()];
            if (b < 0) {
                plain = false;
                break;
            }
            *out++ = char(b);
        }
        if (!plain) {
            m_pending.truncate(before);
            m_pending += m_encoder.encode(m_segment);
        }
    } else if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Auto) {
        const qsizetype before = m_pending.size();
        m_pending.resize(before + m_encoder.requiredSpace(m_segment.size()));
        char *end = m_encoder.appendToBuffer(m_pending.data() + before, m_segment);
        m_pending.resize(end - m_pending.constData());
    } else {
        m_pending += m_encoder.encode(m_segment);
    }
    m_segment.resize(0); // keeps its capacity
}

void CsvWriter::flush() {
    encodeSegment();
    if (m_pending.isEmpty() || m_failed)
        return;
    if (m_device->write(m_pending) != m_pending.size())
        m_failed = true;
    m_flushed += m_pending.size();
    m_pending.resize(0);
}

Status CsvWriter::finish() {
    flush();
    m_finished = true;
    if (m_failed || !m_encoder.isValid())
        return Error{
            QCoreApplication::translate("nov::CsvWriter", "The file could not be written."),
            m_device->errorString(),
            QCoreApplication::translate("nov::CsvWriter",
                                        "Check the free space and the folder's rights.")};
    return {};
}

} // namespace nov
