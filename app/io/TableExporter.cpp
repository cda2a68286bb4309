#include "io/TableExporter.h"

#include "Database.h"
#include "RowReader.h"
#include "SqlValues.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "domain/PersonalData.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QTemporaryFile>
#include <algorithm>
#include <cstring>
#include <vector>
#include <xlsxwriter.h>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::TableExporter", text);
}

using Format = BrowseDefinition::Format;

// Rows read in the table's stored order and written in the list's (PageQuery::prepareSplit):
// what a sink makes of each row goes into a temporary file as the rows come, with where it
// starts by the row's id; then the rows are copied out in the order of the ids.
class RowPark {
public:
    Status open() {
        if (!m_file.open())
            return Error{
                QCoreApplication::translate("nov::TableExporter",
                                            "The export's temporary file cannot be written."),
                m_file.fileName(), m_file.errorString()};
        return {};
    }
    QIODevice *device() { return &m_file; }
    // The sink's own bytes (a header) end here; the rows follow.
    void startRows(qint64 end) { m_ends.assign(1, end); }
    // The row with this id ends at `end` (it starts where the last one ended).
    void endRow(qint64 id, qint64 end) {
        const quint32 index = quint32(m_ends.size()); // 1-based: 0 means none
        m_ends.push_back(end);
        // ids as SQLite gives them are dense: a slot per id up to a few times the rows so far
        if (id >= 0 && size_t(id) < 4 * m_ends.size() + 65536) {
            if (size_t(id) >= m_byId.size())
                m_byId.resize(std::max(size_t(id) + 1, m_byId.size() * 2), 0);
            m_byId[size_t(id)] = index;
        } else {
            m_sparse.insert(id, index);
        }
    }
    // Maps the file, once every byte is in it.
    Status map() {
        const qint64 size = m_file.size();
        if (size == 0)
            return {};
        m_data = reinterpret_cast<const char *>(m_file.map(0, size));
        if (!m_data)
            return Error{QCoreApplication::translate("nov::TableExporter",
                                                     "The export's temporary file cannot be read."),
                         m_file.fileName(), m_file.errorString()};
        return {};
    }
    QByteArrayView head() const {
        return m_ends.empty() ? QByteArrayView() : QByteArrayView(m_data, m_ends.front());
    }
    // The parked bytes of the row with this id; empty when no row had it (a row the list's
    // joins leave out, as its pages do).
    QByteArrayView row(qint64 id) const {
        const quint32 index = indexOf(id);
        if (index == 0)
            return QByteArrayView();
        return QByteArrayView(m_data + m_ends[index - 1], m_ends[index] - m_ends[index - 1]);
    }

    bool has(qint64 id) const { return indexOf(id) != 0; }

private:
    quint32 indexOf(qint64 id) const {
        if (id >= 0 && size_t(id) < m_byId.size() && m_byId[size_t(id)] != 0)
            return m_byId[size_t(id)];
        return m_sparse.value(id, 0);
    }

    QTemporaryFile m_file;
    std::vector<qint64> m_ends;      // [0]: the head's end, then each row's end
    std::vector<quint32> m_byId;     // row index by id, for the dense ids
    QHash<qint64, quint32> m_sparse; // the rest
    const char *m_data = nullptr;
};

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

// 'YYYY-MM-DD' (how dates are stored) read by hand: QDate::fromString per cell took a fifth
// of a million-row export. Anything else goes the slow way.
QDate isoDate(const QVariant &value) {
    if (value.typeId() == QMetaType::QString) {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
            int parts[3] = {0, 0, 0};
            const int from[3] = {0, 5, 8}, length[3] = {4, 2, 2};
            bool digits = true;
            for (int p = 0; p < 3 && digits; ++p)
                for (int i = from[p]; i < from[p] + length[p]; ++i) {
                    const char16_t c = text.at(i).unicode();
                    digits = digits && c >= u'0' && c <= u'9';
                    parts[p] = parts[p] * 10 + (c - u'0');
                }
            if (digits)
                return QDate(parts[0], parts[1], parts[2]);
        }
    }
    return db::sql::toDate(value);
}

