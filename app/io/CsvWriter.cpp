#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace nov {

namespace {

constexpr qsizetype FlushChars = 256 * 1024;

QStringEncoder encoderFor(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Windows1251:
        return QStringEncoder("windows-1251");
    case TextEncoding::Utf16LE:
        return QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    case TextEncoding::Utf16BE:
        return QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    default:
        // Excel takes a file for UTF-8 only when it starts with the BOM.
        return QStringEncoder(QStringEncoder::Utf8, QStringEncoder::Flag::WriteBom);
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, TextEncoding encoding, QChar separator)
    : m_device(device)
    , m_encoder(encoderFor(encoding))
    , m_separator(separator) {
    m_pending.reserve(FlushChars + 4096);
}

CsvWriter::~CsvWriter() {
    if (!m_finished)
        flush();
}

void CsvWriter::writeRow(const QStringList &fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_pending += m_separator;
        const QString &field = fields.at(i);
        bool quote = false;
        for (const QChar c : field) {
            if (c == m_separator || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_pending += field;
            continue;
        }
        m_pending += u'"';
        for (const QChar c : field) {
            if (c == u'"')
                m_pending += u'"';
            m_pending += c;
        }
        m_pending += u'"';
    }
    m_pending += QLatin1String("\r\n");
    if (m_pending.size() >= FlushChars)
        flush();
}

void CsvWriter::flush() {
    if (m_pending.isEmpty() || m_failed)
        return;
    const QByteArray bytes = m_encoder.encode(m_pending);
    m_pending.clear();
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
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
