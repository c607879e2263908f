#include "Schedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Schedule", text);
}

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

// ---- keys -------------------------------------------------------------------------------------

struct FrequencyKey
{
    Frequency frequency;
    QLatin1StringView key;
};
constexpr FrequencyKey kFrequencyKeys[] = {{Frequency::Weekly, "weekly"_L1},
                                           {Frequency::Biweekly, "biweekly"_L1},
                                           {Frequency::Monthly, "monthly"_L1},
                                           {Frequency::Quarterly, "quarterly"_L1}};

QString frequencyKey(Frequency f)
{
    for (const auto &k : kFrequencyKeys) {
        if (k.frequency == f)
            return k.key;
    }
    return {};
}

std::optional<Frequency> frequencyFromKey(const QString &key)
{
    for (const auto &k : kFrequencyKeys) {
        if (key == k.key)
            return k.frequency;
    }
    return std::nullopt;
}

QString monthlyRuleKey(MonthlyRule r)
{
    return r == MonthlyRule::DayOfMonth ? u"dayOfMonth"_s : u"nthWeekday"_s;
}

std::optional<MonthlyRule> monthlyRuleFromKey(const QString &key)
{
    if (key == "nthWeekday"_L1)
        return MonthlyRule::NthWeekday;
    if (key == "dayOfMonth"_L1)
        return MonthlyRule::DayOfMonth;
    return std::nullopt;
}

QString timeText(const QTime &t)
{
    return t.toString(t.second() == 0 && t.msec() == 0 ? u"HH:mm"_s : u"HH:mm:ss"_s);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool validFrequency(Frequency f)
{
    return f == Frequency::Weekly || f == Frequency::Biweekly || f == Frequency::Monthly || f == Frequency::Quarterly;
}

bool validWeekday(Weekday d)
{
    const int n = static_cast<int>(d);
    return n >= 1 && n <= 7;
}

bool usesWeekday(const ArchiveSchedule &s)
{
    return s.frequency == Frequency::Weekly || s.frequency == Frequency::Biweekly ||
           s.monthlyRule == MonthlyRule::NthWeekday;
}

bool isMonthBased(const ArchiveSchedule &s)
{
    return s.frequency == Frequency::Monthly || s.frequency == Frequency::Quarterly;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// ---- calendar ---------------------------------------------------------------------------------

/// Days to add to `from` to reach the next `weekday` (0 when `from` is one).
int daysUntil(const QDate &from, Weekday weekday)
{
    return (static_cast<int>(weekday) - from.dayOfWeek() + 7) % 7;
}

/// Months counted from year 0, so month arithmetic is integer arithmetic.
int monthIndex(const QDate &d)
{
    return d.year() * 12 + (d.month() - 1);
}

/// The day a month-based schedule runs on in month `index`.
QDate dateInMonth(const ArchiveSchedule &s, int index)
{
    const int year = index / 12;
    const int month = index % 12 + 1;
    const QDate first(year, month, 1);
    const int days = first.daysInMonth();
    if (s.monthlyRule == MonthlyRule::DayOfMonth)
        return QDate(year, month, std::min(s.dayOfMonth, days));
    if (s.nth < 0) {
        const QDate last(year, month, days);
        return last.addDays(-((last.dayOfWeek() - static_cast<int>(s.weekday) + 7) % 7));
    }
    return first.addDays(daysUntil(first, s.weekday) + 7 * (s.nth - 1));
}

/// The first occurrence date on or after `from` (and on or after the start date), or nullopt when
/// it would lie after the end date. Assumes a valid schedule.
std::optional<QDate> occurrenceDateFrom(const ArchiveSchedule &s, QDate from)
{
    if (from < s.startDate)
        from = s.startDate;
    QDate date;
    switch (s.frequency) {
    case Frequency::Weekly:
        date = from.addDays(daysUntil(from, s.weekday));
        break;
    case Frequency::Biweekly: {
        const QDate anchor = s.startDate.addDays(daysUntil(s.startDate, s.weekday));
        const qint64 behind = anchor.daysTo(from);
        date = behind <= 0 ? anchor : anchor.addDays((behind + 13) / 14 * 14);
        break;
    }
    case Frequency::Monthly:
    case Frequency::Quarterly: {
        const int step = s.frequency == Frequency::Monthly ? 1 : 3;
        const int origin = monthIndex(s.startDate);
        int index = monthIndex(from);
        if (const int misaligned = (index - origin) % step; misaligned != 0)
            index += step - misaligned;
        date = dateInMonth(s, index);
        if (date < from)
            date = dateInMonth(s, index + step);
        break;
    }
    }
    if (s.endDate && date > *s.endDate)
        return std::nullopt;
    return date;
}

} // namespace

// ---- ArchiveSchedule ----------------------------------------------------------------------------

QJsonObject ArchiveSchedule::toJson() const
{
    QJsonObject o{{u"frequency"_s, frequencyKey(frequency)},
                  {u"monthlyRule"_s, monthlyRuleKey(monthlyRule)},
                  {u"nth"_s, nth},
                  {u"dayOfMonth"_s, dayOfMonth},
                  {u"time"_s, timeText(time)},
                  {u"startDate"_s, dateText(startDate)}};
    if (validWeekday(weekday)) // an unused weekday may hold anything; weekdayKey() must not see it
        o.insert(u"weekday"_s, weekdayKey(weekday));
    if (endDate)
        o.insert(u"endDate"_s, dateText(*endDate));
    return o;
}

Result<ArchiveSchedule> ArchiveSchedule::fromJson(const QJsonObject &json)
{
    ArchiveSchedule s;
    const auto bad = [](const QString &field, const QJsonValue &value) {
        const QString shown = value.isString()   ? value.toString()
                              : value.isDouble() ? QString::number(value.toDouble())
                                                 : u"?"_s;
        return invalid(tr("The archive schedule's “%1” is not valid: “%2”.").arg(field, shown));
    };

    const QJsonValue frequency = json.value("frequency"_L1);
    const auto f = frequencyFromKey(frequency.toString());
    if (!f)
        return bad(u"frequency"_s, frequency);
    s.frequency = *f;

    if (const QJsonValue v = json.value("weekday"_L1); !v.isUndefined()) {
        const auto day = weekdayFromKey(v.toString());
        if (!day)
            return bad(u"weekday"_s, v);
        s.weekday = *day;
    }
    if (const QJsonValue v = json.value("monthlyRule"_L1); !v.isUndefined()) {
        const auto rule = monthlyRuleFromKey(v.toString());
        if (!rule)
            return bad(u"monthlyRule"_s, v);
        s.monthlyRule = *rule;
    }
    for (auto [key, target] : {std::pair{"nth"_L1, &s.nth}, std::pair{"dayOfMonth"_L1, &s.dayOfMonth}}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()))
            return bad(key, v);
        *target = v.toInt();
    }

    const QJsonValue time = json.value("time"_L1);
    s.time = QTime::fromString(time.toString(), Qt::ISODate);
    if (!s.time.isValid())
        return bad(u"time"_s, time);

    const QJsonValue start = json.value("startDate"_L1);
    s.startDate = QDate::fromString(start.toString(), Qt::ISODate);
    if (!s.startDate.isValid())
        return bad(u"startDate"_s, start);

    if (const QJsonValue v = json.value("endDate"_L1); !v.isUndefined() && !v.isNull()) {
        const QDate end = QDate::fromString(v.toString(), Qt::ISODate);
        if (!end.isValid())
            return bad(u"endDate"_s, v);
        s.endDate = end;
    }

    if (auto st = s.validate(); !st)
        return st.error();
    return s;
}

