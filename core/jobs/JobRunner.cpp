#include "JobRunner.h"

#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "backup/BackupRunner.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "jobs/ConsoleState.h"
#include "jobs/ScheduleService.h"
#include "util/Clock.h"

#include <QCoreApplication>
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
    QLockFile lock(lockPath(dir));
    qint64 holder = 0;
    QString host, app;
    if (!lock.getLockInfo(&holder, &host, &app) || holder <= 0 || holder == QCoreApplication::applicationPid())
        return false;
    if (::kill(pid_t(holder), 0) != 0)
        return false;
    if (pid)
        *pid = holder;
    return true;
}

Result<DueWork> JobRunner::due() const
{
    DueWork out;
    const QDateTime now = m_clock.now();
    const ScheduleService schedules(m_dir, m_clock, Actor::schedulerActor(), m_tz);
    if (QFileInfo::exists(m_dir.productionPath())) {
        auto daily = schedules.dailyRunTime();
        if (!daily)
            return daily.error();
        if (Schedules::isDailyDue(daily.value(), latestGeneration(m_dir), now, m_tz)) {
            out.generation = true;
            out.generationDue = Schedules::latestDailyOccurrence(daily.value(), now, m_tz);
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
        const auto next = Schedules::nextRun(stored.value()->schedule,
                                             job->lastRun ? job->lastRun : stored.value()->setAt, now, m_tz);
        if (next && *next <= now) {
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
    const Actor actor = Actor::schedulerActor();
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
    auto noteMissed = [&](JobRecord &job, const QDateTime &occurrence, const QString &line) {
        if (occurrence.secsTo(m_clock.now()) <= kMissedAfterSecs)
            return;
        if (job.state.value("missedFor"_L1).toInteger() == occurrence.toMSecsSinceEpoch())
            return;
        job.state.insert("missedFor"_L1, occurrence.toMSecsSinceEpoch());
        summary.missed.append(line);
        (void)history.append(m_clock.now(), actor.displayName(), QString::fromLatin1(HistoryKind::RunMissed),
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
            BackupRunner runner(m_dir, m_clock);
            runner.setActor(actor.displayName());
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
            auto result = archives.createScheduled(since, &snapshotAt);
            if (result) {
                job.lastRun = m_clock.now();
                job.lastResult = u"ok"_s;
                job.state.insert("snapshotMs"_L1, snapshotAt.toMSecsSinceEpoch());
                summary.done.append(tr("Scheduled archive %1 written (%2 records).")
                                        .arg(result->id)
                                        .arg(result->manifest.totalRecords()));
            } else {
                job.lastResult = result.error().message;
                summary.failures.append(tr("Scheduled archive: %1").arg(result.error().message));
            }
            (void)state.setJob(job);
        }
    }
    return summary;
}

} // namespace Rewind
