#pragma once

#include "Result.h"
#include "auth/Actor.h"
#include "io/CsvReader.h"
#include "io/ImportTypes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace nov {

namespace db {
class Database;
}

// Imports a CSV file of residents, apartments or vehicles in one transaction: every row is
// checked (the problems of bad rows are reported with row, column and reason), good rows are
// stored, rows already stored are skipped, and an audit record names the file and the counts.
// A dry run, a cancel, an all-or-nothing import with bad rows, or a crash leave the database
// as it was.
class ImportService {
public:
    explicit ImportService(db::Database &db)
        : m_db(db) {}

    // The fields of a kind of import, for mapping columns by hand.
    static QList<ImportField> fields(ImportKind kind);
    static std::optional<ImportKind> kindFromName(const QString &name);

    // The head of a file: encoding, separator, header and first rows (for the wizard's preview).
    struct Sample {
        TextEncoding encoding = TextEncoding::Utf8;
        QChar separator;
        QStringList header;
        QList<QStringList> rows;
        QHash<QString, int> mapping; // from the header
    };
    static Result<Sample> sample(const QString &path, ImportKind kind, TextEncoding encoding,
                                 QChar separator, int rows = 20);

    Result<ImportReport> run(const Actor &actor, const QString &path, const ImportOptions &options,
                             const ImportProgress &progress = {});

private:
    db::Database &m_db;
};

} // namespace nov