Status ArchiveSchedule::validate() const
{
    if (!validFrequency(frequency))
        return invalid(tr("The archive schedule's frequency is not one of weekly, every two weeks, monthly or "
                          "every three months."));
    if (!startDate.isValid())
        return invalid(tr("The archive schedule needs a start date."));
    if (!time.isValid())
        return invalid(tr("The archive schedule's time of day is not a valid time."));
    if (isMonthBased(*this) && monthlyRule != MonthlyRule::NthWeekday && monthlyRule != MonthlyRule::DayOfMonth)
        return invalid(tr("The archive schedule's monthly rule must be a weekday of the month or a day of the month."));
    if (usesWeekday(*this) && !validWeekday(weekday))
        return invalid(tr("The archive schedule's weekday must be Monday to Sunday."));
    if (isMonthBased(*this) && monthlyRule == MonthlyRule::NthWeekday && !(nth == -1 || (nth >= 1 && nth <= 4)))
        return invalid(tr("The archive schedule's week of the month must be 1 to 4 or last (-1), not %1.").arg(nth));
    if (isMonthBased(*this) && monthlyRule == MonthlyRule::DayOfMonth && (dayOfMonth < 1 || dayOfMonth > 31))
        return invalid(tr("The archive schedule's day of the month must be 1 to 31, not %1.").arg(dayOfMonth));
    if (endDate && (!endDate->isValid() || *endDate < startDate))
        return invalid(tr("The archive schedule's end date %1 is before its start date %2: choose an end date on "
                          "or after the start date, or none.")
                           .arg(endDate->isValid() ? dateText(*endDate) : u"?"_s, dateText(startDate)));
    return {};
}

