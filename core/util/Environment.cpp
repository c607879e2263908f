#include "Environment.h"

#include <QCoreApplication>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const char *const kKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
int index(Weekday day)
{
    return static_cast<int>(day) - 1;
}
} // namespace

QString weekdayKey(Weekday day)
{
    return QString::fromLatin1(kKeys[index(day)]);
}

std::optional<Weekday> weekdayFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Weekday day : kAllWeekdays) {
        if (k == weekdayKey(day))
            return day;
    }
    return std::nullopt;
}

Weekday weekdayOf(const QDate &date)
{
    return static_cast<Weekday>(date.dayOfWeek());
}

QString weekdayName(Weekday day)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Monday"),    QT_TRANSLATE_NOOP("Rewind::Weekday", "Tuesday"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Wednesday"), QT_TRANSLATE_NOOP("Rewind::Weekday", "Thursday"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Friday"),    QT_TRANSLATE_NOOP("Rewind::Weekday", "Saturday"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Sunday")};
    return QCoreApplication::translate("Rewind::Weekday", names[index(day)]);
}

QString weekdayShortName(Weekday day)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Mon"), QT_TRANSLATE_NOOP("Rewind::Weekday", "Tue"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Wed"), QT_TRANSLATE_NOOP("Rewind::Weekday", "Thu"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Fri"), QT_TRANSLATE_NOOP("Rewind::Weekday", "Sat"),
        QT_TRANSLATE_NOOP("Rewind::Weekday", "Sun")};
    return QCoreApplication::translate("Rewind::Weekday", names[index(day)]);
}

std::optional<EnvironmentId> EnvironmentId::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "production"_L1 || t == "prod"_L1)
        return production();
    if (auto day = weekdayFromKey(t))
        return generation(*day);
    return std::nullopt;
}

QString EnvironmentId::key() const
{
    return isProduction() ? u"production"_s : weekdayKey(slot());
}

QString EnvironmentId::displayName() const
{
    return isProduction() ? QCoreApplication::translate("Rewind::EnvironmentId", "Production") : weekdayName(slot());
}

} // namespace Rewind
