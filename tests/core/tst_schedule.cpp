// When scheduled work runs: the archive schedule (weekly, every two weeks, monthly, quarterly) and the
// daily generation run. Every expected date below is worked out by hand from the calendar (noted in
// the comments), never by asking the code under test.
//
// Calendar facts used throughout: 2027-01-01 is a Friday; the first days of 2027's months fall on
// Fri Mon Mon Thu Sat Tue Thu Sun Wed Fri Mon Wed; 2028-01-01 is a Saturday and 2028 is a leap year.
// Europe/Berlin 2027: CET (UTC+1) until Sun 2027-03-28 02:00 local, when clocks jump to 03:00 CEST
// (UTC+2, at 01:00Z); back on Sun 2027-10-31 at 03:00 CEST to 02:00 CET (at 01:00Z), so 02:00–02:59
// happens twice that night. Asia/Tokyo is UTC+9 without DST.

#include "schedule/Schedule.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

QDateTime at(const QTimeZone &tz, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), tz);
}

ArchiveSchedule weekly(Frequency f, Weekday day, QTime time, QDate start)
{
    ArchiveSchedule s;
    s.frequency = f;
    s.weekday = day;
    s.time = time;
    s.startDate = start;
    return s;
}

ArchiveSchedule byDayOfMonth(Frequency f, int day, QTime time, QDate start)
{
    ArchiveSchedule s;
    s.frequency = f;
    s.monthlyRule = MonthlyRule::DayOfMonth;
    s.dayOfMonth = day;
    s.time = time;
    s.startDate = start;
    return s;
}

ArchiveSchedule byNthWeekday(Frequency f, int nth, Weekday day, QTime time, QDate start)
{
    ArchiveSchedule s;
    s.frequency = f;
    s.monthlyRule = MonthlyRule::NthWeekday;
    s.nth = nth;
    s.weekday = day;
    s.time = time;
    s.startDate = start;
    return s;
}

QList<QDate> localDates(const QList<QDateTime> &instants, const QTimeZone &tz)
{
    QList<QDate> out;
    for (const QDateTime &i : instants)
        out.append(i.toTimeZone(tz).date());
    return out;
}

QString show(const QList<QDateTime> &instants)
{
    QStringList parts;
    for (const QDateTime &i : instants)
        parts.append(i.toString(Qt::ISODate));
    return parts.join(u", "_s);
}

/// What a runner does: look at the clock every `stepSecs`, run when due, and record the run instant
/// as lastRun. Collects the run instants and the occurrence each run served (nextRun at that moment).
struct Runner
{
    ArchiveSchedule schedule;
    QTimeZone tz;
    std::optional<QDateTime> lastRun;
    QList<QDateTime> runs;
    QList<QDateTime> served;

    void walk(QDateTime from, const QDateTime &to, qint64 stepSecs)
    {
        for (QDateTime now = from; now < to; now = now.addSecs(stepSecs)) {
            if (!Schedules::isDue(schedule, lastRun, now, tz))
                continue;
            served.append(*Schedules::nextRun(schedule, lastRun, now, tz));
            runs.append(now);
            lastRun = now;
        }
    }
};
} // namespace

class TstSchedule : public QObject
{
    Q_OBJECT

    const QTimeZone berlin{"Europe/Berlin"};
    const QTimeZone tokyo{"Asia/Tokyo"};

private slots:
    void initTestCase()
    {
        QVERIFY(berlin.isValid());
        QVERIFY(tokyo.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // month names in describe()
    }

    void weeklyAcrossAYear()
    {
        // Every Wednesday at 02:00 Berlin time, created on Friday 2027-01-01. The first Wednesday on or
        // after it is 01-06; then every 7 days: 52 Wednesdays in 2027, the last 12-29 (01-06 + 357 days).
        Runner r{weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1)), berlin, {}, {}, {}};
        const qint64 step = 47 * 60; // an odd step, so runs start a little after their occurrence
        r.walk(at(berlin, 2027, 1, 1, 0, 0), at(berlin, 2028, 1, 1, 0, 0), step);

        QList<QDate> expected;
        for (QDate d(2027, 1, 6); d.year() == 2027; d = d.addDays(7))
            expected.append(d);
        QCOMPARE(expected.size(), 52);
        QCOMPARE(expected.at(12), QDate(2027, 3, 31)); // 01-06 + 84 days, the first one in summer time
        QCOMPARE(expected.last(), QDate(2027, 12, 29));

