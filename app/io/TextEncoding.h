#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <array>
#include <cstdint>
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
    // Windows-1251 is one byte per character: the character of each byte (U+FFFD where the
    // system's decoder gives none), made once from the system's own decoder.
    static const std::array<char16_t, 256> &windows1251();
    // The other way, for U+0000..U+FFFF: the byte the system's encoder writes for the
    // character, or -1 where that is not one plain byte of the table (then ask the encoder).
    static const std::array<int16_t, 65536> &toWindows1251();
};

} // namespace nov
