#include "io/CsvWriter.h"
#include "io/ExportCells.h"
#include "io/ExportSinks.h"
#include "io/RowPark.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace nov::exporting {

namespace {

class CsvSink : public Sink {
public:
    CsvSink(const QString &path, TextEncoding encoding)
        : m_file(path)
        , m_encoding(encoding) {}
    Status open() {
        if (!m_file.open(QIODevice::WriteOnly))
            return Error{
                QCoreApplication::translate("nov::TableExporter", "The file cannot be written."),
                m_file.fileName(), m_file.errorString()};
        m_writer = std::make_unique<CsvWriter>(&m_file, m_encoding);
        return {};
    }
    // The CSV text (BOM, header, rows) goes to the park as the file would have it; finish()
    // copies the head and then the rows in order.
    void parkIn(RowPark *park) override {
        m_park = park;
        m_writer = std::make_unique<CsvWriter>(park->device(), m_encoding);
    }
    void header(const QStringList &titles) override {
        m_writer->writeRow(titles);
        if (m_park)
            m_park->startRows(m_writer->size());
    }
    void row(const BrowseDefinition &page, const QList<int> &columns, const QVariantList &values,
             const QByteArrayView *bytes, bool full) override {
        for (int c : columns) {
            if (bytes && byteColumn(c)) {
                const QByteArrayView text = bytes[page.columns.at(c).sourceIndex];
                if (text.data()) {
                    if (!byteCell(page.columns.at(c).format, text, full))
                        m_writer->field(
                            cellText(page, c, QVariant(QString::fromUtf8(text)), values, full));
                    continue;
                }
            }
            m_writer->field(csvText(page, c, values, full));
        }
        m_writer->endRow();
    }
    void parked(qint64 id) override { m_park->endRow(id, m_writer->size()); }
    Status finish(const std::vector<qint64> &order) override {
        NOV_RETURN_IF_ERROR(m_writer->finish());
        if (m_park) {
            NOV_RETURN_IF_ERROR(m_park->map());
            QByteArray out;
            out.reserve(kChunk + 64 * 1024);
            out.append(m_park->head());
            bool written = true;
            for (qint64 id : order) {
                out.append(m_park->row(id));
                if (out.size() >= kChunk) {
                    written = written && m_file.write(out) == out.size();
                    out.resize(0);
                }
            }
            written = written && m_file.write(out) == out.size();
            if (!written)
                return Error{QCoreApplication::translate("nov::TableExporter",
                                                         "The file cannot be written."),
                             m_file.fileName(), m_file.errorString()};
        }
        if (!m_file.commit())
            return Error{
                QCoreApplication::translate("nov::TableExporter", "The file cannot be written."),
                m_file.fileName(), m_file.errorString()};
        return {};
    }

private:
    // A cell of a byteFormat() column written from its UTF-8 bytes, as cellText() writes it
    // (dates as dd.mm.yyyy, personal data formatted or masked); false when the bytes have
    // another shape than the usual one (then the caller goes the QString way).
    bool byteCell(Format format, QByteArrayView b, bool full) {
        if (format == Format::Text) {
            m_writer->utf8Field(b);
            return true;
        }
        if (format == Format::Date) {
            int year = 0, month = 0, day = 0;
            if (!isoDateBytes(b, year, month, day))
                return false;
            const char out[10] = {b[8], b[9], '.', b[5], b[6], '.', b[0], b[1], b[2], b[3]};
            m_writer->utf8Field(QByteArrayView(out, 10));
            return true;
        }
        char out[24];
        int n = 0;
        if (!personalBytes(format, full, b, out, n))
            return false;
        m_writer->utf8Field(QByteArrayView(out, n));
        return true;
    }

    static constexpr qsizetype kChunk = 1024 * 1024;
    QSaveFile m_file;
    TextEncoding m_encoding;
    std::unique_ptr<CsvWriter> m_writer;
    RowPark *m_park = nullptr;
};

} // namespace

Result<std::unique_ptr<Sink>> openCsvSink(const QString &path, TextEncoding encoding) {
    auto sink = std::make_unique<CsvSink>(path, encoding);
    NOV_RETURN_IF_ERROR(sink->open());
    return std::unique_ptr<Sink>(std::move(sink));
}

} // namespace nov::exporting
