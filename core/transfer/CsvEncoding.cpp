#include "CsvEncoding.h"

#include <QCoreApplication>
#include <QStringEncoder>

namespace Rewind
{

using namespace Qt::StringLiterals;

QString csvEncodingKey(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8Bom:
        return u"utf-8-bom"_s;
    case CsvEncoding::Utf8:
        return u"utf-8"_s;
    case CsvEncoding::Cp932:
        return u"cp932"_s;
    }
    return {};
}

std::optional<CsvEncoding> csvEncodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == "utf-8-bom"_L1 || k == "utf8-bom"_L1 || k == "utf-8-sig"_L1)
        return CsvEncoding::Utf8Bom;
    if (k == "utf-8"_L1 || k == "utf8"_L1)
        return CsvEncoding::Utf8;
    if (k == "cp932"_L1 || k == "shift_jis"_L1 || k == "sjis"_L1 || k == "windows-31j"_L1)
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8Bom:
        return QCoreApplication::translate("Rewind::CsvEncoding", "UTF-8 with BOM (Excel)");
    case CsvEncoding::Utf8:
        return QCoreApplication::translate("Rewind::CsvEncoding", "UTF-8");
    case CsvEncoding::Cp932:
        return QCoreApplication::translate("Rewind::CsvEncoding", "Shift_JIS (CP932, Windows)");
    }
    return {};
}

namespace CsvText
{

QString toMicrosoftForms(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 0x301C:
            c = QChar(0xFF5E);
            break; // WAVE DASH → FULLWIDTH TILDE
        case 0x2014:
            c = QChar(0x2015);
            break; // EM DASH → HORIZONTAL BAR
        case 0x2212:
            c = QChar(0xFF0D);
            break; // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
        case 0x2016:
            c = QChar(0x2225);
            break; // DOUBLE VERTICAL LINE → PARALLEL TO
        case 0x00A2:
            c = QChar(0xFFE0);
            break; // CENT SIGN → FULLWIDTH CENT SIGN
        case 0x00A3:
            c = QChar(0xFFE1);
            break; // POUND SIGN → FULLWIDTH POUND SIGN
        case 0x00AC:
            c = QChar(0xFFE2);
            break; // NOT SIGN → FULLWIDTH NOT SIGN
        default:
            break;
        }
    }
    return out;
}

QString firstUnencodable(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView one = QStringView(text).mid(i, n);
        QStringEncoder encoder("windows-31j");          // not Stateless: a stateless converter records no errors
        const QByteArray encoded = encoder.encode(one); // lazy until assigned
        if (encoder.hasError())
            return one.toString();
        i += n;
    }
    return {};
}

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace CsvText
} // namespace Rewind
