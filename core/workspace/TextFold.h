#pragma once

#include <QString>

namespace Rewind::TextFold
{

/// The form text is searched in: NFKC (full-width ＡＢＣ１２３ → ABC123, half-width ｶﾅ → カナ) then
/// case-folded. The search column stores folded text and search terms are folded the same way,
/// so matching is width- and case-insensitive.
QString fold(const QString &text);

/// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(const QString &text);

} // namespace Rewind::TextFold