        QCOMPARE(r.runs.size(), 52);
        QCOMPARE(localDates(r.served, berlin), expected);
        QCOMPARE(localDates(r.runs, berlin), expected);
        for (int i = 0; i < r.runs.size(); ++i) {
            // Each run serves exactly its own occurrence, at 02:00 local, within one step of it.
            QCOMPARE(r.served.at(i).toTimeZone(berlin).time(), QTime(2, 0));
            QVERIFY(r.runs.at(i) >= r.served.at(i));
            QVERIFY2(r.served.at(i).secsTo(r.runs.at(i)) < step, qPrintable(show({r.served.at(i), r.runs.at(i)})));
        }
        // 02:00 CET is 01:00Z in winter, 02:00 CEST is 00:00Z in summer.
        QCOMPARE(r.served.at(11), utc(2027, 3, 24, 1, 0));
        QCOMPARE(r.served.at(12), utc(2027, 3, 31, 0, 0));
        QCOMPARE(r.served.at(42), utc(2027, 10, 27, 0, 0)); // 01-06 + 294 days, still summer time
        QCOMPARE(r.served.at(43), utc(2027, 11, 3, 1, 0));
    }

    void biweeklyAcrossAYear()
    {
        // Every two weeks on Wednesday, created on Thursday 2027-01-07: weeks count from the first
        // Wednesday on or after the start, 01-13, then every 14 days; 13 + 14·25 = day 363 = 12-29.
        Runner r{weekly(Frequency::Biweekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 7)), berlin, {}, {}, {}};
        const qint64 step = 53 * 60;
        r.walk(at(berlin, 2027, 1, 7, 0, 0), at(berlin, 2028, 1, 1, 0, 0), step);

        const QList<QDate> expected = {
            {2027, 1, 13}, {2027, 1, 27},  {2027, 2, 10}, {2027, 2, 24},  {2027, 3, 10}, {2027, 3, 24}, {2027, 4, 7},
            {2027, 4, 21}, {2027, 5, 5},   {2027, 5, 19}, {2027, 6, 2},   {2027, 6, 16}, {2027, 6, 30}, {2027, 7, 14},
            {2027, 7, 28}, {2027, 8, 11},  {2027, 8, 25}, {2027, 9, 8},   {2027, 9, 22}, {2027, 10, 6}, {2027, 10, 20},
            {2027, 11, 3}, {2027, 11, 17}, {2027, 12, 1}, {2027, 12, 15}, {2027, 12, 29}};
        QCOMPARE(r.runs.size(), 26);
        QCOMPARE(localDates(r.served, berlin), expected);
        QCOMPARE(localDates(r.runs, berlin), expected);
        QCOMPARE(QSet<QDateTime>(r.served.cbegin(), r.served.cend()).size(), 26); // none twice
        for (int i = 0; i < r.runs.size(); ++i)
            QVERIFY(r.served.at(i).secsTo(r.runs.at(i)) >= 0 && r.served.at(i).secsTo(r.runs.at(i)) < step);

        // Created on a Wednesday, that day is the first occurrence and the count starts there.
        const auto fromWed = weekly(Frequency::Biweekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 6));
        QCOMPARE(localDates(Schedules::upcoming(fromWed, at(berlin, 2027, 1, 1, 0, 0), berlin, 3), berlin),
                 (QList<QDate>{{2027, 1, 6}, {2027, 1, 20}, {2027, 2, 3}}));
    }

    void monthlyDay31InShortMonths()
    {
        // Day 31 runs on the last day of months that have no 31st: Feb 28 (2027), Apr 30, Jun 30,
        // Sep 30, Nov 30, and Feb 29 in the leap year 2028.
        const auto s = byDayOfMonth(Frequency::Monthly, 31, QTime(4, 0), QDate(2027, 1, 1));
        const auto runs = Schedules::upcoming(s, at(tokyo, 2027, 1, 1, 0, 0), tokyo, 14);
        QCOMPARE(localDates(runs, tokyo), (QList<QDate>{{2027, 1, 31},
                                                        {2027, 2, 28},
                                                        {2027, 3, 31},
                                                        {2027, 4, 30},
                                                        {2027, 5, 31},
                                                        {2027, 6, 30},
                                                        {2027, 7, 31},
                                                        {2027, 8, 31},
                                                        {2027, 9, 30},
                                                        {2027, 10, 31},
                                                        {2027, 11, 30},
                                                        {2027, 12, 31},
                                                        {2028, 1, 31},
                                                        {2028, 2, 29}}));
        QCOMPARE(runs.at(1), utc(2027, 2, 27, 19, 0)); // 02-28 04:00 JST = 02-27 19:00Z

        // The 29th and 30th fall back only in February.
        const auto day30 = byDayOfMonth(Frequency::Monthly, 30, QTime(4, 0), QDate(2027, 1, 1));
        QCOMPARE(localDates(Schedules::upcoming(day30, at(tokyo, 2027, 1, 1, 0, 0), tokyo, 3), tokyo),
                 (QList<QDate>{{2027, 1, 30}, {2027, 2, 28}, {2027, 3, 30}}));
        const auto day29 = byDayOfMonth(Frequency::Monthly, 29, QTime(4, 0), QDate(2027, 2, 1));
        const auto feb = [&](int year) {
            return Schedules::nextOccurrence(day29, at(tokyo, year, 2, 1, 0, 0), tokyo)->toTimeZone(tokyo).date();
        };
        QCOMPARE(feb(2027), QDate(2027, 2, 28));
        QCOMPARE(feb(2028), QDate(2028, 2, 29));

        // A start date after the day in its month begins in the next month.
        const auto lateStart = byDayOfMonth(Frequency::Monthly, 31, QTime(4, 0), QDate(2028, 1, 31));
        QCOMPARE(Schedules::nextRun(lateStart, std::nullopt, at(tokyo, 2028, 1, 31, 12, 0), tokyo),
                 at(tokyo, 2028, 1, 31, 4, 0)); // on the start date itself, its occurrence counts
        const auto afterDay = byDayOfMonth(Frequency::Monthly, 15, QTime(4, 0), QDate(2028, 1, 20));
        QCOMPARE(Schedules::nextRun(afterDay, std::nullopt, at(tokyo, 2028, 1, 20, 12, 0), tokyo),
                 at(tokyo, 2028, 2, 15, 4, 0));
    }

    void monthlyNthWeekday()
    {
        const QDateTime from = at(tokyo, 2027, 1, 1, 0, 0);
        // Last Friday: Jan 1 is a Friday, so Fridays 1 8 15 22 29 → 01-29; Feb 1 Mon → 26; Mar 1 Mon → 26;
        // Apr 1 Thu → Fridays 2 … 30 → 30; May 1 Sat → 28; Jun 1 Tue → 25.
        const auto lastFri = byNthWeekday(Frequency::Monthly, -1, Weekday::Fri, QTime(23, 30), QDate(2027, 1, 1));
        QCOMPARE(
            localDates(Schedules::upcoming(lastFri, from, tokyo, 6), tokyo),
            (QList<QDate>{{2027, 1, 29}, {2027, 2, 26}, {2027, 3, 26}, {2027, 4, 30}, {2027, 5, 28}, {2027, 6, 25}}));

        // Fourth Monday: Mondays of Jan are 4 11 18 25; Feb and Mar start on Monday → 22; Apr 1 Thu →
        // 5 12 19 26; May 1 Sat → 3 10 17 24 31: the fourth is the 24th even though the 31st is the last.
        const auto fourthMon = byNthWeekday(Frequency::Monthly, 4, Weekday::Mon, QTime(2, 0), QDate(2027, 1, 1));
        QCOMPARE(localDates(Schedules::upcoming(fourthMon, from, tokyo, 5), tokyo),
                 (QList<QDate>{{2027, 1, 25}, {2027, 2, 22}, {2027, 3, 22}, {2027, 4, 26}, {2027, 5, 24}}));

        // First Wednesday: Jan 6, Feb 3, Mar 3, Apr 7 … and Sep 1 (September begins on a Wednesday).
        const auto firstWed = byNthWeekday(Frequency::Monthly, 1, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1));
        QCOMPARE(localDates(Schedules::upcoming(firstWed, from, tokyo, 9), tokyo), (QList<QDate>{{2027, 1, 6},
                                                                                                 {2027, 2, 3},
                                                                                                 {2027, 3, 3},
                                                                                                 {2027, 4, 7},
                                                                                                 {2027, 5, 5},
                                                                                                 {2027, 6, 2},
                                                                                                 {2027, 7, 7},
                                                                                                 {2027, 8, 4},
                                                                                                 {2027, 9, 1}}));
    }

    void quarterly()
    {
        // Day 31 every three months from November 2026: Nov has 30 days → 11-30; then Feb 2027 → 28,
        // May → 31, Aug → 31, Nov → 30, Feb 2028 (leap) → 29, May → 31.
        const auto day31 = byDayOfMonth(Frequency::Quarterly, 31, QTime(2, 0), QDate(2026, 11, 10));
        QCOMPARE(localDates(Schedules::upcoming(day31, at(tokyo, 2026, 11, 10, 0, 0), tokyo, 7), tokyo),
                 (QList<QDate>{{2026, 11, 30},
                               {2027, 2, 28},
                               {2027, 5, 31},
                               {2027, 8, 31},
                               {2027, 11, 30},
                               {2028, 2, 29},
                               {2028, 5, 31}}));

        // First Monday, created 2027-01-20: January's (01-04) is before the start, so April is first:
        // Apr 1 Thu → 04-05; Jul 1 Thu → 07-05; Oct 1 Fri → 10-04; 2028-01-01 Sat → 01-03.
        const auto firstMon = byNthWeekday(Frequency::Quarterly, 1, Weekday::Mon, QTime(2, 0), QDate(2027, 1, 20));
        QCOMPARE(localDates(Schedules::upcoming(firstMon, at(tokyo, 2027, 1, 1, 0, 0), tokyo, 4), tokyo),
                 (QList<QDate>{{2027, 4, 5}, {2027, 7, 5}, {2027, 10, 4}, {2028, 1, 3}}));
        // Asked from the middle of the cycle, it stays on the start's months (not the month asked in).
        QCOMPARE(localDates(Schedules::upcoming(firstMon, at(tokyo, 2027, 5, 10, 0, 0), tokyo, 1), tokyo),
                 (QList<QDate>{{2027, 7, 5}}));
    }

    void yearEnd()
    {
        // Last Friday: Dec 1 2027 is a Wednesday → Fridays 3 10 17 24 31 → 12-31; Jan 1 2028 is a
        // Saturday → Fridays 7 14 21 28 → 01-28. At 23:30 JST, i.e. 14:30Z the same day.
        const auto lastFri = byNthWeekday(Frequency::Monthly, -1, Weekday::Fri, QTime(23, 30), QDate(2027, 12, 1));
        const auto runs = Schedules::upcoming(lastFri, utc(2027, 12, 1, 0, 0), tokyo, 2);
        QCOMPARE(runs, (QList<QDateTime>{utc(2027, 12, 31, 14, 30), utc(2028, 1, 28, 14, 30)}));

        // Weekly Friday and biweekly Wednesday over the new year: 12-31 → 2028-01-07; 12-22 → 2028-01-05 → 01-19.
        const auto fri = weekly(Frequency::Weekly, Weekday::Fri, QTime(2, 0), QDate(2027, 12, 1));
        QCOMPARE(localDates(Schedules::upcoming(fri, at(berlin, 2027, 12, 30, 0, 0), berlin, 2), berlin),
                 (QList<QDate>{{2027, 12, 31}, {2028, 1, 7}}));
        const auto wed = weekly(Frequency::Biweekly, Weekday::Wed, QTime(2, 0), QDate(2027, 12, 22));
        QCOMPARE(localDates(Schedules::upcoming(wed, at(berlin, 2027, 12, 1, 0, 0), berlin, 3), berlin),
                 (QList<QDate>{{2027, 12, 22}, {2028, 1, 5}, {2028, 1, 19}}));

        // Day 1 monthly, asked one minute before midnight on New Year's Eve.
        const auto first = byDayOfMonth(Frequency::Monthly, 1, QTime(2, 0), QDate(2027, 1, 1));
        QCOMPARE(Schedules::nextOccurrence(first, at(berlin, 2027, 12, 31, 23, 59), berlin),
                 at(berlin, 2028, 1, 1, 2, 0));
    }

    void endDateInclusiveAndExhausted()
    {
        // Wednesdays of March 2027 (Mar 1 is a Monday): 3 10 17 24 31; the end date 03-31 is one.
        auto s = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 3, 1));
        s.endDate = QDate(2027, 3, 31);
        QCOMPARE(localDates(Schedules::upcoming(s, at(berlin, 2027, 3, 1, 0, 0), berlin, 10), berlin),
                 (QList<QDate>{{2027, 3, 3}, {2027, 3, 10}, {2027, 3, 17}, {2027, 3, 24}, {2027, 3, 31}}));
        QCOMPARE(Schedules::nextOccurrence(s, at(berlin, 2027, 3, 31, 2, 0), berlin), std::nullopt);
        QCOMPARE(Schedules::nextRun(s, at(berlin, 2027, 3, 31, 2, 5), at(berlin, 2027, 4, 1, 0, 0), berlin),
                 std::nullopt);
        QVERIFY(!Schedules::isDue(s, at(berlin, 2027, 3, 31, 2, 5), at(berlin, 2027, 6, 1, 0, 0), berlin));

        // Missed on the end date: caught up the same day, but not after it.
        const QDateTime lastRun = at(berlin, 2027, 3, 24, 2, 5);
        QVERIFY(Schedules::isDue(s, lastRun, at(berlin, 2027, 3, 31, 23, 0), berlin));
        QVERIFY(!Schedules::isDue(s, lastRun, at(berlin, 2027, 4, 1, 9, 0), berlin));
        QCOMPARE(Schedules::nextRun(s, lastRun, at(berlin, 2027, 4, 1, 9, 0), berlin), std::nullopt);

        // An end date that is no occurrence: the last run is the Wednesday before it.
        s.endDate = QDate(2027, 3, 30);
        const auto runs = Schedules::upcoming(s, at(berlin, 2027, 3, 1, 0, 0), berlin, 10);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.last(), at(berlin, 2027, 3, 24, 2, 0));

        // End date equal to the start date, on an occurrence: exactly one run.
        auto once = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 3, 3));
        once.endDate = QDate(2027, 3, 3);
        QCOMPARE(Schedules::upcoming(once, at(berlin, 2027, 1, 1, 0, 0), berlin),
                 (QList<QDateTime>{at(berlin, 2027, 3, 3, 2, 0)}));
    }

    void clockJumpsForward()
    {
        // Weekly, Wednesday 02:00 Berlin. Last run Wed 01-06 02:10; the clock jumps to Wed 02-10 12:00,
        // past the occurrences of 01-13, 01-20, 01-27 and 02-03 and 02-10.
        const auto s = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1));
        const QDateTime last = at(berlin, 2027, 1, 6, 2, 10);
        const QDateTime jumped = at(berlin, 2027, 2, 10, 12, 0);
        QCOMPARE(Schedules::nextRun(s, last, jumped, berlin), at(berlin, 2027, 1, 13, 2, 0)); // earliest missed
        QVERIFY(Schedules::isDue(s, last, jumped, berlin));

        Runner r{s, berlin, last, {}, {}};
        r.walk(jumped, at(berlin, 2027, 2, 25, 0, 0), 30 * 60);
        // One catch-up run at the jump, then the regular ones of 02-17 and 02-24.
        QCOMPARE(r.runs, (QList<QDateTime>{jumped, at(berlin, 2027, 2, 17, 2, 0), at(berlin, 2027, 2, 24, 2, 0)}));

        // Jumping to 02-10 01:00, before that day's 02:00: one catch-up for everything missed, then
        // 02-10 02:00 itself still runs.
        Runner early{s, berlin, last, {}, {}};
        early.walk(at(berlin, 2027, 2, 10, 1, 0), at(berlin, 2027, 2, 11, 0, 0), 30 * 60);
        QCOMPARE(early.runs, (QList<QDateTime>{at(berlin, 2027, 2, 10, 1, 0), at(berlin, 2027, 2, 10, 2, 0)}));
    }

    void clockJumpsBackwards()
    {
        // Last run Wed 02-10 02:05 Berlin; the clock is set back to Wed 01-20 12:00. Occurrences up to
        // and including 02-10 02:00 are at or before the last run and never run again: the next is 02-17.
        const auto s = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1));
        const QDateTime last = at(berlin, 2027, 2, 10, 2, 5);
        QCOMPARE(Schedules::nextRun(s, last, at(berlin, 2027, 1, 20, 12, 0), berlin), at(berlin, 2027, 2, 17, 2, 0));

        Runner r{s, berlin, last, {}, {}};
        r.walk(at(berlin, 2027, 1, 20, 12, 0), at(berlin, 2027, 2, 18, 0, 0), 20 * 60);
        QCOMPARE(r.runs, (QList<QDateTime>{at(berlin, 2027, 2, 17, 2, 0)}));

        // Set back by an hour right after a run: 02:00 comes round again but does not run again.
        Runner hour{s, berlin, last, {}, {}};
        hour.walk(at(berlin, 2027, 2, 10, 1, 5), at(berlin, 2027, 2, 10, 12, 0), 5 * 60);
        QVERIFY2(hour.runs.isEmpty(), qPrintable(show(hour.runs)));
    }

    void dstBerlin()
    {
        // Sundays at 02:30. 03-21 is winter time (01:30Z); on 03-28 02:30 does not exist and the run
        // is at the first instant after the gap, 03:00 CEST = 01:00Z; 04-04 is summer time (00:30Z).
        const auto s = weekly(Frequency::Weekly, Weekday::Sun, QTime(2, 30), QDate(2027, 3, 1));
        QCOMPARE(Schedules::upcoming(s, utc(2027, 3, 20, 0, 0), berlin, 3),
                 (QList<QDateTime>{utc(2027, 3, 21, 1, 30), utc(2027, 3, 28, 1, 0), utc(2027, 4, 4, 0, 30)}));
        const QDateTime gap = *Schedules::nextOccurrence(s, utc(2027, 3, 21, 1, 30), berlin);
        QCOMPARE(gap.timeZone(), berlin);
        QCOMPARE(gap.time(), QTime(3, 0)); // shown in local time
        QCOMPARE(Schedules::resolveLocal(QDate(2027, 3, 28), QTime(2, 0), berlin), utc(2027, 3, 28, 1, 0));
        QCOMPARE(Schedules::resolveLocal(QDate(2027, 3, 28), QTime(3, 0), berlin), utc(2027, 3, 28, 1, 0));
        QCOMPARE(Schedules::resolveLocal(QDate(2027, 3, 28), QTime(1, 59), berlin), utc(2027, 3, 28, 0, 59));

        Runner spring{s, berlin, at(berlin, 2027, 3, 21, 2, 35), {}, {}};
        spring.walk(utc(2027, 3, 27, 12, 0), utc(2027, 3, 29, 0, 0), 10 * 60);
        QCOMPARE(spring.runs, (QList<QDateTime>{utc(2027, 3, 28, 1, 0)}));

        // 10-31 02:30 happens twice: 02:30 CEST = 00:30Z and 02:30 CET = 01:30Z. It runs once, at the
        // first; the occurrence after it is 11-07 02:30 CET = 01:30Z, not the second 02:30 of 10-31.
        QCOMPARE(Schedules::nextOccurrence(s, utc(2027, 10, 24, 0, 30), berlin), utc(2027, 10, 31, 0, 30));
        QCOMPARE(Schedules::nextOccurrence(s, utc(2027, 10, 31, 0, 30), berlin), utc(2027, 11, 7, 1, 30));
        Runner fall{s, berlin, at(berlin, 2027, 10, 24, 2, 35), {}, {}};
        fall.walk(utc(2027, 10, 30, 12, 0), utc(2027, 11, 1, 0, 0), 10 * 60);
        QCOMPARE(fall.runs, (QList<QDateTime>{utc(2027, 10, 31, 0, 30)}));

        // The daily run at 02:30 on both nights.
        const DailyRunTime daily{QTime(0, 0), QTime(8, 0), QTime(2, 30)};
        QCOMPARE(Schedules::nextDailyOccurrence(daily, utc(2027, 3, 27, 12, 0), berlin), utc(2027, 3, 28, 1, 0));
        QCOMPARE(Schedules::latestDailyOccurrence(daily, utc(2027, 3, 28, 2, 0), berlin), utc(2027, 3, 28, 1, 0));
        QCOMPARE(Schedules::latestDailyOccurrence(daily, utc(2027, 3, 28, 0, 59), berlin),
                 utc(2027, 3, 27, 1, 30)); // 03-27 02:30 CET
        QCOMPARE(Schedules::nextDailyOccurrence(daily, utc(2027, 10, 31, 0, 30), berlin), utc(2027, 11, 1, 1, 30));
        QVERIFY(Schedules::isDailyDue(daily, utc(2027, 10, 30, 0, 35), utc(2027, 10, 31, 0, 30), berlin));
        // Ran at the first 02:30; at the second 02:30 (02:45 CET = 01:45Z) it is not due again.
        QVERIFY(!Schedules::isDailyDue(daily, utc(2027, 10, 31, 0, 31), utc(2027, 10, 31, 1, 45), berlin));
    }

    void asiaTokyo()
    {
        // Last Friday at 23:30 JST (14:30Z). January 2027's last Friday is 01-29, February's 02-26.
        const auto s = byNthWeekday(Frequency::Monthly, -1, Weekday::Fri, QTime(23, 30), QDate(2027, 1, 1));
        QCOMPARE(Schedules::nextOccurrence(s, utc(2027, 1, 29, 14, 0), tokyo), utc(2027, 1, 29, 14, 30));
        QCOMPARE(Schedules::nextOccurrence(s, utc(2027, 1, 29, 14, 31), tokyo), utc(2027, 2, 26, 14, 30));
        // 15:30Z on 01-29 is already Saturday 00:30 in Tokyo.
        QCOMPARE(Schedules::nextOccurrence(s, utc(2027, 1, 29, 15, 30), tokyo), utc(2027, 2, 26, 14, 30));
        const auto next = Schedules::nextOccurrence(s, utc(2027, 1, 1, 0, 0), tokyo);
        QCOMPARE(next->timeZone(), tokyo);
        QCOMPARE(next->toString(u"yyyy-MM-dd HH:mm"_s), u"2027-01-29 23:30"_s);

        QVERIFY(!Schedules::isDue(s, utc(2026, 12, 25, 14, 40), utc(2027, 1, 29, 14, 29), tokyo));
        QVERIFY(Schedules::isDue(s, utc(2026, 12, 25, 14, 40), utc(2027, 1, 29, 14, 30), tokyo));

        // Daily at 01:00 JST = 16:00Z the day before.
        const DailyRunTime daily;
        QCOMPARE(Schedules::latestDailyOccurrence(daily, utc(2027, 1, 5, 15, 59), tokyo), utc(2027, 1, 4, 16, 0));
        QCOMPARE(Schedules::latestDailyOccurrence(daily, utc(2027, 1, 5, 16, 0), tokyo), utc(2027, 1, 5, 16, 0));
        QCOMPARE(Schedules::nextDailyOccurrence(daily, utc(2027, 1, 5, 16, 0), tokyo), utc(2027, 1, 6, 16, 0));
    }

    void nextFivePreview()
    {
        // Every two weeks on Wednesday, created Thursday 2027-01-07: 01-13, 01-27, 02-10, 02-24, 03-10.
        const auto s = weekly(Frequency::Biweekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 7));
        const auto five = Schedules::upcoming(s, at(tokyo, 2027, 1, 7, 10, 0), tokyo);
        QCOMPARE(five, (QList<QDateTime>{at(tokyo, 2027, 1, 13, 2, 0), at(tokyo, 2027, 1, 27, 2, 0),
                                         at(tokyo, 2027, 2, 10, 2, 0), at(tokyo, 2027, 2, 24, 2, 0),
                                         at(tokyo, 2027, 3, 10, 2, 0)}));
        for (const QDateTime &t : five)
            QCOMPARE(t.timeZone(), tokyo);

        // Strictly after now: asked at an occurrence, that occurrence is not in the preview.
        const auto day31 = byDayOfMonth(Frequency::Monthly, 31, QTime(2, 0), QDate(2027, 1, 1));
        QCOMPARE(localDates(Schedules::upcoming(day31, at(tokyo, 2027, 1, 31, 2, 0), tokyo), tokyo),
                 (QList<QDate>{{2027, 2, 28}, {2027, 3, 31}, {2027, 4, 30}, {2027, 5, 31}, {2027, 6, 30}}));

        // A start date in the future: the preview begins there (06-01 is a Tuesday → Wednesday 06-02).
        const auto later = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 6, 1));
        QCOMPARE(Schedules::upcoming(later, at(tokyo, 2027, 1, 1, 0, 0), tokyo, 1),
                 (QList<QDateTime>{at(tokyo, 2027, 6, 2, 2, 0)}));

        // An invalid schedule previews nothing.
        QVERIFY(Schedules::upcoming(ArchiveSchedule{}, at(tokyo, 2027, 1, 1, 0, 0), tokyo).isEmpty());
    }

    void firstRunWithoutLastRun()
    {
        // No last run: the first occurrence at or after the start of the start date, even when that is
        // earlier on the start date than now (created Wednesday 01-06 at 10:00 for Wednesdays 02:00).
        const auto s = weekly(Frequency::Weekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 6));
        const QDateTime now = at(berlin, 2027, 1, 6, 10, 0);
        QCOMPARE(Schedules::nextRun(s, std::nullopt, now, berlin), at(berlin, 2027, 1, 6, 2, 0));
        QVERIFY(Schedules::isDue(s, std::nullopt, now, berlin));
        // Created before its start date: not due until the first occurrence.
        QVERIFY(!Schedules::isDue(s, std::nullopt, at(berlin, 2027, 1, 1, 0, 0), berlin));
    }

    void validateMessages()
    {
        const auto base = byNthWeekday(Frequency::Monthly, 1, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1));
        QVERIFY(base.validate().ok());

        const auto expectError = [](const ArchiveSchedule &s, const QString &part) {
            const Status st = s.validate();
            QVERIFY2(!st.ok(), qPrintable(part));
            QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(st.error().message.contains(part), qPrintable(st.error().message));
        };
        auto s = base;
        s.nth = 5;
        expectError(s, u"week of the month must be 1 to 4 or last (-1), not 5"_s);
        s.nth = 0;
        expectError(s, u"not 0"_s);
        s.nth = -2;
        expectError(s, u"not -2"_s);
        s.nth = -1;
        QVERIFY(s.validate().ok());

        s = byDayOfMonth(Frequency::Quarterly, 0, QTime(2, 0), QDate(2027, 1, 1));
        expectError(s, u"day of the month must be 1 to 31, not 0"_s);
        s.dayOfMonth = 32;
        expectError(s, u"day of the month must be 1 to 31, not 32"_s);
        s.dayOfMonth = 31;
        QVERIFY(s.validate().ok());

        s.endDate = QDate(2026, 12, 31);
        expectError(s, u"end date 2026-12-31 is before its start date 2027-01-01"_s);
        s.endDate = QDate(2027, 1, 1); // same day is fine
        QVERIFY(s.validate().ok());

        s.startDate = QDate();
        expectError(s, u"needs a start date"_s);

        s = base;
        s.time = QTime(25, 0); // invalid
        expectError(s, u"time of day is not a valid time"_s);

        // Fields the frequency does not use are not checked.
        auto w = weekly(Frequency::Weekly, Weekday::Fri, QTime(2, 0), QDate(2027, 1, 1));
        w.nth = 9;
        w.dayOfMonth = 40;
        QVERIFY(w.validate().ok());
        // An invalid schedule never runs.
        s.time = QTime(2, 0);
        s.startDate = QDate();
        QCOMPARE(Schedules::nextRun(s, std::nullopt, at(berlin, 2027, 1, 1, 0, 0), berlin), std::nullopt);
        QVERIFY(!Schedules::isDue(s, std::nullopt, at(berlin, 2030, 1, 1, 0, 0), berlin));
        QCOMPARE(s.describe(), u"Invalid archive schedule"_s);

        // An unused weekday may hold any value without harm (the UI may leave it unset).
        auto byDay = byDayOfMonth(Frequency::Monthly, 10, QTime(2, 0), QDate(2027, 1, 1));
        byDay.weekday = static_cast<Weekday>(0);
        QVERIFY(byDay.validate().ok());
        QCOMPARE(byDay.describe(), u"Every month on day 10 at 02:00"_s);
        QVERIFY(!byDay.toJson().contains("weekday"_L1));
        QVERIFY(ArchiveSchedule::fromJson(byDay.toJson()).ok());
        // A used one may not.
        auto badDay = weekly(Frequency::Weekly, static_cast<Weekday>(8), QTime(2, 0), QDate(2027, 1, 1));
        expectError(badDay, u"weekday must be Monday to Sunday"_s);
    }

    void describeLines()
    {
        auto biweekly = weekly(Frequency::Biweekly, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1));
        biweekly.endDate = QDate(2027, 3, 31);
        QCOMPARE(biweekly.describe(), u"Every two weeks on Wednesday at 02:00, until 2027-03-31"_s);
        QCOMPARE(weekly(Frequency::Weekly, Weekday::Mon, QTime(23, 30), QDate(2027, 1, 1)).describe(),
                 u"Every week on Monday at 23:30"_s);
        QCOMPARE(byNthWeekday(Frequency::Monthly, -1, Weekday::Fri, QTime(2, 0), QDate(2027, 1, 1)).describe(),
                 u"Every month on the last Friday at 02:00"_s);
        QCOMPARE(byNthWeekday(Frequency::Monthly, 4, Weekday::Mon, QTime(2, 0), QDate(2027, 1, 1)).describe(),
                 u"Every month on the fourth Monday at 02:00"_s);
        QCOMPARE(byDayOfMonth(Frequency::Monthly, 15, QTime(2, 0), QDate(2027, 1, 1)).describe(),
                 u"Every month on day 15 at 02:00"_s);
        QCOMPARE(byDayOfMonth(Frequency::Monthly, 31, QTime(2, 0), QDate(2027, 1, 1)).describe(),
                 u"Every month on day 31 at 02:00 (in months without day 31 it runs on the month's last day)"_s);
        // Quarterly names its months, in calendar order, from the start month (November).
        QCOMPARE(byDayOfMonth(Frequency::Quarterly, 30, QTime(2, 0), QDate(2026, 11, 10)).describe(),
                 u"Every three months (Feb, May, Aug, Nov) on day 30 at 02:00 (in months without day 30 it runs "
                 "on the month's last day)"_s);
        QCOMPARE(byNthWeekday(Frequency::Quarterly, 1, Weekday::Wed, QTime(2, 0), QDate(2027, 1, 1)).describe(),
                 u"Every three months (Jan, Apr, Jul, Oct) on the first Wednesday at 02:00"_s);
    }

    void archiveJson()
    {
        auto s = byDayOfMonth(Frequency::Quarterly, 31, QTime(2, 0), QDate(2026, 11, 10));
        s.endDate = QDate(2028, 6, 30);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value("frequency"_L1).toString(), u"quarterly"_s);
        QCOMPARE(json.value("monthlyRule"_L1).toString(), u"dayOfMonth"_s);
        QCOMPARE(json.value("time"_L1).toString(), u"02:00"_s);
        QCOMPARE(json.value("startDate"_L1).toString(), u"2026-11-10"_s);
        QCOMPARE(json.value("endDate"_L1).toString(), u"2028-06-30"_s);
        const auto back = ArchiveSchedule::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back.value() == s);

        const auto w = weekly(Frequency::Biweekly, Weekday::Sat, QTime(4, 15), QDate(2027, 1, 1));
        QCOMPARE(w.toJson().value("weekday"_L1).toString(), u"sat"_s);
        QVERIFY(!w.toJson().contains("endDate"_L1));
        QVERIFY(ArchiveSchedule::fromJson(w.toJson()).value() == w);

        QJsonObject bad = json;
        bad.insert(u"frequency"_s, u"daily"_s);
        QVERIFY(ArchiveSchedule::fromJson(bad).error().message.contains(u"“frequency”"_s));
        bad = json;
        bad.remove(u"startDate"_s);
        QVERIFY(ArchiveSchedule::fromJson(bad).error().message.contains(u"“startDate”"_s));
        bad = json;
        bad.insert(u"dayOfMonth"_s, 32);
        QVERIFY(ArchiveSchedule::fromJson(bad).error().message.contains(u"not 32"_s));
        bad = json;
        bad.insert(u"endDate"_s, u"2026-01-01"_s);
        QVERIFY(ArchiveSchedule::fromJson(bad).error().message.contains(u"end date 2026-01-01"_s));
    }

    void dailyValidation()
    {
        QVERIFY(DailyRunTime{}.validate().ok()); // 01:00 in 00:00 – 08:00
        const DailyRunTime outside{QTime(0, 0), QTime(8, 0), QTime(9, 0)};
        const Status st = outside.validate();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(st.error().message, u"The daily backup time 09:00 lies outside the backup window 00:00 – 08:00: "
                                     "choose a time from 00:00 to before 08:00."_s);
        // The window's end is exclusive, its start inclusive.
        QVERIFY(!DailyRunTime({QTime(0, 0), QTime(8, 0), QTime(8, 0)}).validate().ok());
        QVERIFY(DailyRunTime({QTime(0, 0), QTime(8, 0), QTime(0, 0)}).validate().ok());
        QVERIFY(DailyRunTime({QTime(0, 0), QTime(8, 0), QTime(7, 59)}).validate().ok());
        // A window over midnight.
        QVERIFY(DailyRunTime({QTime(22, 0), QTime(6, 0), QTime(23, 0)}).validate().ok());
        QVERIFY(DailyRunTime({QTime(22, 0), QTime(6, 0), QTime(3, 0)}).validate().ok());
        QVERIFY(!DailyRunTime({QTime(22, 0), QTime(6, 0), QTime(12, 0)}).validate().ok());
        QVERIFY(DailyRunTime({QTime(3, 0), QTime(3, 0), QTime(3, 0)}).validate().error().message.contains(u"empty"_s));
        QVERIFY(!DailyRunTime({QTime(0, 0), QTime(8, 0), QTime()}).validate().ok());

        const DailyRunTime d{QTime(1, 0), QTime(6, 0), QTime(3, 30)};
        QCOMPARE(d.toJson(),
                 (QJsonObject{{u"windowStart"_s, u"01:00"_s}, {u"windowEnd"_s, u"06:00"_s}, {u"time"_s, u"03:30"_s}}));
        QVERIFY(DailyRunTime::fromJson(d.toJson()).value() == d);
        QVERIFY(DailyRunTime::fromJson({{u"time"_s, u"09:00"_s}}).error().message.contains(u"outside"_s));
        QVERIFY(DailyRunTime::fromJson({{u"time"_s, u"nine"_s}}).error().message.contains(u"“time”"_s));
    }

    void dailyDue()
    {
        const DailyRunTime daily; // 01:00 Berlin
        const QDateTime ranJun1 = at(berlin, 2027, 6, 1, 1, 3);
        QVERIFY(!Schedules::isDailyDue(daily, ranJun1, at(berlin, 2027, 6, 2, 0, 59), berlin)); // just before
        QVERIFY(Schedules::isDailyDue(daily, ranJun1, at(berlin, 2027, 6, 2, 1, 0), berlin));   // at the time
        QVERIFY(Schedules::isDailyDue(daily, ranJun1, at(berlin, 2027, 6, 2, 1, 1), berlin));   // just after
        QCOMPARE(Schedules::latestDailyOccurrence(daily, at(berlin, 2027, 6, 2, 0, 59), berlin),
                 at(berlin, 2027, 6, 1, 1, 0));
        QCOMPARE(Schedules::latestDailyOccurrence(daily, at(berlin, 2027, 6, 2, 1, 0), berlin),
                 at(berlin, 2027, 6, 2, 1, 0));
        QCOMPARE(Schedules::nextDailyOccurrence(daily, at(berlin, 2027, 6, 2, 1, 0), berlin),
                 at(berlin, 2027, 6, 3, 1, 0));
        QCOMPARE(Schedules::nextDailyOccurrence(daily, at(berlin, 2027, 6, 2, 0, 59), berlin),
                 at(berlin, 2027, 6, 2, 1, 0));
        // Ran at 01:00:30: not due again that day.
        QVERIFY(!Schedules::isDailyDue(daily, at(berlin, 2027, 6, 2, 1, 0).addSecs(30), at(berlin, 2027, 6, 2, 23, 0),
                                       berlin));
        QVERIFY(Schedules::isDailyDue(daily, std::nullopt, at(berlin, 2027, 6, 2, 23, 0), berlin));

        // Machine off from after the 06-02 run until 06-04 09:00 (06-03 and 06-04 missed): one run at
        // switch-on, then the regular 06-05 01:00.
        std::optional<QDateTime> lastRun = at(berlin, 2027, 6, 2, 1, 1);
        QList<QDateTime> runs;
        for (QDateTime now = at(berlin, 2027, 6, 4, 9, 0); now < at(berlin, 2027, 6, 6, 0, 0); now = now.addSecs(600)) {
            if (Schedules::isDailyDue(daily, lastRun, now, berlin)) {
                runs.append(now);
                lastRun = now;
            }
        }
        QCOMPARE(runs, (QList<QDateTime>{at(berlin, 2027, 6, 4, 9, 0), at(berlin, 2027, 6, 5, 1, 0)}));

        // The clock jumped back to before the last run: not due.
        QVERIFY(!Schedules::isDailyDue(daily, at(berlin, 2027, 6, 5, 1, 0), at(berlin, 2027, 6, 4, 12, 0), berlin));
        QVERIFY(!Schedules::isDailyDue(daily, at(berlin, 2027, 6, 5, 1, 0), at(berlin, 2027, 6, 5, 0, 30), berlin));

        // An invalid time never runs.
        const DailyRunTime broken{QTime(0, 0), QTime(8, 0), QTime()};
        QVERIFY(!Schedules::isDailyDue(broken, std::nullopt, at(berlin, 2027, 6, 5, 0, 30), berlin));
        QVERIFY(!Schedules::nextDailyOccurrence(broken, at(berlin, 2027, 6, 5, 0, 30), berlin).isValid());
    }
};

QTEST_GUILESS_MAIN(TstSchedule)
#include "tst_schedule.moc"
