#include "JobRunner.h"

#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "backup/BackupRunner.h"
#include "workspace/Environments.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "jobs/ConsoleState.h"
#include "jobs/ScheduleService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <csignal>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::JobRunner", text);
}

QString when(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-dd HH:mm"_s);
}

std::optional<QDateTime> latestGeneration(const DataDir &dir)
{
    std::optional<QDateTime> latest;
    for (const GenerationInfo &g : GenerationStore(dir).list()) {
        if (g.manifest && (!latest || g.manifest->takenAt > *latest))
            latest = g.manifest->takenAt;
    }
    return latest;
}

/// A failed attempt at this occurrence happened recently: wait before trying again.
bool backingOff(const JobRecord &job, const QDateTime &occurrence, const QDateTime &now)
{
    return job.lastAttempt && *job.lastAttempt >= occurrence && job.lastResult != "ok"_L1 &&
           job.lastAttempt->secsTo(now) >= 0 && job.lastAttempt->secsTo(now) < JobRunner::kRetryAfterSecs;
}
} // namespace

JobRunner::JobRunner(DataDir dir, const Clock &clock, QTimeZone tz)
    : m_dir(std::move(dir)), m_clock(clock), m_tz(std::move(tz))
{
}

QString JobRunner::lockPath(const DataDir &dir)
{
    return dir.root() + "/jobs.lock"_L1;
}

bool JobRunner::runningElsewhere(const DataDir &dir, qint64 *pid)
{
    // Only looks: taking the lock to test it would make a run starting at that instant give up.
    qint64 holder = 0;
    if (!lockHolderAlive(lockPath(dir), &holder) || holder == QCoreApplication::applicationPid())
        return false;
    if (pid)
        *pid = holder;
    return true;
}

bool JobRunner::lockHolderAlive(const QString &lockFile, qint64 *pid)
{
    QLockFile lock(lockFile);
    qint64 holder = 0;
    QString host, app;
    if (!lock.getLockInfo(&holder, &host, &app) || holder <= 0 || ::kill(pid_t(holder), 0) != 0)
        return false;
    // A PID reused by another program is not the holder (QLockFile's own staleness rule): compare the name.
    QFile comm(u"/proc/%1/comm"_s.arg(holder));
    if (!app.isEmpty() && comm.open(QIODevice::ReadOnly)) {
        const QString name = QString::fromLocal8Bit(comm.readAll()).trimmed();
        if (!name.isEmpty() && !app.startsWith(name) && !name.startsWith(app.left(15)))
            return false;
    }
    if (pid)
        *pid = holder;
    return true;
}

Result<DueWork> JobRunner::due() const
{
    DueWork out;
    const QDateTime now = m_clock.now();
    const ScheduleService schedules(m_dir, m_clock, Session::schedulerSession(), m_tz);
    if (m_dir.isPostgres() || QFileInfo::exists(m_dir.productionPath())) {
        auto daily = schedules.dailyRunTime();
        if (!daily)
            return daily.error();
        std::optional<QDateTime> last = latestGeneration(m_dir);
        if (last && *last > now.addDays(1))
            last.reset(); // a clock that was once far ahead must not hold every run back until that date
        auto record = ConsoleState(m_dir).job(QString::fromLatin1(ScheduleService::kDailyJob));
        const QDateTime occurrence = Schedules::latestDailyOccurrence(daily.value(), now, m_tz);
        if (Schedules::isDailyDue(daily.value(), last, now, m_tz) &&
            !(record && backingOff(record.value(), occurrence, now))) {
            out.generation = true;
            out.generationDue = occurrence;
            if (out.generationDue.secsTo(now) > kMissedAfterSecs)
                out.missed.append(tr("The daily generation due %1 did not run (the computer was off or the run "
                                     "failed).")
                                      .arg(when(out.generationDue)));
        }
    }
    auto stored = schedules.archiveSchedule();
    if (!stored)
        return stored.error();
    if (stored.value()) {
        auto job = ConsoleState(m_dir).job(QString::fromLatin1(ScheduleService::kArchiveJob));
        if (!job)
            return job.error();
        std::optional<QDateTime> last = job->lastRun ? job->lastRun : stored.value()->setAt;
        if (last && *last > now.addDays(1))
            last = now.addDays(-1); // the clock was once far ahead: count from now, not from then
        const auto next = Schedules::nextRun(stored.value()->schedule, last, now, m_tz);
        if (!next && last) { // no run any more: was the last one missed because the end date has passed?
            const auto missed = Schedules::nextOccurrence(stored.value()->schedule, *last, m_tz);
            if (missed && *missed <= now && job->state.value("missedFor"_L1).toInteger() != missed->toMSecsSinceEpoch())
                out.archiveMissedAfterEnd = *missed;
        }
        if (next && *next <= now && !backingOff(job.value(), *next, now)) {
            out.archive = true;
            out.archiveDue = *next;
            if (next->secsTo(now) > kMissedAfterSecs)
                out.missed.append(tr("The scheduled archive due %1 did not run (the computer was off or the run "
                                     "failed).")
                                      .arg(when(*next)));
        }
    }
    return out;
}