QString ArchiveSchedule::describe() const
{
    if (!validate())
        return tr("Invalid archive schedule");

    const QString at = timeText(time);
    const QString day = usesWeekday(*this) ? weekdayName(weekday) : QString();
    QString ordinal;
    switch (nth) {
    case 1:
        ordinal = tr("first");
        break;
    case 2:
        ordinal = tr("second");
        break;
    case 3:
        ordinal = tr("third");
        break;
    case 4:
        ordinal = tr("fourth");
        break;
    default:
        ordinal = tr("last");
        break;
    }
    QList<int> cycle; // the months a quarterly schedule runs in, in calendar order
    for (int i = 0; i < 4; ++i)
        cycle.append((startDate.month() - 1 + 3 * i) % 12 + 1);
    std::sort(cycle.begin(), cycle.end());
    QStringList months;
    for (int month : cycle)
        months.append(QLocale().monthName(month, QLocale::ShortFormat));
    const QString quarterMonths = months.join(u", "_s);
    const bool byDay = monthlyRule == MonthlyRule::DayOfMonth;

    QString text;
    switch (frequency) {
    case Frequency::Weekly:
        text = tr("Every week on %1 at %2").arg(day, at);
        break;
    case Frequency::Biweekly:
        text = tr("Every two weeks on %1 at %2").arg(day, at);
        break;
    case Frequency::Monthly:
        text = byDay ? tr("Every month on day %1 at %2").arg(QString::number(dayOfMonth), at)
                     : tr("Every month on the %1 %2 at %3").arg(ordinal, day, at);
        break;
    case Frequency::Quarterly:
        text = byDay ? tr("Every three months (%1) on day %2 at %3").arg(quarterMonths, QString::number(dayOfMonth), at)
                     : tr("Every three months (%1) on the %2 %3 at %4").arg(quarterMonths, ordinal, day, at);
        break;
    }
    if (endDate)
        text = tr("%1, until %2").arg(text, dateText(*endDate));
    if (isMonthBased(*this) && byDay && dayOfMonth >= 29)
        text =
            tr("%1 (in months without day %2 it runs on the month's last day)").arg(text, QString::number(dayOfMonth));
    return text;
}

// ---- DailyRunTime -------------------------------------------------------------------------------

Status DailyRunTime::validate() const
{
    if (!windowStart.isValid() || !windowEnd.isValid())
        return invalid(tr("The backup window's start and end must be valid times of day."));
    if (!time.isValid())
        return invalid(tr("The daily backup time is not a valid time of day."));
    if (windowStart == windowEnd)
        return invalid(tr("The backup window %1 – %2 is empty: give it an end after its start.")
                           .arg(timeText(windowStart), timeText(windowEnd)));
    const bool inside =
        windowStart < windowEnd ? (time >= windowStart && time < windowEnd) : (time >= windowStart || time < windowEnd);
    if (!inside)
        return invalid(tr("The daily backup time %1 lies outside the backup window %2 – %3: choose a time from "
                          "%2 to before %3.")
                           .arg(timeText(time), timeText(windowStart), timeText(windowEnd)));
    return {};
}

QJsonObject DailyRunTime::toJson() const
{
    return QJsonObject{
        {u"windowStart"_s, timeText(windowStart)}, {u"windowEnd"_s, timeText(windowEnd)}, {u"time"_s, timeText(time)}};
}

Result<DailyRunTime> DailyRunTime::fromJson(const QJsonObject &json)
{
    DailyRunTime d;
    for (auto [key, target] : {std::pair{"windowStart"_L1, &d.windowStart}, std::pair{"windowEnd"_L1, &d.windowEnd},
                               std::pair{"time"_L1, &d.time}}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            continue;
        *target = QTime::fromString(v.toString(), Qt::ISODate);
        if (!target->isValid())
            return invalid(tr("The daily backup setting “%1” is not a valid time: “%2”.").arg(key, v.toString()));
    }
    if (auto st = d.validate(); !st)
        return st.error();
    return d;
}

// ---- Schedules ----------------------------------------------------------------------------------

