#pragma once

#include "io/TextEncoding.h"

#include <QChar>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace nov {

enum class ImportKind { Residents, Apartments, Vehicles };

// A column an import understands: its key, its title for people, the header names it is
// recognised by (Russian and English, with synonyms) and whether every row needs it.
struct ImportField {
    QString key;
    QString title;
    bool required = false;
    QStringList names;
};

// What is wrong with one row of the file, for the dry-run report and the error report.
struct RowProblem {
    qint64 row = 0;  // data row number (1 = the first row under the header)
    qint64 line = 0; // line of the file where the row starts
    QString column;  // the column's header as in the file (or the field's title)
    QString reason;
};

struct ImportOptions {
    ImportKind kind = ImportKind::Residents;
    TextEncoding encoding = TextEncoding::Auto;
    QChar separator; // null: detect
    bool dryRun = false;
    bool allOrNothing = false;
    QString errorReportPath; // bad rows with their reasons; empty: none written
    // field key → column index in the file; fields not named are mapped from the header
    QHash<QString, int> mapping;
    int previewRows = 20;
    int maxProblems = 10000; // problems kept in the report (all go to the error report)
    QDate today;             // for birth dates and inclusion dates; the system date if null
};

// Return false to cancel. bytesDone/bytesTotal: how far the file has been read.
using ImportProgress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

struct ImportReport {
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator;
    QStringList header;             // the file's header
    QHash<QString, int> mapping;    // field key → column index used
    QStringList previewHeader;      // columns as stored
    QList<QStringList> preview;     // the first good rows as they will be stored
    QList<RowProblem> problems;     // at most ImportOptions::maxProblems
    qint64 rows = 0;                // data rows read
    qint64 added = 0;               // rows stored now
    qint64 alreadyPresent = 0;      // rows found already stored (re-import)
    qint64 rejected = 0;            // rows with problems
    QHash<QString, qint64> created; // table → rows created (household, building, …)
    bool committed = false;
    bool cancelled = false;
    QString errorReportPath; // written when there were bad rows and a path was given
};

} // namespace nov
