#pragma once

#include "util/Environment.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Rewind
{

/// How often the archive schedule repeats.
enum class Frequency
{
    Weekly,    ///< every week on `weekday`
    Biweekly,  ///< every two weeks on `weekday`, counted from the first such day on/after the start date
    Monthly,   ///< every month, on an nth weekday or a day of the month
    Quarterly, ///< every three months from the start date's month (start, start+3, start+6 …)
};

/// Which day of the month a Monthly or Quarterly schedule runs on.
enum class MonthlyRule
{
    NthWeekday, ///< the `nth` `weekday` of the month ("first Wednesday", "last Friday")
    DayOfMonth, ///< `dayOfMonth`; in a month that has no such day, that month's last day
};

/// The (at most one) archive schedule, in local time of a time zone the caller supplies.
/// Occurrences are local dates at `time`: on or after `startDate`, and on or before `endDate` if set.
/// A value type without I/O: the runner keeps it and its last run instant in its own storage.
struct ArchiveSchedule
{
    Frequency frequency = Frequency::Weekly;
    Weekday weekday = Weekday::Mon;                    ///< Weekly, Biweekly, and NthWeekday months
    MonthlyRule monthlyRule = MonthlyRule::NthWeekday; ///< Monthly and Quarterly only
    int nth = 1;                                       ///< 1 … 4, or -1 for the last one in the month
    int dayOfMonth = 1;                                ///< 1 … 31 (DayOfMonth only)
    QTime time{2, 0};                                  ///< local time of day
    QDate startDate;                                   ///< required: the day the schedule was created
    std::optional<QDate> endDate;                      ///< inclusive: no run after this local date

    /// Stable keys: {"frequency":"weekly|biweekly|monthly|quarterly", "weekday":"mon…sun",
    /// "monthlyRule":"nthWeekday|dayOfMonth", "nth":1, "dayOfMonth":1, "time":"02:00",
    /// "startDate":"2027-01-01", "endDate":"2027-03-31" (absent when open-ended)}.
    QJsonObject toJson() const;
    /// Parses toJson()'s form and validates it; an error names the field.
    static Result<ArchiveSchedule> fromJson(const QJsonObject &json);

    /// InvalidArgument with a translated message naming the field: missing start date, invalid time,
    /// nth outside 1 … 4 / -1, day of month outside 1 … 31, end date before start date. Fields the
    /// frequency and rule do not use are not checked.
    Status validate() const;
    /// A translated line for people, e.g. "Every two weeks on Wednesday at 02:00, until 2027-03-31".
    /// For a day of month 29 … 31 it adds that shorter months run on their last day.
    QString describe() const;

    bool operator==(const ArchiveSchedule &other) const = default;
};

/// The daily generation run: once a day at `time`, which must lie inside the backup window
/// [windowStart, windowEnd). A window whose start is after its end spans midnight (22:00 – 06:00).
struct DailyRunTime
{
    QTime windowStart{0, 0};
    QTime windowEnd{8, 0};
    QTime time{1, 0};

    /// InvalidArgument when a time is invalid, the window is empty, or `time` lies outside the
    /// window; the message names the time and the window.
    Status validate() const;
    /// {"windowStart":"00:00", "windowEnd":"08:00", "time":"01:00"}.
    QJsonObject toJson() const;
    /// Parses toJson()'s form and validates it.
    static Result<DailyRunTime> fromJson(const QJsonObject &json);

    bool operator==(const DailyRunTime &other) const = default;
};

/// When scheduled work runs. Pure functions of their arguments (no clock, no I/O).
///
/// Instants (QDateTime arguments) may be in any time spec; they are compared as instants. Results
/// are in `tz`, so toString() shows local time. An occurrence is a local date plus the schedule's
/// time; a local time that does not exist (spring-forward gap) means the first instant after the gap
/// (02:30 on a 02:00 → 03:00 day runs at 03:00), an ambiguous one (fall back) the first of the two.
///
/// A run instant is the moment a run actually started (the `now` at which isDue() said yes). It is
/// at or after the occurrence it serves, and every occurrence at or before the last run instant
/// counts as served: missed occurrences collapse into one catch-up run, and a clock that jumps
/// backwards never runs an occurrence twice.
namespace Schedules
{

/// The local time `time` on `date` in `tz`, resolved as described above (invalid for invalid input).
QDateTime resolveLocal(const QDate &date, const QTime &time, const QTimeZone &tz);

/// The first occurrence strictly after `after`, or nullopt when there is none (the end date has
/// passed, or the schedule is invalid).
std::optional<QDateTime> nextOccurrence(const ArchiveSchedule &schedule, const QDateTime &after, const QTimeZone &tz);

/// The occurrence the next run serves: the first occurrence strictly after `lastRun`, or with no last
/// run the first occurrence at/after the start of the start date. It may lie before `now`: the run is
/// due (just due, or missed: several missed occurrences give this one, the earliest, and one run).
/// nullopt when there is none, and also when that occurrence was missed and `now` is already past the
/// end date (no run after the end date, not even a catch-up). A backwards clock (now < lastRun) only
/// delays: the result is always after lastRun.
std::optional<QDateTime> nextRun(const ArchiveSchedule &schedule, std::optional<QDateTime> lastRun,
                                 const QDateTime &now, const QTimeZone &tz);

/// The next `count` occurrences strictly after `now` (the "next five runs" preview before saving);
/// fewer when the end date comes first.
QList<QDateTime> upcoming(const ArchiveSchedule &schedule, const QDateTime &now, const QTimeZone &tz, int count = 5);

/// True when nextRun() exists and is at or before `now`: start a run now and record `now` as lastRun.
bool isDue(const ArchiveSchedule &schedule, std::optional<QDateTime> lastRun, const QDateTime &now,
           const QTimeZone &tz);

/// The latest daily occurrence at or before `now` (the run that should have happened most recently).
/// Invalid when `daily.time` is. The daily functions need only a valid time; validate() checks the window.
QDateTime latestDailyOccurrence(const DailyRunTime &daily, const QDateTime &now, const QTimeZone &tz);

/// Due when no run happened since the latest occurrence (no lastRun, or lastRun <
/// latestDailyOccurrence(now)); several missed days give one run. A clock that jumped backwards
/// (lastRun > now) is not due, nor is an invalid time. The window is not consulted: a run missed at
/// 01:00 is due at 10:00.
bool isDailyDue(const DailyRunTime &daily, std::optional<QDateTime> lastRun, const QDateTime &now, const QTimeZone &tz);

/// The first daily occurrence strictly after `now`.
QDateTime nextDailyOccurrence(const DailyRunTime &daily, const QDateTime &now, const QTimeZone &tz);

} // namespace Schedules

} // namespace Rewind
