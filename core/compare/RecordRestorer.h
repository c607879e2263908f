#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rewind
{

class Clock;

/// What restoring one record does (or, in a dry run, would do).
struct RecordRestoreStep
{
    enum class Action
    {
        Recreate, ///< gone from production: comes back with its original record ID
        Update,   ///< in production with other values: the generation's values for `fields`
        Unchanged ///< already as in the generation (for the fields asked for)
    };
    QString db;
    qint64 rid = 0;
    Action action = Action::Unchanged;
    QStringList fields;  ///< the fields written
    bool linked = false; ///< not asked for: brought back because a restored record links to it
};

/// A link from a restored record to a record production does not have (and, unless withLinked, that
/// stays missing).
struct MissingLink
{
    QString db;     ///< the restored record's DB
    qint64 rid = 0; ///< the restored record
    QString field;  ///< its link field
    QString targetDb;
    qint64 targetRid = 0;
    bool inGeneration = false; ///< the generation has it and production has its DB: withLinked brings it back
};

/// A value the generation holds that production's current field rules refuse (the field was retyped, a
/// choice removed, the field made required or unique since). Nothing is written while there are any.
struct RestoreConflict
{
    QString db;
    qint64 rid = 0;
    QString field;
    QString reason; ///< translated, as the CSV import says it
};

struct RecordRestoreOptions
{
    Weekday from = Weekday::Mon;
    QString db;              ///< by name, as production or the generation calls it
    QList<qint64> ids;       ///< record IDs to restore
    QStringList fields;      ///< for records production still has: only these fields (empty: every field)
    bool withLinked = false; ///< also bring back linked records production lacks (from the same generation)
    bool dryRun = true;
};

struct RecordRestoreResult
{
    QList<RecordRestoreStep> steps;
    QList<MissingLink> missingLinks;  ///< after the restore (with withLinked: only what the generation lacks)
    QList<RestoreConflict> conflicts; ///< values production's rules refuse; an apply with any is refused
    QString restorePoint;             ///< empty for a dry run or when nothing changed
    bool applied = false;
    int recreated() const;
    int updated() const;
};

/// "Restore the selection": chosen records of one DB back from a generation — deleted ones with their
/// original record IDs, changed ones with the generation's values for all fields or only the chosen ones.
/// Links are checked: a restored record that links to a record production lacks is reported, and with
/// withLinked that record comes back too (from the same generation, transitively). A dry run first says
/// what would be written; applying takes a restore point, writes everything in one transaction (all or
/// nothing), records one history event, and can be undone like an import. Needs Right::OpenGenerations
/// and Right::EditRecords. Blocking; any thread.
class RecordRestorer final
{
public:
    RecordRestorer(DataDir dir, const Clock &clock, Session actor);
    Result<RecordRestoreResult> run(const RecordRestoreOptions &options);

private:
    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
};

} // namespace Rewind
