#include "ScheduleService.h"

#include "archive/ArchiveService.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "jobs/ConsoleState.h"
#include "jobs/JobRunner.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLockFile>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::ScheduleService", text);
}

constexpr auto kScheduleKey = "archive-schedule";
constexpr auto kDailyKey = "daily-run";

bool archiveLockHeld(const DataDir &dir)
{
    return JobRunner::lockHolderAlive(ArchiveService::folder(dir) + "/.archive.lock"_L1);
}
} // namespace

ScheduleService::ScheduleService(DataDir dir, const Clock &clock, Session actor, QTimeZone tz)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor)), m_tz(std::move(tz))
{
}

Result<std::optional<StoredSchedule>> ScheduleService::archiveSchedule() const
{
    auto json = ConsoleState(m_dir).setting(QString::fromLatin1(kScheduleKey));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return std::optional<StoredSchedule>();
    auto schedule = ArchiveSchedule::fromJson(json->value("schedule"_L1).toObject());
    if (!schedule)
        return schedule.error();
    StoredSchedule stored;
    stored.schedule = schedule.value();
    stored.setAt = QDateTime::fromString(json->value("setAt"_L1).toString(), Qt::ISODateWithMs);
    stored.setBy = json->value("setBy"_L1).toString();
    return std::optional<StoredSchedule>(stored);
}

Result<DailyRunTime> ScheduleService::dailyRunTime() const
{
    auto json = ConsoleState(m_dir).setting(QString::fromLatin1(kDailyKey));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return DailyRunTime{};
    return DailyRunTime::fromJson(json.value());
}

Result<ScheduleStatus> ScheduleService::status() const
{
    ScheduleStatus out;
    auto stored = archiveSchedule();
    if (!stored)
        return stored.error();
    out.archive = stored.value();
    const QDateTime now = m_clock.now();
    if (out.archive) {
        auto job = ConsoleState(m_dir).job(QString::fromLatin1(kArchiveJob));
        if (!job)
            return job.error();
        out.lastArchiveRun = job->lastRun;
        out.lastArchiveResult = job->lastResult;
        out.nextArchiveRuns = Schedules::upcoming(out.archive->schedule, now, m_tz, 5);
        // A run that is due (missed) comes first: it happens at the next opportunity.
        const auto next =
            Schedules::nextRun(out.archive->schedule, job->lastRun ? job->lastRun : out.archive->setAt, now, m_tz);
        if (next && *next <= now) {
            out.nextArchiveRuns.prepend(*next);
            while (out.nextArchiveRuns.size() > 5)
                out.nextArchiveRuns.removeLast();
        }
        out.archiveRunInProgress = archiveLockHeld(m_dir);
    }
    auto daily = dailyRunTime();
    if (!daily)
        return daily.error();
    out.daily = daily.value();
    out.nextDaily = Schedules::nextDailyOccurrence(out.daily, now, m_tz);
    for (const GenerationInfo &g : GenerationStore(m_dir).list()) {
        if (g.manifest && (!out.lastGeneration || g.manifest->takenAt > *out.lastGeneration))
            out.lastGeneration = g.manifest->takenAt;
    }
    return out;
}

Status ScheduleService::setArchiveSchedule(const ArchiveSchedule &schedule)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSchedules); !st)
        return st;
    if (auto st = schedule.validate(); !st)
        return st;
    auto existing = archiveSchedule();
    if (!existing)
        return existing.error();
    if (archiveLockHeld(m_dir)) {
        // A run in progress would write its record-ID lists and time back after the reset below, and the new
        // schedule's first run would not be full.
        return makeError(ErrorCode::Busy, tr("An archive is being written right now. Set the new schedule when it "
                                             "has finished (the Archives tab shows it)."));
    }
    if (existing.value()) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("An archive schedule is already set (%1, by %2). There is one schedule at a time: stop it "
                            "first.")
                             .arg(existing.value()->schedule.describe(), existing.value()->setBy));
    }
    const QDateTime now = m_clock.now().toTimeZone(m_tz);
    const QList<QDateTime> next = Schedules::upcoming(schedule, now, m_tz, 1);
    if (next.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("This schedule would never run: its end date %1 has passed.")
                             .arg(schedule.endDate ? schedule.endDate->toString(Qt::ISODate) : QString()));
    ConsoleState state(m_dir);
    if (auto st = state.setSetting(QString::fromLatin1(kScheduleKey),
                                   QJsonObject{{"schedule"_L1, schedule.toJson()},
                                               {"setAt"_L1, now.toString(Qt::ISODateWithMs)},
                                               {"setBy"_L1, m_actor.historyName()}});
        !st)
        return st;
    // A new schedule starts over: its first run is full.
    (void)state.setJob(JobRecord{QString::fromLatin1(kArchiveJob), std::nullopt, std::nullopt, QString(), {}});
    ArchiveService(m_dir, m_clock, m_actor).resetScheduleState();
    (void)HistoryStore(m_dir).append(
        now, m_actor.historyName(), QString::fromLatin1(HistoryKind::ScheduleSet),
        tr("%1 scheduled backups: %2. The first run (%3) holds everything; later runs hold what changed.")
            .arg(m_actor.historyName(), schedule.describe(), next.first().toString(u"yyyy-MM-dd HH:mm"_s)),
        schedule.toJson());
    return {};
}

Result<QString> ScheduleService::stopArchiveSchedule()
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSchedules); !st)
        return st.error();
    auto existing = archiveSchedule();
    if (!existing)
        return existing.error();
    if (!existing.value())
        return makeError(ErrorCode::NotFound, tr("No archive schedule is set."));
    if (auto st = ConsoleState(m_dir).removeSetting(QString::fromLatin1(kScheduleKey)); !st)
        return st.error();
    const bool running = archiveLockHeld(m_dir);
    QString message = tr("The archive schedule (%1) was stopped.").arg(existing.value()->schedule.describe());
    if (running)
        message += u' ' + tr("An archive run already in progress cannot be stopped; it finishes normally.");
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::ScheduleStopped),
        tr("%1 stopped the archive schedule (%2).").arg(m_actor.historyName(), existing.value()->schedule.describe()),
        existing.value()->schedule.toJson());
    return message;
}

Status ScheduleService::setDailyRunTime(const DailyRunTime &daily)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSchedules); !st)
        return st;
    if (auto st = daily.validate(); !st)
        return st;
    if (auto st = ConsoleState(m_dir).setSetting(QString::fromLatin1(kDailyKey), daily.toJson()); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::ScheduleSet),
        tr("%1 set the daily generation run to %2 (backup window %3 – %4).")
            .arg(m_actor.historyName(), daily.time.toString(u"HH:mm"_s), daily.windowStart.toString(u"HH:mm"_s),
                 daily.windowEnd.toString(u"HH:mm"_s)),
        daily.toJson());
    return {};
}

} // namespace Rewind
