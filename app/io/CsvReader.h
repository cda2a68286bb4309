#pragma once

#include "Result.h"
#include "io/TextEncoding.h"

#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace nov {

// One record of a CSV file: its fields and where it starts in the file.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;                // physical line (1-based) where the record starts
    bool unterminatedQuote = false; // the file ended inside a quoted field
};

// Reads RFC 4180 CSV as it comes from office spreadsheets, streaming: quoted fields with
// separators, doubled quotes and line breaks inside, CRLF or LF line ends, any of the
// encodings of TextEncoding. Blank lines are skipped. Memory stays at a chunk plus one record.
//
//     CsvReader reader(&file, {TextEncoding::Auto, QChar()});
//     if (Status s = reader.start(); !s) …
//     CsvRecord record;
//     while (reader.next(record)) …
class CsvReader {
public:
    struct Options {
        TextEncoding encoding = TextEncoding::Auto;
        QChar separator; // null: detect among ; , Tab
    };

    CsvReader(QIODevice *device, Options options);

    // Reads the head of the file, settles the encoding and the separator.
    Status start();
    // False at the end of the file.
    bool next(CsvRecord &record);

    TextEncoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    qint64 bytesRead() const { return m_bytesRead; }

    // The separator giving the most lines with the same number of fields (more than one)
    // in `sample`; ';' when nothing tells.
    static QChar detectSeparator(const QString &sample);
    // Splits a whole text (tests, previews).
    static QList<QStringList> parse(const QString &text, QChar separator);

private:
    bool fill();
    // Parses one record from m_buffer at m_pos; false when the buffer ends first (and more
    // input may follow).
    bool parseRecord(CsvRecord &record, bool atEnd);

    QIODevice *m_device;
    Options m_options;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_separator = QLatin1Char(';');
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
};

} // namespace nov
