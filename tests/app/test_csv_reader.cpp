// Reading office CSV files: quoting, separators, line ends and encodings as Excel writes them.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>

namespace {

using nov::CsvReader;
using nov::CsvRecord;
using nov::TextEncoding;
using Rows = QList<QStringList>;

struct Case {
    const char *name;
    QByteArray bytes;
    TextEncoding encoding; // expected detection
    char separator;        // expected detection
    Rows rows;
    bool unterminated = false;
};

void PrintTo(const Case &c, std::ostream *os) {
    *os << c.name;
}

QStringList row(std::initializer_list<const char *> fields) {
    QStringList out;
    for (const char *f : fields)
        out << QString::fromUtf8(f);
    return out;
}

QByteArray cp1251(const char *utf8) {
    QStringEncoder e("windows-1251");
    return e.encode(QString::fromUtf8(utf8));
}

QByteArray utf16le(const char *utf8, bool bom) {
    QStringEncoder e(QStringEncoder::Utf16LE,
                     bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return e.encode(QString::fromUtf8(utf8));
}

struct Read {
    Rows rows;
    TextEncoding encoding;
    QChar separator;
    bool unterminated = false;
    QList<qint64> lines;
};

Read readAll(const QByteArray &bytes, CsvReader::Options options = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    EXPECT_TRUE(reader.start().ok());
    Read r{{}, reader.encoding(), reader.separator()};
    CsvRecord record;
    while (reader.next(record)) {
        r.rows.append(record.fields);
        r.lines.append(record.line);
        r.unterminated = r.unterminated || record.unterminatedQuote;
    }
    return r;
}

class CsvCases : public ::testing::TestWithParam<Case> {};

TEST_P(CsvCases, ReadsAsExcelWroteIt) {
    const Case &c = GetParam();
    const Read r = readAll(c.bytes);
    EXPECT_EQ(r.encoding, c.encoding);
    EXPECT_EQ(r.separator, QLatin1Char(c.separator));
    EXPECT_EQ(r.rows, c.rows);
    EXPECT_EQ(r.unterminated, c.unterminated);
}

INSTANTIATE_TEST_SUITE_P(
    Files, CsvCases,
    ::testing::Values(
        Case{"plain_semicolons",
             "a;b;c\n1;2;3\n",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b", "c"}), row({"1", "2", "3"})}},
        Case{"crlf_and_no_final_newline",
             "a;b\r\n1;2\r\n3;4",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}},
        Case{"commas",
             "a,b,c\n1,\"2,5\",3\n",
             TextEncoding::Utf8,
             ',',
             {row({"a", "b", "c"}), row({"1", "2,5", "3"})}},
        Case{"tabs", "a\tb\n1\t2\n", TextEncoding::Utf8, '\t', {row({"a", "b"}), row({"1", "2"})}},
        Case{"quoted_separator_quote_and_newline",
             "name;note\n\"Иванов; Пётр\";\"he said \"\"hi\"\"\r\nthen left\"\n",
             TextEncoding::Utf8,
             ';',
             {row({"name", "note"}), row({"Иванов; Пётр", "he said \"hi\"\r\nthen left"})}},
        Case{"empty_trailing_columns",
             "a;b;c;\n1;;;\n",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b", "c", ""}), row({"1", "", "", ""})}},
        Case{"ragged_rows_kept_as_they_are",
             "a;b;c\n1;2\n1;2;3;4\n",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b", "c"}), row({"1", "2"}), row({"1", "2", "3", "4"})}},
        Case{"blank_lines_skipped",
             "a;b\n\n1;2\n\r\n",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b"}), row({"1", "2"})}},
        Case{"utf8_bom",
             "\xEF\xBB\xBF"
             "Фамилия;Имя\nПетров;Иван\n",
             TextEncoding::Utf8,
             ';',
             {row({"Фамилия", "Имя"}), row({"Петров", "Иван"})}},
        Case{"windows_1251_bytes",
             cp1251("Фамилия;Имя\nЁжиков;Щукин\n"),
             TextEncoding::Windows1251,
             ';',
             {row({"Фамилия", "Имя"}), row({"Ёжиков", "Щукин"})}},
        Case{"utf16_with_bom",
             utf16le("Фамилия\tИмя\r\nПетров\tИван\r\n", true),
             TextEncoding::Utf16LE,
             '\t',
             {row({"Фамилия", "Имя"}), row({"Петров", "Иван"})}},
        Case{"unterminated_quote_at_end",
             "a;b\n1;\"open",
             TextEncoding::Utf8,
             ';',
             {row({"a", "b"}), row({"1", "open"})},
             true}),
    [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(CsvReader, ManualOverridesWin) {
    const QByteArray bytes = cp1251("a,b;c\n1,2;3\n");
    const Read r = readAll(bytes, {TextEncoding::Windows1251, QLatin1Char(',')});
    EXPECT_EQ(r.separator, QLatin1Char(','));
    EXPECT_EQ(r.rows.at(1), row({"1", "2;3"}));
    // Latin-only bytes read the same as UTF-8 or cp1251; an override of the encoding is kept
    EXPECT_EQ(r.encoding, TextEncoding::Windows1251);
}

TEST(CsvReader, EveryWindows1251ByteReadsAsTheSystemDecoderReadsIt) {
    // The reader decodes Windows-1251 through its own table: it must agree with the decoder
    // for each of the 256 bytes (those that are not CSV syntax), whatever records they are in.
    QByteArray bytes = "h1;h2\n";
    for (int b = 1; b < 256; ++b) {
        if (b == ';' || b == '"' || b == '\r' || b == '\n')
            continue;
        bytes += "x" + QByteArray(1, char(b)) + "y;" + QByteArray::number(b) + "\n";
    }
    QStringDecoder decoder("windows-1251");
    ASSERT_TRUE(decoder.isValid());
    const QString expected = decoder.decode(bytes);
    const Read r = readAll(bytes, {TextEncoding::Windows1251, QLatin1Char(';')});
    QString got;
    for (const QStringList &fields : r.rows)
        got += fields.join(QLatin1Char(';')) + QLatin1Char('\n');
    EXPECT_EQ(got, expected);
}

TEST(CsvReader, RecordsKnowTheLineTheyStartOn) {
    const Read r = readAll("h1;h2\n\"multi\nline\";x\nlast;y\n");
    ASSERT_EQ(r.lines.size(), 3);
    EXPECT_EQ(r.lines.at(0), 1);
    EXPECT_EQ(r.lines.at(1), 2);
    EXPECT_EQ(r.lines.at(2), 4);
}

TEST(CsvReader, FieldsCrossingChunkBoundariesStayWhole) {
    // 3 MB: records, quotes and a cp1251 text cross the reader's 1 MB chunks
    QByteArray bytes = "n;text\n";
    Rows expected = {row({"n", "text"})};
    for (int i = 0; bytes.size() < 3 * 1024 * 1024; ++i) {
        const QString text = QStringLiteral("строка \"%1\"; ещё\nвторая").arg(i);
        bytes +=
            QByteArray::number(i) + ";\"" + cp1251(text.toUtf8().replace("\"", "\"\"")) + "\"\r\n";
        expected.append({QString::number(i), text});
    }
    const Read r = readAll(bytes);
    EXPECT_EQ(r.encoding, TextEncoding::Windows1251);
    ASSERT_EQ(r.rows.size(), expected.size());
    EXPECT_EQ(r.rows, expected);
}

TEST(CsvWriter, WhatItWritesReadsBack) {
    const Rows rows = {row({"Фамилия", "Заметка"}), row({"Ёлкина", "a;b \"c\"\nd"}),
                       row({"", "44,5"})};
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1251}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            nov::CsvWriter writer(&buffer, encoding);
            for (const QStringList &r : rows)
                writer.writeRow(r);
            ASSERT_TRUE(writer.finish().ok());
        }
        if (encoding == TextEncoding::Utf8) {
            EXPECT_TRUE(buffer.data().startsWith("\xEF\xBB\xBF"));
        }
        const Read r = readAll(buffer.data());
        EXPECT_EQ(r.encoding, encoding);
        EXPECT_EQ(r.rows, rows);
    }
}

// A row written field by field from UTF-8 bytes (what the export does with SQLite's text)
// gives the bytes writing the same row as QStrings gives, and those are the hand-quoted text
// encoded whole: separators, quotes, CR and LF quoted, quotes doubled, Cyrillic converted;
// what the byte path cannot do (Windows-1251 has no '😀' or 'Ω', broken UTF-8) the same.
TEST(CsvWriter, FieldsFromUtf8BytesGiveTheSameBytes) {
    const QList<QByteArray> cells = {"Иванов;Щ",
                                     "say \"hi\"",
                                     "line\nbreak",
                                     "cr\rlf\r\n",
                                     "Ёлкина № 5 – «дом» €",
                                     "",
                                     "plain",
                                     "\"",
                                     "Ω😀 and ;",
                                     QByteArray("bad \xC3( \xED\xA0\x80 end"),
                                     "Шоссе Энтузиастов, д. 12"};
    const QString expectedText =
        QString::fromUtf8(
            "\"Иванов;Щ\";\"say \"\"hi\"\"\";\"line\nbreak\";\"cr\rlf\r\n\";Ёлкина № 5 – «дом» €;;"
            "plain;\"\"\"\";\"Ω😀 and ;\";") +
        QString::fromUtf8(QByteArray("bad \xC3( \xED\xA0\x80 end")) +
        QString::fromUtf8(";Шоссе Энтузиастов, д. 12\r\n");
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1251}) {
        QStringEncoder encoder =
            encoding == TextEncoding::Utf8
                ? QStringEncoder(QStringEncoder::Utf8, QStringEncoder::Flag::WriteBom)
                : QStringEncoder("windows-1251");
        const QByteArray expected = encoder.encode(expectedText + expectedText + expectedText);
        QBuffer strings, bytes, mixed;
        for (QBuffer *b : {&strings, &bytes, &mixed})
            b->open(QIODevice::WriteOnly);
        {
            nov::CsvWriter s(&strings, encoding), u(&bytes, encoding), m(&mixed, encoding);
            QStringList fields;
            for (const QByteArray &cell : cells)
                fields << QString::fromUtf8(cell);
            for (int r = 0; r < 3; ++r) {
                s.writeRow(fields);
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    u.utf8Field(cells.at(i));
                    if ((i + r) % 2 == 0)
                        m.utf8Field(cells.at(i));
                    else
                        m.field(fields.at(i));
                }
                u.endRow();
                m.endRow();
            }
            ASSERT_TRUE(s.finish().ok());
            ASSERT_TRUE(u.finish().ok());
            ASSERT_TRUE(m.finish().ok());
        }
        EXPECT_EQ(strings.data(), expected) << int(encoding);
        EXPECT_EQ(bytes.data(), expected) << int(encoding);
        EXPECT_EQ(mixed.data(), expected) << int(encoding);
        if (encoding == TextEncoding::Windows1251)
            EXPECT_TRUE(bytes.data().contains("\xC8\xE2\xE0\xED\xEE\xE2")); // Иванов
        else
            EXPECT_TRUE(bytes.data().startsWith("\xEF\xBB\xBF\"\xD0\x98"));
    }
}

} // namespace