namespace Schedules
{

QDateTime resolveLocal(const QDate &date, const QTime &time, const QTimeZone &tz)
{
    if (!date.isValid() || !time.isValid() || !tz.isValid())
        return {};
    // The wall time read as UTC: an instant `i` shows it locally when i + offset(i) == wall.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Offsets are within ±14 h, so every instant that could show this wall time, and every
    // transition that could move it, lies within a day of it.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(wall - kMsPerDay, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(wall + kMsPerDay, Qt::UTC);
    const QTimeZone::OffsetDataList transitions = tz.transitions(from, to);

    QList<int> offsets{tz.offsetFromUtc(from)};
    for (const auto &t : transitions)
        offsets.append(t.offsetFromUtc);

    std::optional<qint64> earliest;
    for (int offset : offsets) {
        const qint64 candidate = wall - qint64(offset) * 1000;
        if (tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(candidate, Qt::UTC)) == offset &&
            (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    if (earliest)
        return QDateTime::fromMSecsSinceEpoch(*earliest, tz);

    // No instant shows this wall time: it lies in a gap. Run at the transition that jumps over it.
    int before = offsets.first();
    for (const auto &t : transitions) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        if (at + qint64(before) * 1000 <= wall && wall < at + qint64(t.offsetFromUtc) * 1000)
            return QDateTime::fromMSecsSinceEpoch(at, tz);
        before = t.offsetFromUtc;
    }
    return QDateTime(date, time, tz); // not reached with consistent zone data
}

std::optional<QDateTime> nextOccurrence(const ArchiveSchedule &schedule, const QDateTime &after, const QTimeZone &tz)
{
    if (!schedule.validate() || !after.isValid() || !tz.isValid())
        return std::nullopt;
    // Start a day early: an occurrence's instant can fall on a neighbouring local date only through
    // a gap at midnight, and instants grow with the date, so the first one after `after` is near.
    QDate from = after.toTimeZone(tz).date().addDays(-1);
    for (int guard = 0; guard < 16; ++guard) {
        const auto date = occurrenceDateFrom(schedule, from);
        if (!date)
            return std::nullopt;
        QDateTime at = resolveLocal(*date, schedule.time, tz);
        if (at > after)
            return at;
        from = date->addDays(1);
    }
    return std::nullopt;
}

std::optional<QDateTime> nextRun(const ArchiveSchedule &schedule, std::optional<QDateTime> lastRun,
                                 const QDateTime &now, const QTimeZone &tz)
{
    std::optional<QDateTime> next;
    if (lastRun && lastRun->isValid()) {
        next = nextOccurrence(schedule, *lastRun, tz);
    } else {
        if (!schedule.validate() || !tz.isValid())
            return std::nullopt;
        if (const auto date = occurrenceDateFrom(schedule, schedule.startDate))
            next = resolveLocal(*date, schedule.time, tz);
    }
    // Missed, but the end date is over: no catch-up run after the end date.
    if (next && *next <= now && schedule.endDate && now.toTimeZone(tz).date() > *schedule.endDate)
        return std::nullopt;
    return next;
}

QList<QDateTime> upcoming(const ArchiveSchedule &schedule, const QDateTime &now, const QTimeZone &tz, int count)
{
    QList<QDateTime> out;
    QDateTime after = now;
    while (out.size() < count) {
        const auto next = nextOccurrence(schedule, after, tz);
        if (!next)
            break;
        out.append(*next);
        after = *next;
    }
    return out;
}

bool isDue(const ArchiveSchedule &schedule, std::optional<QDateTime> lastRun, const QDateTime &now, const QTimeZone &tz)
{
    const auto next = nextRun(schedule, lastRun, now, tz);
    return next && *next <= now;
}

QDateTime latestDailyOccurrence(const DailyRunTime &daily, const QDateTime &now, const QTimeZone &tz)
{
    if (!daily.time.isValid() || !now.isValid() || !tz.isValid())
        return {};
    const QDate today = now.toTimeZone(tz).date();
    const QDateTime at = resolveLocal(today, daily.time, tz);
    return at <= now ? at : resolveLocal(today.addDays(-1), daily.time, tz);
}

bool isDailyDue(const DailyRunTime &daily, std::optional<QDateTime> lastRun, const QDateTime &now, const QTimeZone &tz)
{
    const QDateTime latest = latestDailyOccurrence(daily, now, tz);
    if (!latest.isValid())
        return false;
    if (!lastRun || !lastRun->isValid())
        return true;
    if (*lastRun > now) // redundant with the next line (latest <= now), kept for the reader
        return false;
    return *lastRun < latest;
}

QDateTime nextDailyOccurrence(const DailyRunTime &daily, const QDateTime &now, const QTimeZone &tz)
{
    if (!daily.time.isValid() || !now.isValid() || !tz.isValid())
        return {};
    const QDate today = now.toTimeZone(tz).date();
    const QDateTime at = resolveLocal(today, daily.time, tz);
    return at > now ? at : resolveLocal(today.addDays(1), daily.time, tz);
}

} // namespace Schedules

} // namespace Rewind
