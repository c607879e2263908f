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
    if (cell.size() >= 2 && cell.front() == u'\'' && CsvText::looksLikeFormula(cell.mid(1)))
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
        const QString text = cell.normalized(QString::NormalizationForm_KC).trimmed();
        if (!parseDateTime(text, &d, &t, &hasTime)) {
            *reason = field.type == FieldType::Date
                          ? tr("\"%1\" is not a date (write 2026/11/16 or 2026-11-16)").arg(cell)
                          : tr("\"%1\" is not a date and time (write 2026/11/16 09:30)").arg(cell);
            return false;
        }
        *value = field.type == FieldType::Date ? d.toString(Qt::ISODate)
                                               : QDateTime(d, t).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
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
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            return value.toString();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
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
