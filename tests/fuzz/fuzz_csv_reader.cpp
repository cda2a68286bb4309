// Fuzz target for the CSV reader: any bytes, any encoding and separator choice, must read to
// the end without crashing, and every record must come out of the bytes read.
#include "io/CsvReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const nov::TextEncoding encodings[] = {nov::TextEncoding::Auto, nov::TextEncoding::Utf8,
                                           nov::TextEncoding::Windows1251,
                                           nov::TextEncoding::Utf16LE, nov::TextEncoding::Utf16BE};
    const char separators[] = {0, ';', ',', '\t'};
    const uint8_t choice = data[0];
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    buffer.open(QIODevice::ReadOnly);
    nov::CsvReader reader(
        &buffer, {encodings[choice % 5], separators[(choice / 5) % 4]
                                             ? QChar(QLatin1Char(separators[(choice / 5) % 4]))
                                             : QChar()});
    if (!reader.start())
        return 0;
    nov::CsvRecord record;
    qint64 records = 0;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.fields.isEmpty() || record.line < lastLine)
            __builtin_trap();
        lastLine = record.line;
        if (++records > qint64(size) + 1) // each record consumes at least one byte
            __builtin_trap();
    }
    return 0;
}
