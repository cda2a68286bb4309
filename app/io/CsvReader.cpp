#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <array>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::CsvReader", text);
}

constexpr qint64 ChunkBytes = 1 << 20;
constexpr qint64 SampleBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options) {}

Status CsvReader::start() {
    if (!m_device || !m_device->isOpen())
        return Error{tr("The file is not open for reading."), QString(), QString()};
    const QByteArray head = m_device->peek(SampleBytes);
    m_encoding =
        m_options.encoding == TextEncoding::Auto ? TextEncodings::detect(head) : m_options.encoding;
    m_decoder = TextEncodings::decoder(m_encoding);
    if (!m_decoder.isValid())
        return Error{tr("This system cannot decode %1 text.").arg(TextEncodings::name(m_encoding)),
                     QString(), tr("Save the file as UTF-8 and import it again.")};
    const int bom = TextEncodings::bomLength(head, m_encoding);
    if (bom > 0) {
        m_device->read(bom);
        m_bytesRead += bom;
    }
    if (!m_options.separator.isNull()) {
        m_separator = m_options.separator;
    } else {
        QStringDecoder sampleDecoder = TextEncodings::decoder(m_encoding);
        m_separator = detectSeparator(sampleDecoder.decode(head.mid(bom)));
    }
    return {};
}

QChar CsvReader::detectSeparator(const QString &sample) {
    const QChar candidates[] = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    QChar best = candidates[0];
    qint64 bestScore = 0;
    for (QChar candidate : candidates) {
        const QList<QStringList> rows = parse(sample, candidate);
        if (rows.isEmpty())
            continue;
        const qsizetype columns = rows.first().size();
        if (columns < 2)
            continue;
        // The last row of a sample may be cut off: do not count it.
        qint64 stable = 0;
        for (qsizetype i = 0; i + 1 < rows.size() || (rows.size() == 1 && i == 0); ++i)
            if (rows.at(i).size() == columns)
                ++stable;
        const qint64 score = stable * 1000 + columns;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QList<QStringList> CsvReader::parse(const QString &text, QChar separator) {
    CsvReader reader(nullptr, {TextEncoding::Utf8, separator});
    reader.m_separator = separator;
    reader.m_buffer = text;
    reader.m_eof = true;
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(record.fields);
    return rows;
}

bool CsvReader::fill() {
    if (m_eof || !m_device)
        return false;
    const QByteArray bytes = m_device->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        m_buffer += m_decoder.decode(QByteArrayView()); // flush a dangling partial character
        return false;
    }
    m_bytesRead += bytes.size();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_encoding == TextEncoding::Windows1251) {
        const std::array<char16_t, 256> &table = TextEncodings::windows1251();
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + bytes.size());
        char16_t *out = reinterpret_cast<char16_t *>(m_buffer.data()) + old;
        for (const char byte : bytes)
            *out++ = table[static_cast<unsigned char>(byte)];
    } else {
        m_buffer += m_decoder.decode(bytes);
    }
    return true;
}

bool CsvReader::next(CsvRecord &record) {
    for (;;) {
        const qsizetype start = m_pos;
        const qint64 line = m_line;
        if (m_pos < m_buffer.size() && parseRecord(record, m_eof)) {
            // blank lines carry no record
            if (record.fields.size() == 1 && record.fields.first().isEmpty() &&
                !record.unterminatedQuote)
                continue;
            return true;
        }
        m_pos = start;
        m_line = line;
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            if (parseRecord(record, true)) {
                if (record.fields.size() == 1 && record.fields.first().isEmpty())
                    continue;
                return true;
            }
            return false;
        }
    }
}

bool CsvReader::parseRecord(CsvRecord &record, bool atEnd) {
    // The strings of the previous record are overwritten in place: no allocation per field
    // for records of the same shape (a copy kept elsewhere is detached, not changed).
    QStringList &fields = record.fields;
    qsizetype count = 0;
    auto put = [&fields, &count](const QChar *text, qsizetype length) {
        if (count < fields.size())
            fields[count].setUnicode(text, length);
        else
            fields.append(QString(text, length));
        ++count;
    };
    record.line = m_line;
    record.unterminatedQuote = false;
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t sep = m_separator.unicode();
    qsizetype i = m_pos;
    qint64 lines = 0;
    for (;;) {
        // one field starting at i
        if (i < size && data[i] == u'"') {
            QString field;
            ++i;
            qsizetype from = i;
            bool closed = false;
            while (i < size) {
                if (data[i] == u'"') {
                    field.append(data + from, i - from);
                    if (i + 1 < size && data[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        from = i;
                        continue;
                    }
                    if (i + 1 >= size && !atEnd)
                        return false; // the next chunk may start with the second quote
                    ++i;
                    closed = true;
                    break;
                }
                if (data[i] == u'\n')
                    ++lines;
                ++i;
            }
            if (!closed) {
                if (!atEnd)
                    return false;
                field.append(data + from, i - from);
                record.unterminatedQuote = true;
            }
            // Text after the closing quote up to the separator belongs to the field (lenient,
            // as Excel reads it).
            const qsizetype rest = i;
            while (i < size && data[i] != sep && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            if (i > rest)
                field.append(data + rest, i - rest);
            if (count < fields.size())
                fields[count] = std::move(field);
            else
                fields.append(std::move(field));
            ++count;
        } else {
            const qsizetype from = i;
            while (i < size && data[i] != sep && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            put(data + from, i - from);
        }
        if (i >= size) {
            if (!atEnd)
                return false;
            break;
        }
        if (data[i] == sep) {
            ++i;
            continue;
        }
        // line end: CRLF, LF or a lone CR
        if (data[i] == u'\r') {
            if (i + 1 >= size && !atEnd)
                return false;
            ++i;
            if (i < size && data[i] == u'\n')
                ++i;
        } else {
            ++i;
        }
        ++lines;
        break;
    }
    fields.resize(count);
    m_pos = i;
    m_line += lines;
    return true;
}

} // namespace nov
