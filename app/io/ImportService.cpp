#include "io/ImportService.h"

#include "BulkLoad.h"
#include "BulkWriter.h"
#include "Database.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "io/ColumnMapping.h"
#include "io/CsvWriter.h"
#include "io/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcImport, "novoselye.import")

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ImportService", text);
}

constexpr int ProgressEveryRows = 2048;

// SQLite evaluates a CHECK (x IN (…)) by building a temporary b-tree for every row, which made
// a million-row import three times slower. Every value an importer stores has passed the same
// rules in Validators first, so the checks are skipped for the import and restored after.
// The indexes rebuilt after a first load are sorted in temporary files rather than in memory
// (temp_store can only change outside a transaction), and the import keeps a 24 MiB cache,
// which keeps a million-row import's peak memory within bounds (with the usual 64 MiB cache
// the peak reached 200 MB for 5% less CPU).
class SkipCheckConstraints {
public:
    explicit SkipCheckConstraints(db::Database &db)
        : m_db(db) {
        if (m_db.backend() != db::Backend::Sqlite)
            return;
        m_on = m_db.execute(QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok();
        // The same for foreign keys: every id an importer stores is one it has just inserted
        // or looked up in this transaction, so the per-row parent look-ups (one B-tree seek
        // per reference, 2.2 million for a million residents) check nothing. Can only change
        // outside a transaction, hence here.
        m_foreignKeysOff = m_db.execute(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
        if (auto cache = m_db.run(QStringLiteral("PRAGMA cache_size"), {}, QStringLiteral("cache"));
            cache && cache->next())
            m_cacheSize = cache->value(0).toLongLong();
        m_fileSort = m_db.execute(QStringLiteral("PRAGMA temp_store = FILE")).ok() &&
                     m_db.execute(QStringLiteral("PRAGMA cache_size = -24576")).ok(); // 24 MiB
    }
    ~SkipCheckConstraints() {
        if (m_on)
            (void)m_db.execute(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        if (m_foreignKeysOff)
            (void)m_db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (m_fileSort)
            // SQL-SAFE: a number read from the connection itself
            (void)(m_db.execute(QStringLiteral("PRAGMA temp_store = MEMORY")).ok() &&
                   m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize)).ok());
    }

private:
    db::Database &m_db;
    bool m_on = false;
    bool m_fileSort = false;
    bool m_foreignKeysOff = false;
    qint64 m_cacheSize = -65536;
};

Result<std::unique_ptr<QFile>> openFile(const QString &path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("nov::ImportService", "The file cannot be opened."), path,
            QCoreApplication::translate("nov::ImportService",
                                        "Check that the file exists and that you may read it.")};
    return file;
}

// Bad rows go to a CSV with the file's own columns and the reasons last, so the office can
// fix them in Excel and import that file again.
class ErrorReport {
public:
    ErrorReport(const QString &path, const QStringList &header)
        : m_path(path)
        , m_header(header) {}

