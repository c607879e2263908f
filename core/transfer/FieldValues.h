#pragma once

#include "workspace/Catalog.h"

#include <QString>
#include <QVariant>

namespace Rewind::FieldValues
{

/// Limits on text values, in characters.
inline constexpr qsizetype kMaxSingleLine = 1000;
inline constexpr qsizetype kMaxMultiLine = 100000;

/// Parses a CSV cell into the value stored for `field`. Empty text is a null value. On failure
/// returns false and sets `reason` to a translated explanation of what the cell should look like.
/// Accepts what people type in Japan: full-width digits, thousands separators, yyyy/MM/dd dates with
/// or without a time, はい/いいえ for check boxes; strips the apostrophe the formula guard adds.
bool parse(const FieldDef &field, const QString &cell, QVariant *value, QString *reason);

/// A value as text for comparisons and for showing old → new (the same value gives the same text,
/// whether it came from the database or from a parsed cell).
QString canonical(const FieldDef &field, const QVariant &value);

/// Removes the apostrophe CsvWriter's formula guard put before =, +, -, @, tab or CR; nothing else.
QString stripFormulaGuard(const QString &cell);

} // namespace Rewind::FieldValues
