#pragma once

#include "Result.h"
#include "auth/Actor.h"
#include "browse/BrowseDefinition.h"
#include "io/TextEncoding.h"

#include <functional>

namespace nov {

namespace db {
class Database;
}

// Writes what a list page shows — its filter, sort and visible columns — to a CSV file
// (UTF-8 with BOM or Windows-1251, ';'-separated) or an XLSX workbook with typed dates and
// numbers. Passport, SNILS and phone stay masked for roles that may not see them in full.
// Each export is recorded in the audit log.
class TableExporter {
public:
    enum class Format { Csv, Xlsx };
    struct Options {
        Format format = Format::Csv;
        TextEncoding encoding = TextEncoding::Utf8; // CSV only
        BrowseRequest request;                      // filter and sort
        QStringList columns;                        // column keys; empty: shown by default
        int pageRows = 5000;
        // From SQLite: text, date and personal data cells go from SQLite's UTF-8 bytes to the
        // file without a QString (same file; false only to compare the two ways in tests).
        bool textFromBytes = true;
        // SQLite, a large share of the table: read the rows in stored order beside their ids
        // in the list's order and put them in order through a temporary file, rather than
        // have SQLite sort whole rows (same file; false only to compare the two in tests).
        bool parkAndOrder = true;
    };
    // rowsDone, rowsTotal; return false to cancel (the file is then not written).
    using Progress = std::function<bool(qint64, qint64)>;

    explicit TableExporter(db::Database &db)
        : m_db(db) {}

    static std::optional<Format> formatFromName(const QString &name); // csv, xlsx
    static constexpr qint64 XlsxMaxRows = 1048575; // Excel's sheet minus the header row

    // Returns the number of rows written.
    Result<qint64> exportTo(const Actor &actor, const BrowseDefinition &page,
                            const Options &options, const QString &path,
                            const Progress &progress = {});

private:
    db::Database &m_db;
};

} // namespace nov
