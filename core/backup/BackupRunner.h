#pragma once

#include "access/Users.h"
#include "backup/GenerationStore.h"

#include <atomic>
#include <functional>

namespace Rewind
{

class Clock;

/// One backup run: production → a verified generation in the slot of today's weekday.
///
/// The copy is one sqlite3_backup_step(-1) inside a read transaction, so it is a consistent
/// snapshot even while other processes keep committing. The copy is written to a hidden partial
/// file, switched out of WAL, checked (quick_check, record counts against the source snapshot,
/// content checksums), given its manifest, fsynced, and only then renamed over the slot, and the
/// folder fsynced. A run that fails or is killed at any point leaves the slot's previous
/// generation byte-identical. Blocking: run it on a worker thread or in rewindctl.
class BackupRunner final
{
public:
    using ProgressFn = std::function<void(int percent, const QString &stage)>;

    /// `actor` takes the generation: an administrator (Right::RunGenerations), or the scheduler for
    /// run-due. History names them.
    BackupRunner(DataDir dir, const Clock &clock, Session actor);

    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    /// Raised from any thread to cancel; the run stops at the next check and removes its partial file.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Runs, and records the outcome in the history: a "generation-run" event with duration, size and
    /// records, or a "generation-failed" event with the reason.
    Result<GenerationInfo> run();

private:
    Status runLocked(Weekday slot);
    void report(int percent, const QString &stage) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    DataDir m_dir;
    const Clock &m_clock;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    Session m_actor;
    qint64 m_historyEventId = 0;
    QString m_historyHash;
};

} // namespace Rewind
