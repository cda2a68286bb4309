#include "io/TableExporter.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "domain/PersonalData.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::TableExporter", text);
}

using Format = BrowseDefinition::Format;

// The cells of one row, in one of two shapes: text (CSV) or typed (XLSX).
class Sink {
public:
    virtual ~Sink() = default;
    virtual void header(const QStringList &titles) = 0;
    virtual void row(const BrowseDefinition &page, const QList<int> &columns,
                     const QVariantList &values, bool full) = 0;
    virtual Status finish() = 0;
};

QString personal(Format format, const QString &digits, bool full) {
    switch (format) {
    case Format::Snils:
        return full ? PersonalData::formatSnils(digits) : PersonalData::maskSnils(digits);
    case Format::Passport:
        return full ? PersonalData::formatPassport(digits) : PersonalData::maskPassport(digits);
    default:
        return full ? PersonalData::formatPhone(digits) : PersonalData::maskPhone(digits);
    }
}

// The text of a cell in an exported CSV: dates as dd.mm.yyyy, numbers without grouping, areas
// with a decimal comma (what Excel in a Russian office reads back as numbers).
QString csvText(const BrowseDefinition &page, int column, const QVariantList &row, bool full) {
    const QVariant value = page.raw(column, row);
    if (value.isNull())
        return QString();
    const Format format = page.columns.at(column).format;
    switch (format) {
    case Format::Date: {
        const QDate date = db::sql::toDate(value);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : value.toString();
    }
    case Format::Number:
        return QString::number(value.toLongLong());
    case Format::Area:
        return QString::number(value.toDouble(), 'f', 1)
            .replace(QLatin1Char('.'), QLatin1Char(','));
    case Format::Snils:
    case Format::Passport:
    case Format::Phone:
        return personal(format, value.toString(), full);
    default:
        return page.display(column, row);
    }
}

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
    void header(const QStringList &titles) override { m_writer->writeRow(titles); }
    void row(const BrowseDefinition &page, const QList<int> &columns, const QVariantList &values,
             bool full) override {
        m_fields.clear();
        for (int c : columns)
            m_fields << csvText(page, c, values, full);
        m_writer->writeRow(m_fields);
    }
    Status finish() override {
        NOV_RETURN_IF_ERROR(m_writer->finish());
        if (!m_file.commit())
            return Error{
                QCoreApplication::translate("nov::TableExporter", "The file cannot be written."),
                m_file.fileName(), m_file.errorString()};
        return {};
    }

private:
    QSaveFile m_file;
    TextEncoding m_encoding;
    std::unique_ptr<CsvWriter> m_writer;
    QStringList m_fields;
};

class XlsxSink : public Sink {
public:
    explicit XlsxSink(const QString &path)
        : m_path(path) {}
    ~XlsxSink() override {
        if (m_book)
            workbook_close(m_book); // an abandoned export: close it, then remove the file
        if (!m_done)
            QFile::remove(m_path);
    }
    Status open() {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE; // a million rows in a few megabytes
        const QByteArray name = QFile::encodeName(m_path);
        m_book = workbook_new_opt(name.constData(), &options);
        if (!m_book)
            return Error{QCoreApplication::translate("nov::TableExporter",
                                                     "The workbook cannot be created."),
                         m_path, QString()};
        m_sheet = workbook_add_worksheet(m_book, nullptr);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "dd.mm.yyyy");
        m_area = workbook_add_format(m_book);
        format_set_num_format(m_area, "0.0");
        return {};
    }
    void header(const QStringList &titles) override {
        for (int c = 0; c < titles.size(); ++c)
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), titles.at(c).toUtf8().constData(),
                                   m_bold);
        worksheet_freeze_panes(m_sheet, 1, 0);
    }
    void row(const BrowseDefinition &page, const QList<int> &columns, const QVariantList &values,
             bool full) override {
        ++m_row;
        for (int i = 0; i < columns.size(); ++i) {
            const int c = columns.at(i);
            const QVariant value = page.raw(c, values);
            if (value.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(i);
            switch (page.columns.at(c).format) {
            case Format::Date: {
                const QDate d = db::sql::toDate(value);
                if (d.isValid()) {
                    lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
                    continue;
                }
                break;
            }
            case Format::Number:
                worksheet_write_number(m_sheet, m_row, col, value.toDouble(), nullptr);
                continue;
            case Format::Area:
                worksheet_write_number(m_sheet, m_row, col, value.toDouble(), m_area);
                continue;
            default:
                break;
            }
            worksheet_write_string(m_sheet, m_row, col,
                                   csvText(page, c, values, full).toUtf8().constData(), nullptr);
        }
    }
    Status finish() override {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return Error{QCoreApplication::translate("nov::TableExporter",
                                                     "The workbook cannot be written."),
                         m_path, QString::fromUtf8(lxw_strerror(error))};
        m_done = true;
        return {};
    }

private:
    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_area = nullptr;
    lxw_row_t m_row = 0;
    bool m_done = false;
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

    std::unique_ptr<Sink> sink;
    if (options.format == Format::Csv) {
        auto csv = std::make_unique<CsvSink>(path, options.encoding);
        NOV_RETURN_IF_ERROR(csv->open());
        sink = std::move(csv);
    } else {
        auto xlsx = std::make_unique<XlsxSink>(path);
        NOV_RETURN_IF_ERROR(xlsx->open());
        sink = std::move(xlsx);
    }
    QStringList titles;
    for (int c : columns)
        titles << page.columns.at(c).title;
    sink->header(titles);
    const bool full = actor.can(Permission::RevealPersonalData);
    qint64 written = 0;
    while (written < total.value()) {
        auto rows = query->fetch(m_db, written, options.pageRows);
        if (!rows)
            return rows.error();
        if (rows->rows.isEmpty())
            break;
        for (const QVariantList &row : rows->rows)
            sink->row(page, columns, row, full);
        written += rows->rows.size();
        if (progress && !progress(written, total.value()))
            return Error{tr("The export was cancelled."), page.title, QString()};
    }
    query->dropScopeTable(m_db);
    NOV_RETURN_IF_ERROR(sink->finish());

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