    void add(const QStringList &fields, const QStringList &reasons) {
        if (m_path.isEmpty())
            return;
        if (!m_writer) {
            m_file = std::make_unique<QSaveFile>(m_path);
            if (!m_file->open(QIODevice::WriteOnly)) {
                m_path.clear();
                return;
            }
            m_writer = std::make_unique<CsvWriter>(m_file.get(), TextEncoding::Utf8);
            m_writer->writeRow(QStringList(m_header)
                               << QCoreApplication::translate("nov::ImportService", "Error"));
        }
        QStringList row = fields;
        while (row.size() < m_header.size())
            row << QString();
        row << reasons.join(QStringLiteral("; "));
        m_writer->writeRow(row);
    }
    // The path written, or empty when there was nothing to write.
    Result<QString> finish() {
        if (!m_writer)
            return QString();
        NOV_RETURN_IF_ERROR(m_writer->finish());
        if (!m_file->commit())
            return Error{QCoreApplication::translate("nov::ImportService",
                                                     "The error report could not be written."),
                         m_path, m_file->errorString()};
        return m_path;
    }

private:
    QString m_path;
    QStringList m_header;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace

QList<ImportField> ImportService::fields(ImportKind kind) {
    return Importer::fieldsOf(kind);
}

std::optional<ImportKind> ImportService::kindFromName(const QString &name) {
    for (ImportKind kind : {ImportKind::Residents, ImportKind::Apartments, ImportKind::Vehicles})
        if (Importer::kindName(kind) == name)
            return kind;
    return std::nullopt;
}

Result<ImportService::Sample> ImportService::sample(const QString &path, ImportKind kind,
                                                    TextEncoding encoding, QChar separator,
                                                    int rows) {
    auto file = openFile(path);
    if (!file)
        return file.error();
    CsvReader reader(file.value().get(), {encoding, separator});
    NOV_RETURN_IF_ERROR(reader.start());
    Sample s;
    s.encoding = reader.encoding();
    s.separator = reader.separator();
    CsvRecord record;
    if (reader.next(record))
        s.header = record.fields;
    while (s.rows.size() < rows && reader.next(record))
        s.rows.append(record.fields);
    s.mapping = ColumnMapping::map(fields(kind), s.header);
    return s;
}

Result<ImportReport> ImportService::run(const Actor &actor, const QString &path,
                                        const ImportOptions &options,
                                        const ImportProgress &progress) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::BulkImport, tr("import data")));
    auto file = openFile(path);
    if (!file)
        return file.error();
    const qint64 totalBytes = file.value()->size();
    CsvReader reader(file.value().get(), {options.encoding, options.separator});
    NOV_RETURN_IF_ERROR(reader.start());

    ImportReport report;
    report.encoding = reader.encoding();
    report.separator = reader.separator();
    CsvRecord record;
    if (!reader.next(record))
        return Error{tr("The file is empty."), path, tr("Choose the file with the data.")};
    report.header = record.fields;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    std::unique_ptr<Importer> importer = Importer::create(options.kind, m_db, today);
    const QList<ImportField> fields = importer->fields();
    report.mapping = ColumnMapping::map(fields, report.header);
    for (auto it = options.mapping.begin(); it != options.mapping.end(); ++it) {
        if (it.value() < 0)
            report.mapping.remove(it.key());
        else
            report.mapping.insert(it.key(), it.value());
    }
    if (const QStringList missing = ColumnMapping::missing(fields, report.mapping);
        !missing.isEmpty())
        return Error{
            tr("The file lacks required columns: %1.").arg(missing.join(QStringLiteral(", "))),
            path,
            tr("Name the columns in the first row (e.g. Фамилия, Дата рождения) or map "
               "them by hand.")};
    std::vector<int> columns(fields.size(), -1);
    for (int i = 0; i < fields.size(); ++i)
        columns[i] = report.mapping.value(fields.at(i).key, -1);
    report.previewHeader = importer->storedColumns();

    SkipCheckConstraints skipChecks(m_db);
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(importer->prepare());
    // A first load into an empty table builds the secondary indexes once at the end (sorted,
    // full pages) rather than row by row; inside the transaction, so a cancel restores them.
    db::BulkLoad bulk(m_db);
    const QString mainTable = options.kind == ImportKind::Residents    ? QStringLiteral("resident")
                              : options.kind == ImportKind::Apartments ? QStringLiteral("apartment")
                                                                       : QStringLiteral("vehicle");
    // SQL-SAFE: mainTable is one of three fixed table names
    auto existing =
        m_db.run(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(mainTable), {}, mainTable);
    if (!existing)
        return existing.error();
    const bool firstLoad = !existing->next() && !options.dryRun;
    existing->finish();
    if (firstLoad)
        NOV_RETURN_IF_ERROR(bulk.dropSecondaryIndexes());
    ErrorReport errors(options.errorReportPath, report.header);
    // SQLite writes the rows on a second thread while this one reads and checks the next
    // ones. Declared after the transaction: it stops before the transaction ends either way.
    // Four batches of 2,048 rows in the queue at most keep the memory flat; the writer, the
    // faster side here, converts the values for binding and frees the rows.
    std::unique_ptr<db::BulkWriter> writer;
    if (m_db.backend() == db::Backend::Sqlite) {
        writer = std::make_unique<db::BulkWriter>(m_db, 4, true);
        if (!importer->setBulkWriter(writer.get()))
            writer.reset();
    }
    auto columnTitle = [&](int field) {
        if (field < 0)
            return QString();
        const int column = columns.at(field);
        return column >= 0 && column < report.header.size() ? report.header.at(column)
                                                            : fields.at(field).title;
    };
    // An error on the writer's side (a row SQLite refuses) stops the import: it names the row.
    const auto writerError = [&](const Status &status) -> Status {
        if (status || !writer)
            return status;
        Error e = status.error();
        if (const qint64 line = writer->failedSource(); line > 0)
            e.message = tr("Row %1 of the file could not be stored: %2")
                            .arg(QString::number(line), e.message);
        e.hint = tr("Nothing was imported. Correct or remove that row and import the file again.");
        return e;
    };
    const int width = report.header.size();
    QList<Importer::Problem> problems;
    QStringList stored;
    while (reader.next(record)) {
        ++report.rows;
        problems.clear();
        // Spreadsheets often add empty columns at the end of some rows: they do not count.
        while (record.fields.size() > width && record.fields.last().trimmed().isEmpty())
            record.fields.removeLast();
        if (record.unterminatedQuote)
            problems.append({-1, tr("A quoted field is not closed before the end of the file.")});
        else if (record.fields.size() != width)
            problems.append({-1, tr("The row has %1 columns, the header has %2.")
                                     .arg(record.fields.size())
                                     .arg(width)});
        Importer::Outcome outcome = Importer::Outcome::Rejected;
        importer->setStoredWanted(report.preview.size() < options.previewRows);
        if (writer)
            writer->setSource(record.line);
        if (problems.isEmpty())
            outcome = importer->importRow(ImportRow(record.fields, columns), problems, stored);
        switch (outcome) {
        case Importer::Outcome::Added:
            ++report.added;
            if (report.preview.size() < options.previewRows)
                report.preview.append(stored);
            break;
        case Importer::Outcome::AlreadyPresent:
            ++report.alreadyPresent;
            break;
        case Importer::Outcome::Rejected: {
            ++report.rejected;
            QStringList reasons;
            for (const Importer::Problem &p : problems) {
                const QString column = columnTitle(p.field);
                reasons << (column.isEmpty() ? p.reason : column + QStringLiteral(": ") + p.reason);
                if (report.problems.size() < options.maxProblems)
                    report.problems.append({report.rows, record.line, column, p.reason});
            }
            errors.add(record.fields, reasons);
            // a row the writer failed on stops the import: the transaction rolls back
            if (writer)
                NOV_RETURN_IF_ERROR(writerError(writer->status()));
            // PostgreSQL: a row the server refused has aborted the whole transaction (every
            // later statement would fail): it stops the import and is named, as on SQLite.
            else if (m_db.backend() == db::Backend::Postgres &&
                     !m_db.execute(QStringLiteral("SELECT 1")))
                return Error{
                    tr("Row %1 of the file could not be stored: %2")
                        .arg(QString::number(record.line), reasons.join(QStringLiteral("; "))),
                    QDir::toNativeSeparators(path),
                    tr("Nothing was imported. Correct or remove that row and import "
                       "the file again.")};
            break;
        }
        }
        if (progress && report.rows % ProgressEveryRows == 0 &&
            !progress(reader.bytesRead(), totalBytes)) {
            report.cancelled = true;
            qCInfo(lcImport) << "import cancelled at row" << report.rows << "of" << path;
            if (writer)
                writer->abandon(); // the queued rows are dropped, not written
            return report;         // the transaction rolls back
        }
    }
    if (writer) {
        NOV_RETURN_IF_ERROR(writerError(writer->finish()));
        importer->setBulkWriter(nullptr);
    }
    if (progress)
        progress(totalBytes, totalBytes);
    report.created = importer->created();
    auto written = errors.finish();
    if (!written)
        return written.error();
    report.errorReportPath = written.value();
    if (options.dryRun || (options.allOrNothing && report.rejected > 0)) {
        tx.rollback();
        return report;
    }
    const QString kind = Importer::kindName(options.kind);
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                        {QStringLiteral("rows"), report.rows},
                        {QStringLiteral("added"), report.added},
                        {QStringLiteral("already_present"), report.alreadyPresent},
                        {QStringLiteral("rejected"), report.rejected}};
    for (auto it = report.created.begin(); it != report.created.end(); ++it)
        details.insert(QStringLiteral("created_") + it.key(), it.value());
    if (firstLoad)
        NOV_RETURN_IF_ERROR(bulk.recreateIndexes());
    NOV_RETURN_IF_ERROR(
        AuditLog::record(m_db, actor, QStringLiteral("import.") + kind, kind, 0, details));
    NOV_RETURN_IF_ERROR(tx.commit());
    report.committed = true;
    qCInfo(lcImport) << "imported" << report.added << kind << "from" << path << "rejected"
                     << report.rejected;
    return report;
}

} // namespace nov