RunDueSummary JobRunner::runDue()
{
    RunDueSummary summary;
    QString dirError;
    if (!m_dir.ensure(&dirError)) {
        summary.failures.append(dirError);
        return summary;
    }
    QLockFile lock(lockPath(m_dir));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        QString host, app;
        lock.getLockInfo(&summary.otherPid, &host, &app);
        summary.alreadyRunning = true;
        return summary;
    }
    const Session actor = Session::schedulerSession();
    ConsoleState state(m_dir);
    HistoryStore history(m_dir);
    auto report = [this](const QString &job, int percent, const QString &stage) {
        if (m_progress)
            m_progress(job, percent, stage);
    };

    // 1. Expired archives go first: cheap, and frees room for what follows.
    {
        ArchiveService archives(m_dir, m_clock, actor);
        archives.setTimeZone(m_tz);
        auto purged = archives.purgeExpired();
        if (!purged)
            summary.failures.append(purged.error().message);
        else if (purged.value() > 0)
            summary.done.append(QCoreApplication::translate("Rewind::JobRunner", "%n expired archive(s) removed.",
                                                            nullptr, purged.value()));
    }

    auto work = due();
    if (!work) {
        summary.failures.append(work.error().message);
        return summary;
    }

    // Records a missed occurrence once, however often its run is retried.
    // A run due before the workspace existed was not missed: nothing could have run.
    const auto catalog = Environments::loadCatalog(m_dir, Session::schedulerSession(), EnvironmentId::production());
    const QDateTime created = catalog ? catalog->createdAt : QDateTime();
    auto noteMissed = [&](JobRecord &job, const QDateTime &occurrence, const QString &line) {
        if (occurrence.secsTo(m_clock.now()) <= kMissedAfterSecs)
            return;
        if (created.isValid() && occurrence < created)
            return;
        if (job.state.value("missedFor"_L1).toInteger() == occurrence.toMSecsSinceEpoch())
            return;
        job.state.insert("missedFor"_L1, occurrence.toMSecsSinceEpoch());
        summary.missed.append(line);
        (void)history.append(m_clock.now(), actor.historyName(), QString::fromLatin1(HistoryKind::RunMissed),
                             line + u' ' + tr("It runs now."),
                             QJsonObject{{"job"_L1, job.job}, {"due"_L1, occurrence.toString(Qt::ISODateWithMs)}});
    };

    // 2. The daily generation.
    if (work->generation) {
        auto record = state.job(QString::fromLatin1(ScheduleService::kDailyJob));
        JobRecord job = record ? record.value() : JobRecord{};
        job.job = QString::fromLatin1(ScheduleService::kDailyJob);
        if (!backingOff(job, work->generationDue, m_clock.now())) {
            noteMissed(job, work->generationDue,
                       tr("The daily generation due %1 did not run (the computer was off or the run failed).")
                           .arg(when(work->generationDue)));
            job.lastAttempt = m_clock.now();
            (void)state.setJob(job); // before running: a killed run still counts as attempted and noted
            BackupRunner runner(m_dir, m_clock, actor);
            runner.setProgress([&](int percent, const QString &stage) {
                report(QString::fromLatin1(ScheduleService::kDailyJob), percent, stage);
            });
            auto result = runner.run();
            if (result) {
                job.lastRun = m_clock.now();
                job.lastResult = u"ok"_s;
                summary.done.append(tr("%1's generation written and verified.").arg(weekdayName(result->slot)));
            } else {
                job.lastResult = result.error().message;
                summary.failures.append(tr("Daily generation: %1").arg(result.error().message));
            }
            (void)state.setJob(job);
        }
    }

    // 3. The scheduled archive.
    if (work->archiveMissedAfterEnd.isValid()) {
        auto record = state.job(QString::fromLatin1(ScheduleService::kArchiveJob));
        JobRecord job = record ? record.value() : JobRecord{};
        job.job = QString::fromLatin1(ScheduleService::kArchiveJob);
        const QString line = tr("The scheduled archive due %1 did not run, and the schedule has ended since: it "
                                "will not run.")
                                 .arg(when(work->archiveMissedAfterEnd));
        job.state.insert("missedFor"_L1, work->archiveMissedAfterEnd.toMSecsSinceEpoch());
        (void)state.setJob(job);
        summary.missed.append(line);
        (void)history.append(
            m_clock.now(), actor.historyName(), QString::fromLatin1(HistoryKind::RunMissed), line,
            QJsonObject{{"job"_L1, job.job}, {"due"_L1, work->archiveMissedAfterEnd.toString(Qt::ISODateWithMs)}});
    }
    if (work->archive) {
        auto record = state.job(QString::fromLatin1(ScheduleService::kArchiveJob));
        JobRecord job = record ? record.value() : JobRecord{};
        job.job = QString::fromLatin1(ScheduleService::kArchiveJob);
        if (!backingOff(job, work->archiveDue, m_clock.now())) {
            noteMissed(job, work->archiveDue,
                       tr("The scheduled archive due %1 did not run (the computer was off or the run failed).")
                           .arg(when(work->archiveDue)));
            job.lastAttempt = m_clock.now();
            (void)state.setJob(job);
            bool keepBookkeeping = true;
            ArchiveService archives(m_dir, m_clock, actor);
            archives.setTimeZone(m_tz);
            archives.setProgress([&](qint64 done, qint64 total, const QString &stage) {
                report(QString::fromLatin1(ScheduleService::kArchiveJob), total > 0 ? int(done * 100 / total) : 0,
                       stage);
            });
            std::optional<QDateTime> since;
            if (job.state.contains("snapshotMs"_L1))
                since = QDateTime::fromMSecsSinceEpoch(job.state.value("snapshotMs"_L1).toInteger());
            QDateTime snapshotAt;
            const auto scheduleAtStart = ScheduleService(m_dir, m_clock, actor, m_tz).archiveSchedule();
            auto result = archives.createScheduled(since, &snapshotAt);
            // Stopped (or stopped and set anew) while this run wrote: its bookkeeping belongs to the old
            // schedule. Forget it, so a new schedule's first run is full as promised.
            const auto scheduleNow = ScheduleService(m_dir, m_clock, actor, m_tz).archiveSchedule();
            const bool sameSchedule = scheduleAtStart && scheduleNow && scheduleAtStart->has_value() &&
                                      scheduleNow->has_value() &&
                                      scheduleAtStart->value().setAt == scheduleNow->value().setAt;
            if (!sameSchedule) {
                archives.resetScheduleState();
                if (result)
                    summary.done.append(tr("Scheduled archive %1 written (%2 records); the schedule was changed "
                                           "meanwhile, so the next schedule starts with a full archive.")
                                            .arg(result->id)
                                            .arg(result->manifest.totalRecords()));
                else
                    summary.failures.append(tr("Scheduled archive: %1").arg(result.error().message));
                keepBookkeeping = false;
            }
            if (keepBookkeeping && result) {
                job.lastRun = m_clock.now();
                job.lastResult = u"ok"_s;
                job.state.insert("snapshotMs"_L1, snapshotAt.toMSecsSinceEpoch());
                summary.done.append(tr("Scheduled archive %1 written (%2 records).")
                                        .arg(result->id)
                                        .arg(result->manifest.totalRecords()));
            } else if (keepBookkeeping) {
                job.lastResult = result.error().message;
                summary.failures.append(tr("Scheduled archive: %1").arg(result.error().message));
                // A refusal by the policy (the record cap) will not change by retrying: this occurrence is
                // done (failed, in the history once), the next one tries again.
                if (result.error().code == ErrorCode::InvalidArgument)
                    job.lastRun = m_clock.now();
            }
            if (keepBookkeeping)
                (void)state.setJob(job);
        }
    }
    return summary;
}

} // namespace Rewind
