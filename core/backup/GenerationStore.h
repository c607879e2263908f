#pragma once

#include "backup/Manifest.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "util/DataDir.h"

#include <QList>

#include <optional>

namespace Rewind
{

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

private:
    DataDir m_dir;
};

} // namespace Rewind
