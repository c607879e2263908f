#pragma once

#include "backup/Manifest.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "util/DataDir.h"

#include <QList>

#include <optional>

namespace Rewind
{

class Clock;

enum class SlotState
{
    Empty,   ///< no generation in this slot yet
    Writing, ///< a backup run is writing this slot's next generation right now
    Ready,   ///< a published generation with a readable manifest
    Damaged, ///< a file is there but its manifest cannot be read
};

QString slotStateKey(SlotState state);

struct GenerationInfo
{
    Weekday slot = Weekday::Mon;
    SlotState state = SlotState::Empty;
    QString path;
    qint64 sizeBytes = 0;
    std::optional<Manifest> manifest; ///< present when the manifest could be read
    QString problem;                  ///< why a slot is Damaged
};

struct VerifyReport
{
    Weekday slot = Weekday::Mon;
    bool full = false;
    qint64 records = 0;
    qint64 elapsedMs = 0;
    QStringList problems; ///< empty when the generation is healthy
    bool ok() const { return problems.isEmpty(); }
};

/// The seven weekday slots of a data directory: what is in them, how to open and verify them.
/// Cheap to construct; every call reads the files afresh, so any thread may use its own instance.
class GenerationStore final
{
public:
    explicit GenerationStore(DataDir dir);

    /// Reads one slot's state and manifest (not its contents).
    GenerationInfo info(Weekday slot) const;
    /// All seven slots, Monday first.
    QList<GenerationInfo> list() const;
    /// Re-reads a generation: quick_check (integrity_check when `full`), record counts and content
    /// checksums against the manifest. NotFound when the slot is empty.
    Result<VerifyReport> verify(Weekday slot, bool full) const;
    /// Whether the generation in `slot` may be opened for reading: its manifest, settings and record pages
    /// match their checksums (verify() without the integrity check: a fraction of a second per million
    /// records). Corrupt, naming the slot and the problem, when not. The answer is kept per file (path,
    /// size, time, inode) for the life of the process, so opening the same generation again costs a stat.
    Status checkBeforeOpening(Weekday slot) const;
    /// How to open a generation: immutable, so nothing can write it.
    ConnectionSpec connectionSpec(Weekday slot) const;
    /// Whether a live process holds the backup run lock (the slot may not be known yet).
    bool runInProgress() const;
    /// The slot a live backup run is writing, if any.
    std::optional<Weekday> slotBeingWritten() const;
    /// Removes partial files left by an interrupted run. Does nothing while a run is alive (in any process).
    void cleanLeftovers() const;
    /// Each published generation's record of the newest history event when it was taken: independent
    /// anchors for HistoryStore::check().
    QList<HistoryAnchor> historyAnchors() const;
    /// Removes partial files unconditionally: only for the holder of the backup lock.
    void removePartialFiles() const;
    /// What a killed run left (only for the holder of the backup lock): its backup.state becomes a
    /// "generation-failed" event saying it was interrupted, and its partial files go.
    void recoverKilledRun(const Clock &clock) const;

private:
    enum class Depth
    {
        Pages, ///< manifest, settings and record pages against their checksums
        Quick, ///< and SQLite's quick_check
        Full   ///< and SQLite's integrity_check
    };
    Result<VerifyReport> check(Weekday slot, Depth depth) const;
    /// Production's workspace id ("" when production cannot be read): a generation of another is damage.
    QString productionWorkspaceId() const;

    DataDir m_dir;
    mutable std::optional<QString> m_workspaceId;
};

} // namespace Rewind
