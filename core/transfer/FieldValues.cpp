#include "FieldValues.h"

#include "transfer/CsvEncoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace Rewind::FieldValues
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::FieldValues", text);
}

// 2026/11/16, 2026-11-16, 2026/1/6, optionally followed by a time 9:30 or 09:30:15.
const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression re(
        u"^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    return re;
}

int digits(QStringView s, qsizetype from, qsizetype n)
{
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The common case without a regular expression: "2026-11-16" or "2026/11/16", optionally followed by
// " 09:30:15" or "T09:30:15". Returns false when the text has another shape (the slow path decides).
bool fastDateTime(QStringView s, QDate *date, QTime *time, bool *hasTime)
{
    if (s.size() != 10 && s.size() != 19)
        return false;
    const QChar sep = s[4];
    if ((sep != u'-' && sep != u'/') || s[7] != sep)
        return false;
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return false;
    *date = QDate(y, m, d);
    *hasTime = s.size() == 19;
    *time = QTime(0, 0);
    if (*hasTime) {
        if ((s[10] != u' ' && s[10] != u'T') || s[13] != u':' || s[16] != u':')
            return false;
        const int hh = digits(s, 11, 2), mm = digits(s, 14, 2), ss = digits(s, 17, 2);
        if (hh < 0 || mm < 0 || ss < 0)
            return false;
        *time = QTime(hh, mm, ss);
    }
    return true;
}

QString isoDate(const QDate &d)
{
    // QDate::toString goes through a printf-style formatter: too slow for a million cells.
    char buf[10];
    const int y = d.year(), m = d.month(), day = d.day();
    buf[0] = char('0' + y / 1000 % 10);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    buf[5] = char('0' + m / 10);
    buf[6] = char('0' + m % 10);
    buf[7] = '-';
    buf[8] = char('0' + day / 10);
    buf[9] = char('0' + day % 10);
    return QString::fromLatin1(buf, 10);
}

QString isoDateTime(const QDate &d, const QTime &t)
{
    char buf[9];
    const int h = t.hour(), m = t.minute(), s = t.second();
    buf[0] = 'T';
    buf[1] = char('0' + h / 10);
    buf[2] = char('0' + h % 10);
    buf[3] = ':';
    buf[4] = char('0' + m / 10);
    buf[5] = char('0' + m % 10);
    buf[6] = ':';
    buf[7] = char('0' + s / 10);
    buf[8] = char('0' + s % 10);
    return isoDate(d) + QLatin1StringView(buf, 9);
}

bool plainAsciiNumber(QStringView s)
{
    if (s.isEmpty())
        return false;
    bool digit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (!(c == u'.' || ((c == u'-' || c == u'+') && i == 0)))
            return false;
    }
    return digit;
}

bool parseDateTime(const QString &text, QDate *date, QTime *time, bool *hasTime)
{
    const auto m = dateTimePattern().match(text);
    if (!m.hasMatch())
        return false;
    *date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    *hasTime = m.hasCaptured(4) && !m.captured(4).isEmpty();
    *time = *hasTime ? QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                             m.captured(6).isEmpty() ? 0 : m.captured(6).toInt())
                     : QTime(0, 0);
    return date->isValid() && time->isValid();
}
} // namespace

QString stripFormulaGuard(const QString &cell)
{
    // Exactly what CsvWriter adds: one apostrophe before a formula character or before another apostrophe.
    if (cell.size() >= 2 && cell.front() == u'\'' && (CsvText::looksLikeFormula(cell.mid(1)) || cell.at(1) == u'\''))
        return cell.mid(1);
    return cell;
}

