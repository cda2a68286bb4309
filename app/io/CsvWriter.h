#pragma once

#include "Result.h"
#include "io/TextEncoding.h"

#include <QByteArrayView>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace nov {

// Writes CSV the way Excel in a Russian office opens it: ';' between fields, CRLF line ends,
// quotes only where a field needs them, UTF-8 with a BOM or Windows-1251.
class CsvWriter {
public:
    CsvWriter(QIODevice *device, TextEncoding encoding, QChar separator = QLatin1Char(';'));
    ~CsvWriter();

    void writeRow(const QStringList &fields);
    // A row field by field: field() and utf8Field() in order, then endRow().
    void field(const QString &text);
    // A field given as UTF-8 bytes (SQLite's text), quoted and converted on the bytes (no
    // QString in between). The bytes written are those field(QString::fromUtf8(bytes)) writes:
    // what the byte path cannot do the same way (invalid UTF-8, characters Windows-1251 has
    // no plain byte for, UTF-16 output) goes through field().
    void utf8Field(QByteArrayView bytes);
    // Whether the bytes are well-formed UTF-8 (QString::fromUtf8 would put no U+FFFD).
    static bool wellFormedUtf8(QByteArrayView bytes);
    void endRow();
    // Bytes of the file so far, flushed or not (after endRow(): up to the end of that row).
    qint64 size() const { return m_flushed + m_pending.size(); }
    // Characters Windows-1251 cannot hold become '?'; false once writing failed.
    Status finish();

private:
    void begin();
    void encodeSegment();
    bool appendUtf8(QByteArrayView bytes, bool quote);
    void flush();

    QIODevice *m_device;
    TextEncoding m_encoding;
    QStringEncoder m_encoder;
    QChar m_separator;
    QString m_segment; // the row's text since the last byte field, not encoded yet
    QByteArray m_pending;
    qint64 m_flushed = 0;
    int m_field = 0;
    bool m_started = false;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace nov
