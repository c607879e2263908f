#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Rewind
{

class Clock;

/// What is due at a moment.
struct DueWork
{
    bool generation = false;
    QDateTime generationDue; ///< the daily occurrence the run serves
    bool archive = false;
    QDateTime archiveDue;
    /// An occurrence missed for good: the machine was off past the schedule's end date. Recorded once.
    QDateTime archiveMissedAfterEnd;
    QStringList missed; ///< translated lines: runs that should have happened earlier
};

/// What one run-due did.
struct RunDueSummary
{
    bool alreadyRunning = false; ///< another process holds the jobs lock: nothing was done here
    qint64 otherPid = 0;
    QStringList done;     ///< translated lines
    QStringList missed;   ///< translated lines (also in the history as "run-missed")
    QStringList failures; ///< translated lines (also in the history)
    bool ok() const { return failures.isEmpty(); }
};

/// Executes whatever is due, once: the daily generation (when no generation was taken since the latest
/// daily time), the scheduled archive (full the first time, then incremental), and the expiry purge.
/// A process-wide lock (jobs.lock in the data directory) makes sure two invocations — the timer and
/// an open console — never run at once: the second returns alreadyRunning. A missed run (the machine
/// was off, or the run failed) runs at the next opportunity and is recorded as "run-missed"; a failed
/// run is retried no sooner than 15 minutes later. Blocking: run on a worker thread or in rewindctl.
class JobRunner final
{
public:
    using ProgressFn = std::function<void(const QString &job, int percent, const QString &stage)>;

    JobRunner(DataDir dir, const Clock &clock, QTimeZone tz = QTimeZone::systemTimeZone());
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }

    Result<DueWork> due() const;
    RunDueSummary runDue();

    static QString lockPath(const DataDir &dir);
    /// Whether another live process is running due work now (and its process ID).
    static bool runningElsewhere(const DataDir &dir, qint64 *pid = nullptr);
    /// Whether the process named in a QLockFile is alive and still the program that took it; never takes it.
    static bool lockHolderAlive(const QString &lockFile, qint64 *pid = nullptr);

    /// A missed run is one that starts more than this late.
    static constexpr qint64 kMissedAfterSecs = 30 * 60;
    static constexpr qint64 kRetryAfterSecs = 15 * 60;

private:
    DataDir m_dir;
    const Clock &m_clock;
    QTimeZone m_tz;
    ProgressFn m_progress;
};

} // namespace Rewind
