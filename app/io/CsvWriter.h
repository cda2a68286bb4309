#pragma once

#include "Result.h"
#include "io/TextEncoding.h"

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
    // Characters Windows-1251 cannot hold become '?'; false once writing failed.
    Status finish();

private:
    void flush();

    QIODevice *m_device;
    QStringEncoder m_encoder;
    QChar m_separator;
    QString m_pending;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace nov
