#include "io/CsvWriter.h"
#include "io/ExportCells.h"
#include "io/ExportSinks.h"
#include "io/RowPark.h"

#include <QCoreApplication>
#include <QFile>
#include <cstring>
#include <utility>
#include <xlsxwriter.h>

namespace nov::exporting {

namespace {

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

} // namespace

Result<std::unique_ptr<Sink>> openXlsxSink(const QString &path) {
    auto sink = std::make_unique<XlsxSink>(path);
    NOV_RETURN_IF_ERROR(sink->open());
    return std::unique_ptr<Sink>(std::move(sink));
}

} // namespace nov::exporting
