#include "io/TableExporter.h"

#include "Database.h"
#include "RowReader.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "io/ExportCells.h"
#include "io/ExportSinks.h"
#include "io/RowPark.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <algorithm>
#include <vector>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::TableExporter", text);
}

using exporting::RowPark;
using exporting::Sink;

// How SQLite reads for an export, for its duration. The list's pages through a memory map: a
// million rows in the list's order were a million random look-ups, and read() calls cost 2 s
// of system time. What SQLite still sorts (keys for a large export's order, whole rows on the
// one-statement way) spills to temporary files rather than memory (temp_store can only change
// outside a transaction and drops the connection's temporary tables, so this comes before the
// query makes its own; an export has its connection to itself).
class ExportReads {
public:
    explicit ExportReads(db::Database &db)
        : m_db(db) {
        if (m_db.backend() != db::Backend::Sqlite)
            return;
        m_mapped = m_db.execute(QStringLiteral("PRAGMA mmap_size = 4294967296")).ok(); // 4 GiB
        m_fileSort = m_db.execute(QStringLiteral("PRAGMA temp_store = FILE")).ok();
    }
    ~ExportReads() {
        if (m_mapped)
            (void)m_db.execute(QStringLiteral("PRAGMA mmap_size = 0"));
        if (m_fileSort)
            (void)m_db.execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }

private:
    db::Database &m_db;
    bool m_mapped = false;
    bool m_fileSort = false;
};

} // namespace

