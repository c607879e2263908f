#pragma once

#include "access/Access.h"
#include "schedule/Schedule.h"
#include "util/DataDir.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Rewind
{

class Clock;

/// The archive schedule as stored, with when and by whom it was set.
struct StoredSchedule
{
    ArchiveSchedule schedule;
    QDateTime setAt;
    QString setBy;
};

/// What the Schedule tab and "rewindctl schedule show" display.
struct ScheduleStatus
{
    std::optional<StoredSchedule> archive;
    std::optional<QDateTime> lastArchiveRun;
    QString lastArchiveResult;
    QList<QDateTime> nextArchiveRuns; ///< the next five
    bool archiveRunInProgress = false;
    DailyRunTime daily;
    std::optional<QDateTime> lastGeneration; ///< the newest generation's snapshot time
    QDateTime nextDaily;
};

/// Setting, showing and stopping the archive schedule, and the daily generation run time. Changes need
/// Right::ManageSchedules and are recorded in the history ("scheduled", "schedule stopped").
class ScheduleService final
{
public:
    ScheduleService(DataDir dir, const Clock &clock, Session actor, QTimeZone tz = QTimeZone::systemTimeZone());

    Result<ScheduleStatus> status() const;
    Result<std::optional<StoredSchedule>> archiveSchedule() const;
    Result<DailyRunTime> dailyRunTime() const;

    /// Stores the one archive schedule. Refused while another schedule is active (stop it first): one
    /// schedule at a time. The first run it makes is full, later ones incremental.
    Status setArchiveSchedule(const ArchiveSchedule &schedule);
    /// Stops the archive schedule. A run already in progress finishes; the message says so.
    Result<QString> stopArchiveSchedule();
    Status setDailyRunTime(const DailyRunTime &daily);

    static constexpr auto kArchiveJob = "archive-schedule";
    static constexpr auto kDailyJob = "daily-generation";

private:
    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    QTimeZone m_tz;
};

} // namespace Rewind
