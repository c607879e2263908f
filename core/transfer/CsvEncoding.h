#pragma once

#include <QString>

#include <optional>

namespace Rewind
{

/// The encodings Rewind writes and reads CSV in. Keys ("utf-8-bom", "utf-8", "cp932") are stable.
enum class CsvEncoding
{
    Utf8Bom,
    Utf8,
    Cp932
};

QString csvEncodingKey(CsvEncoding encoding);
std::optional<CsvEncoding> csvEncodingFromKey(const QString &key);
/// Translated name for people ("UTF-8 with BOM (Excel)", "Shift_JIS (CP932, Windows)").
QString csvEncodingName(CsvEncoding encoding);

namespace CsvText
{

/// Replaces JIS-style characters that CP932 has no code for with the Microsoft forms Windows uses
/// (〜→～, —→―, −→－, ‖→∥, ¢→￠, £→￡, ¬→￢), so text from Unicode sources encodes as Excel expects.
QString toMicrosoftForms(const QString &text);

/// The first character of `text` that CP932 cannot hold, or an empty string when all of it encodes.
QString firstUnencodable(const QString &text);

/// True when a cell would be read as a formula by a spreadsheet (=, +, -, @, tab or CR first).
bool looksLikeFormula(const QString &cell);

} // namespace CsvText
} // namespace Rewind