// dd.mm.yyyy without QDate::toString's formatter.
QString russianDate(const QDate &date) {
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    const char16_t text[10] = {
        char16_t(u'0' + d / 10),        char16_t(u'0' + d % 10),       u'.',
        char16_t(u'0' + m / 10),        char16_t(u'0' + m % 10),       u'.',
        char16_t(u'0' + y / 1000 % 10), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
        char16_t(u'0' + y % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// The text of a cell in an exported CSV: dates as dd.mm.yyyy, numbers without grouping, areas
// with a decimal comma (what Excel in a Russian office reads back as numbers).
// `value` is the cell's (read or computed), `row` the source values for display()'s formats.
QString cellText(const BrowseDefinition &page, int column, const QVariant &value,
                 const QVariantList &row, bool full) {
    const BrowseDefinition::Column &c = page.columns.at(column);
    if (value.isNull())
        return QString();
    const Format format = c.format;
    switch (format) {
    case Format::Text:
        return value.toString();
    case Format::Date: {
        const QDate date = isoDate(value);
        return date.isValid() ? russianDate(date) : value.toString();
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
    case Format::Label: {
        const QString text = value.toString();
        return c.labels.value(text, text);
    }
    default:
        return page.display(column, row);
    }
}

QString csvText(const BrowseDefinition &page, int column, const QVariantList &row, bool full) {
    const BrowseDefinition::Column &c = page.columns.at(column);
    return cellText(page, column, c.compute ? page.raw(column, row) : row.value(c.sourceIndex), row,
                    full);
}

// Formats whose cells an export can write from SQLite's UTF-8 bytes (Sink::setByteColumns).
bool byteFormat(Format format) {
    return format == Format::Text || format == Format::Date || format == Format::Snils ||
           format == Format::Passport || format == Format::Phone;
}

// A stored date 'YYYY-MM-DD' read from its bytes as isoDate() reads it and russianDate() or
// the sheet takes it (years 1000–9999); false for anything else.
bool isoDateBytes(QByteArrayView b, int &year, int &month, int &day) {
    if (b.size() != 10 || b[4] != '-' || b[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8}, length[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int i = from[p]; i < from[p] + length[p]; ++i) {
            if (b[i] < '0' || b[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (b[i] - '0');
        }
    year = parts[0];
    month = parts[1];
    day = parts[2];
    return year >= 1000 && QDate::isValid(year, month, day);
}

// SNILS, passport or phone digits laid out as PersonalData formats or masks them: '#' takes
// the next byte, '*' hides it, anything else is itself. False unless the bytes are ASCII and
// the pattern takes all of them (PersonalData leaves other lengths as they are, which the
// QString way does).
bool personalBytes(Format format, bool full, QByteArrayView b, char (&out)[24], int &n) {
    const char *pattern = nullptr;
    switch (format) {
    case Format::Snils: // formatSnils / maskSnils
        pattern = full ? "###-###-### ##" : "***-***-### ##";
        break;
    case Format::Passport: // formatPassport / maskPassport
        pattern = full ? "## ## ######" : "** ** ***###";
        break;
    case Format::Phone: // formatPhone / maskPhone
        pattern = full ? "+# ### ###-##-##" : "+# *** ***-##-##";
        break;
    default:
        return false;
    }
    n = 0;
    qsizetype at = 0;
    for (; *pattern; ++pattern) {
        if (*pattern == '#' || *pattern == '*') {
            if (at == b.size() || uchar(b[at]) >= 0x80)
                return false; // sizes count characters
            out[n++] = *pattern == '#' ? b[at] : '*';
            ++at;
        } else {
            out[n++] = *pattern;
        }
    }
    return at == b.size();
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
    // The typed cells go to the park (a tag byte and the value per cell); finish() writes
    // them to the sheet in order.
    void parkIn(RowPark *park) override { m_park = park; }
    void header(const QStringList &titles) override {
        for (int c = 0; c < titles.size(); ++c)
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), titles.at(c).toUtf8().constData(),
                                   m_bold);
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (m_park)
            m_park->startRows(0);
    }
    void row(const BrowseDefinition &page, const QList<int> &columns, const QVariantList &values,
             const QByteArrayView *bytes, bool full) override {
        if (!m_park)
            ++m_row;
        for (int i = 0; i < columns.size(); ++i) {
            const int c = columns.at(i);
            const BrowseDefinition::Column &column = page.columns.at(c);
            const lxw_col_t col = lxw_col_t(i);
            const QByteArrayView utf8 =
                bytes && byteColumn(c) ? bytes[column.sourceIndex] : QByteArrayView();
            if (utf8.data() && byteCell(col, column.format, utf8, full))
                continue;
            const QVariant value = utf8.data()      ? QVariant(QString::fromUtf8(utf8))
                                   : column.compute ? page.raw(c, values)
                                                    : values.value(column.sourceIndex);
            if (value.isNull()) {
                if (m_park)
                    put(Tag::Empty);
                continue;
            }
            switch (column.format) {
            case Format::Date: {
                const QDate d = isoDate(value);
                if (d.isValid()) {
                    date(col, d.year(), d.month(), d.day());
                    continue;
                }
                break;
            }
            case Format::Number:
                number(col, Tag::Number, value.toDouble());
                continue;
            case Format::Area:
                number(col, Tag::Area, value.toDouble());
                continue;
            default:
                break;
            }
            text(col, cellText(page, c, value, values, full).toUtf8());
        }
    }
    void parked(qint64 id) override {
        m_park->endRow(id, m_parkedBytes + m_buffer.size());
        if (m_buffer.size() >= kChunk)
            flushPark();
    }
    Status finish(const std::vector<qint64> &order) override {
        if (m_park) {
            flushPark();
            if (m_parkFailed)
                return Error{
                    QCoreApplication::translate("nov::TableExporter",
                                                "The export's temporary file cannot be written."),
                    QString(), m_park->device()->errorString()};
            NOV_RETURN_IF_ERROR(m_park->map());
            RowPark *park = std::exchange(m_park, nullptr); // cells to the sheet from now on
            for (qint64 id : order)
                if (const QByteArrayView cells = park->row(id); !cells.isEmpty())
                    replay(cells);
        }
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
    enum class Tag : char { Empty, Text, Number, Area, Date };
    static constexpr qsizetype kChunk = 1024 * 1024;

    void put(Tag tag) { m_buffer.append(char(tag)); }
    template <typename T> void put(const T &value) {
        m_buffer.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void flushPark() {
        if (m_park->device()->write(m_buffer) != m_buffer.size())
            m_parkFailed = true;
        m_parkedBytes += m_buffer.size();
        m_buffer.resize(0);
    }
    void date(lxw_col_t col, int year, int month, int day) {
        if (m_park) {
            put(Tag::Date);
            put(qint16(year));
            put(qint8(month));
            put(qint8(day));
            return;
        }
        lxw_datetime dt = {year, month, day, 0, 0, 0};
        worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
    }
    void number(lxw_col_t col, Tag tag, double value) {
        if (m_park) {
            put(tag);
            put(value);
            return;
        }
        worksheet_write_number(m_sheet, m_row, col, value, tag == Tag::Area ? m_area : nullptr);
    }
    // UTF-8 with a terminating zero, as libxlsxwriter takes it
    void text(lxw_col_t col, QByteArrayView utf8) {
        if (m_park) {
            put(Tag::Text);
            put(qint32(utf8.size()));
            m_buffer.append(utf8.data(), utf8.size());
            m_buffer.append('\0');
            return;
        }
        worksheet_write_string(m_sheet, m_row, col, utf8.toByteArray().constData(), nullptr);
    }
    // A cell of a byteFormat() column from its UTF-8 bytes, as row() writes it the QString
    // way; false when the bytes have another shape (then that way).
    bool byteCell(lxw_col_t col, Format format, QByteArrayView b, bool full) {
        if (format == Format::Text) {
            if (!CsvWriter::wellFormedUtf8(b))
                return false; // the QString way puts U+FFFD
            text(col, b);
            return true;
        }
        if (format == Format::Date) {
            int year = 0, month = 0, day = 0;
            if (!isoDateBytes(b, year, month, day))
                return false;
            date(col, year, month, day);
            return true;
        }
        char out[24];
        int n = 0;
        if (!personalBytes(format, full, b, out, n))
            return false;
        text(col, QByteArrayView(out, n));
        return true;
    }
    // One parked row's cells to the sheet.
    void replay(QByteArrayView cells) {
        ++m_row;
        const char *p = cells.data();
        const char *end = p + cells.size();
        auto take = [&p](auto &value) {
            std::memcpy(&value, p, sizeof value);
            p += sizeof value;
        };
        for (lxw_col_t col = 0; p < end; ++col) {
            const Tag tag = Tag(*p++);
            switch (tag) {
            case Tag::Empty:
                break;
            case Tag::Text: {
                qint32 size = 0;
                take(size);
                worksheet_write_string(m_sheet, m_row, col, p, nullptr);
                p += size + 1;
                break;
            }
            case Tag::Number:
            case Tag::Area: {
                double value = 0;
                take(value);
                number(col, tag, value);
                break;
            }
            case Tag::Date: {
                qint16 year = 0;
                qint8 month = 0, day = 0;
                take(year);
                take(month);
                take(day);
                date(col, year, month, day);
                break;
            }
            }
        }
    }

    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_area = nullptr;
    lxw_row_t m_row = 0;
    bool m_done = false;
    RowPark *m_park = nullptr;
    QByteArray m_buffer; // parked cells not in the file yet
    qint64 m_parkedBytes = 0;
    bool m_parkFailed = false;
};

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
                    p = byteFormat(column.format) && p != -1 ? 1 : -1;
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