bool parse(const FieldDef &field, const QString &rawCell, QVariant *value, QString *reason)
{
    const QString cell = stripFormulaGuard(rawCell);
    if (cell.isEmpty() ||
        (field.type != FieldType::Text && field.type != FieldType::MultilineText && cell.trimmed().isEmpty())) {
        *value = QVariant();
        return true;
    }
    switch (field.type) {
    case FieldType::Text:
        if (cell.size() > kMaxSingleLine) {
            *reason = tr("the value is %1 characters long; a single-line text holds at most %2")
                          .arg(cell.size())
                          .arg(kMaxSingleLine);
            return false;
        }
        if (cell.contains(u'\n') || cell.contains(u'\r')) {
            *reason = tr("a single-line text cannot contain a line break");
            return false;
        }
        *value = cell;
        return true;
    case FieldType::MultilineText:
        if (cell.size() > kMaxMultiLine) {
            *reason = tr("the value is %1 characters long; a multi-line text holds at most %2")
                          .arg(cell.size())
                          .arg(kMaxMultiLine);
            return false;
        }
        *value = cell;
        return true;
    case FieldType::Number: {
        if (plainAsciiNumber(cell)) {
            bool ok = false;
            const qint64 i = cell.toLongLong(&ok);
            if (ok) {
                *value = i;
                return true;
            }
            const double d = cell.toDouble(&ok);
            if (ok) {
                *value = d;
                return true;
            }
        }
        // Full-width digits and signs become ASCII; thousands separators and spaces go.
        QString n = cell.normalized(QString::NormalizationForm_KC).trimmed();
        n.remove(u',');
        n.remove(u' ');
        static const QRegularExpression number(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
        if (!number.match(n).hasMatch()) {
            *reason = tr("\"%1\" is not a number (write digits, e.g. 1,234.5)").arg(cell);
            return false;
        }
        bool ok = false;
        const qint64 i = n.toLongLong(&ok);
        if (ok) {
            *value = i;
            return true;
        }
        *value = n.toDouble(&ok);
        if (!ok) {
            *reason = tr("\"%1\" is not a number (write digits, e.g. 1,234.5)").arg(cell);
            return false;
        }
        return true;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        QDate d;
        QTime t;
        bool hasTime = false;
        const bool fast = fastDateTime(cell, &d, &t, &hasTime);
        if (!fast && !parseDateTime(cell.normalized(QString::NormalizationForm_KC).trimmed(), &d, &t, &hasTime)) {
            *reason = field.type == FieldType::Date
                          ? tr("\"%1\" is not a date (write 2026/11/16 or 2026-11-16)").arg(cell)
                          : tr("\"%1\" is not a date and time (write 2026/11/16 09:30)").arg(cell);
            return false;
        }
        if (!d.isValid() || !t.isValid()) {
            *reason = field.type == FieldType::Date
                          ? tr("\"%1\" is not a date (write 2026/11/16 or 2026-11-16)").arg(cell)
                          : tr("\"%1\" is not a date and time (write 2026/11/16 09:30)").arg(cell);
            return false;
        }
        *value = field.type == FieldType::Date ? isoDate(d) : isoDateTime(d, t);
        return true;
    }
    case FieldType::Choice: {
        const QString c = cell.trimmed();
        if (!field.choices.contains(c)) {
            *reason = tr("\"%1\" is not one of the choices (%2)").arg(c, field.choices.join(u", "_s));
            return false;
        }
        *value = c;
        return true;
    }
    case FieldType::CheckBox: {
        const QString c = cell.trimmed().toLower();
        static const QStringList yes = {u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"はい"_s, u"✓"_s, u"○"_s, u"on"_s};
        static const QStringList no = {u"0"_s, u"false"_s, u"no"_s, u"n"_s, u"いいえ"_s, u"×"_s, u"off"_s};
        if (yes.contains(c)) {
            *value = 1;
            return true;
        }
        if (no.contains(c)) {
            *value = 0;
            return true;
        }
        *reason = tr("\"%1\" is not a check box value (write 1 or 0)").arg(cell);
        return false;
    }
    case FieldType::Link: {
        QString c = cell.normalized(QString::NormalizationForm_KC).trimmed();
        // Accept the record browser's "name (#12)" as well as a bare ID.
        static const QRegularExpression labelled(u"\\(#(\\d+)\\)$"_s);
        if (const auto m = labelled.match(c); m.hasMatch())
            c = m.captured(1);
        if (c.startsWith(u'#'))
            c.remove(0, 1);
        bool ok = false;
        const qint64 id = c.toLongLong(&ok);
        if (!ok || id <= 0) {
            *reason = tr("\"%1\" is not a record ID to link to (write the linked record's ID, e.g. 12)").arg(cell);
            return false;
        }
        *value = id;
        return true;
    }
    }
    return false;
}

QString canonical(const FieldDef &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Number: {
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            return QString::number(value.toLongLong()); // exact, however large
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            return value.toString();
        if (std::abs(d) < 9e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case FieldType::CheckBox:
        return value.toInt() ? u"1"_s : u"0"_s;
    case FieldType::Link:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace Rewind::FieldValues
