#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <optional>

namespace nov {

// The encodings office spreadsheets come in, and how to tell them apart from the first bytes.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1251 };

class TextEncodings {
public:
    // "utf-8", "utf-16le", "utf-16be", "windows-1251" (also cp1251, 1251, utf8, auto).
    static std::optional<TextEncoding> fromName(const QString &name);
    static QString name(TextEncoding encoding);
    // The encoding of a file starting with `head`: a BOM decides; else bytes that are valid
    // UTF-8 are UTF-8 and anything else is taken as Windows-1251 (Excel's "CSV" in Russia).
    static TextEncoding detect(const QByteArray &head);
    // Length of the byte order mark at the start of `head` for that encoding (0 if none).
    static int bomLength(const QByteArray &head, TextEncoding encoding);
    static QStringDecoder decoder(TextEncoding encoding);
};

} // namespace nov