std::optional<TableExporter::Format> TableExporter::formatFromName(const QString &name) {
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

Result<qint64> TableExporter::exportTo(const Actor &actor, const BrowseDefinition &page,
                                       const Options &options, const QString &path,
                                       const Progress &progress) {
    QList<int> columns;
    for (int i = 0; i < page.columns.size(); ++i) {
        const bool wanted = options.columns.isEmpty()
                                ? page.columns.at(i).shownByDefault
                                : options.columns.contains(page.columns.at(i).key);
        if (wanted)
            columns << i;
    }
    if (columns.isEmpty())
        return Error{tr("No columns to export."), page.title, tr("Show at least one column.")};
    ExportReads reads(m_db);
    auto query = page.query(options.request);
    if (!query)
        return query.error();
    auto total = query->count(m_db);
    if (!total)
        return total.error();
    if (options.format == Format::Xlsx && total.value() > XlsxMaxRows)
        return Error{tr("%1 rows do not fit on an Excel sheet (at most %2).")
                         .arg(total.value())
                         .arg(XlsxMaxRows),
                     page.title, tr("Narrow the list with a filter, or export to CSV.")};

    const bool full = actor.can(Permission::RevealPersonalData);
    // One forward-only statement over the rows, reading only the source columns the chosen
    // columns need (paging by keys took two statements per 5,000 rows and every column).
    const int sourceColumns = int(page.source->columns.size());
    QList<int> needed;
    {
        std::vector<bool> wanted(size_t(sourceColumns), false);
        auto want = [&](int index) {
            if (index >= 0 && index < sourceColumns)
                wanted[size_t(index)] = true;
        };
        for (int c : columns) {
            const BrowseDefinition::Column &column = page.columns.at(c);
            if (column.compute)
                for (int index : column.inputIndexes)
                    want(index);
            else
                want(column.sourceIndex);
        }
        for (int i = 0; i < sourceColumns; ++i)
            if (wanted[size_t(i)])
                needed << i;
    }
    // SQLite: the rows are read on a second thread while this one formats and writes them.
    // A large share of the table is read in stored order with the ids in the list's order
    // beside it (PageQuery::prepareSplit), and the rows put in order through a park.
    db::RowReader reader(m_db);
    std::optional<db::PageQuery::SplitStatements> split;
    std::optional<db::PageQuery::Statement> all;
    if (reader.available()) {
        if (options.parkAndOrder) {
            auto parts = query->prepareSplit(m_db, needed);
            if (!parts)
                return parts.error();
            split = std::move(parts.value());
        }
        if (!split) {
            auto one = query->prepareAll(m_db, needed);
            if (!one)
                return one.error();
            all = std::move(one.value());
        }
    }
    const int first = split ? 1 : 0; // the id comes first in the split's rows

    // Declared before the sink, so it outlives it: a sink writing into the park (a CSV
    // writer flushes what it holds when it is destroyed, as on a cancel) never outlives it.
    RowPark park;
    auto opened = options.format == Format::Csv ? exporting::openCsvSink(path, options.encoding)
                                                : exporting::openXlsxSink(path);
    if (!opened)
        return opened.error();
    const std::unique_ptr<Sink> sink = std::move(opened).value();
    if (split) {
        NOV_RETURN_IF_ERROR(park.open());
        sink->parkIn(&park);
    }
    QStringList titles;
    for (int c : columns)
        titles << page.columns.at(c).title;
    sink->header(titles);
    QVariantList values(sourceColumns);
    std::vector<QByteArrayView> bytes(static_cast<size_t>(sourceColumns)); // see Sink::row
    const QByteArrayView *rowBytes = nullptr;
    qint64 written = 0;
    const Error cancelled{tr("The export was cancelled."), page.title, QString()};
    auto put = [&] {
        sink->row(page, columns, values, rowBytes, full);
        ++written;
        return !progress || written % options.pageRows != 0 || progress(written, total.value());
    };
    std::vector<qint64> order;
    if (reader.available()) {
        // Text, date and personal data columns go from SQLite's bytes to the file's (the
        // sinks' byteCell, CsvWriter::utf8Field); a source column qualifies only when
        // every chosen column reading it has one of these formats (not a label, number, area,
        // nor the input of a computed column).
        if (options.textFromBytes) {
            std::vector<int> plain(size_t(sourceColumns), 0); // 1 plain, -1 not
            for (int c : columns) {
                const BrowseDefinition::Column &column = page.columns.at(c);
                if (column.compute) {
                    for (int index : column.inputIndexes)
                        if (index >= 0 && index < sourceColumns)
                            plain[size_t(index)] = -1;
                } else if (column.sourceIndex >= 0 && column.sourceIndex < sourceColumns) {
                    int &p = plain[size_t(column.sourceIndex)];
                    p = exporting::byteFormat(column.format) && p != -1 ? 1 : -1;
                }
            }
            std::vector<bool> bytePositions(size_t(first + needed.size()), false);
            for (int i = 0; i < needed.size(); ++i)
                bytePositions[size_t(first + i)] = plain[size_t(needed.at(i))] == 1;
            std::vector<bool> byteColumns(size_t(page.columns.size()), false);
            for (int c : columns) {
                const BrowseDefinition::Column &column = page.columns.at(c);
                byteColumns[size_t(c)] = !column.compute && column.sourceIndex >= 0 &&
                                         column.sourceIndex < sourceColumns &&
                                         plain[size_t(column.sourceIndex)] == 1;
            }
            reader.keepUtf8(std::move(bytePositions));
            sink->setByteColumns(std::move(byteColumns));
        }
        NOV_RETURN_IF_ERROR(split ? reader.start(split->order.sql, split->order.values,
                                                 split->rows.sql, split->rows.values)
                                  : reader.start(all->sql, all->values));
        db::RowReader::Batch batch;
        while (reader.next(batch)) {
            for (size_t r = 0, rows = batch.rows(); r < rows; ++r) {
                QVariant *row = batch.row(r);
                for (int i = 0; i < needed.size(); ++i)
                    values[needed.at(i)] = std::move(row[first + i]);
                if (const QByteArrayView *text = batch.rowBytes(r)) {
                    for (int i = 0; i < needed.size(); ++i)
                        bytes[size_t(needed.at(i))] = text[first + i];
                    rowBytes = bytes.data();
                }
                if (!put())
                    return cancelled; // the reader stops on its way out
                if (split)
                    sink->parked(row[0].toLongLong());
            }
        }
        if (Status s = reader.finish(); !s)
            return s.error();
        order = reader.order();
    } else {
        auto rows = query->runAll(m_db, needed);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            for (int i = 0; i < needed.size(); ++i)
                values[needed.at(i)] = rows->value(i);
            if (!put())
                return cancelled;
        }
        if (rows->lastError().isValid())
            return db::Database::errorFrom(rows->lastError(), page.title);
        rows->finish();
    }
    if (progress && !progress(written, total.value()))
        return cancelled;
    query->dropScopeTable(m_db);
    if (split) // the rows in the file: those of the order with a parked row
        written =
            std::count_if(order.begin(), order.end(), [&park](qint64 id) { return park.has(id); });
    NOV_RETURN_IF_ERROR(sink->finish(order));

    QJsonArray columnKeys;
    for (int c : columns)
        columnKeys.append(page.columns.at(c).key);
    const BrowseRequest &r = options.request;
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                        {QStringLiteral("format"), options.format == Format::Csv
                                                       ? QStringLiteral("csv")
                                                       : QStringLiteral("xlsx")},
                        {QStringLiteral("rows"), written},
                        {QStringLiteral("columns"), columnKeys},
                        {QStringLiteral("personal_data"),
                         full ? QStringLiteral("full") : QStringLiteral("masked")}};
    if (!r.searchText.isEmpty())
        details.insert(QStringLiteral("search"), r.searchText);
    if (!r.okrug.isEmpty())
        details.insert(QStringLiteral("okrug"), r.okrug);
    if (r.districtId > 0)
        details.insert(QStringLiteral("district"), r.districtId);
    if (!r.status.isEmpty())
        details.insert(QStringLiteral("status"), r.status);
    if (!r.kind.isEmpty())
        details.insert(QStringLiteral("kind"), r.kind);
    db::Transaction tx(m_db);
    Status audited =
        tx.begun() ? AuditLog::record(m_db, actor, QStringLiteral("export"), page.key, 0, details)
                   : Status(tx.error());
    if (audited)
        audited = tx.commit();
    if (!audited) {
        QFile::remove(path); // an export that is not on record is not handed out
        return audited.error();
    }
    return written;
}

} // namespace nov
