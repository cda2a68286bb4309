#pragma once

#include "Result.h"
#include "browse/BrowseDefinition.h"
#include "io/TextEncoding.h"

#include <QByteArrayView>
#include <QStringList>
#include <memory>
#include <vector>

namespace nov::exporting {

class RowPark;

// The cells of one row, in one of two shapes: text (CSV) or typed (XLSX). With a park the
// rows go there first, and finish() writes them in the order given.
class Sink {
public:
    virtual ~Sink() = default;
    // Call before header(): the header and rows go to `park` until finish().
    virtual void parkIn(RowPark *park) = 0;
    virtual void header(const QStringList &titles) = 0;
    // `bytes` (may be null): by source column, SQLite's UTF-8 bytes of a text value kept as
    // bytes (RowReader::keepUtf8; then the value in `values` is null), else a null view.
    virtual void row(const BrowseDefinition &page, const QList<int> &columns,
                     const QVariantList &values, const QByteArrayView *bytes, bool full) = 0;
    // After row(), when parking: that row's id.
    virtual void parked(qint64 id) = 0;
    // `order`: the ids in the order to write the parked rows (ignored without a park).
    virtual Status finish(const std::vector<qint64> &order) = 0;
    // Columns (of the page) whose text values the reader hands over as SQLite's UTF-8 bytes
    // (Sink::row's `bytes`), to be written without a QString in between.
    void setByteColumns(std::vector<bool> columns) { m_byteColumns = std::move(columns); }

protected:
    bool byteColumn(int c) const {
        return size_t(c) < m_byteColumns.size() && m_byteColumns[size_t(c)];
    }

private:
    std::vector<bool> m_byteColumns;
};

// A CSV file (CsvWriter's dialect) at `path`, written when finish() succeeds.
Result<std::unique_ptr<Sink>> openCsvSink(const QString &path, TextEncoding encoding);
// An XLSX workbook at `path` with typed dates and numbers; removed unless finish() succeeds.
Result<std::unique_ptr<Sink>> openXlsxSink(const QString &path);

} // namespace nov::exporting
