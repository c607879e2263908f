#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <utility>

namespace Rewind
{

/// How a record differs between the two sides of a compare.
enum class ChangeKind
{
    Added,   ///< only on the "to" side: created since
    Deleted, ///< only on the "from" side: gone since
    Changed, ///< on both, with different values in at least one field both sides have
};

/// "added", "deleted", "changed": stable keys for --json and filters.
QString changeKindKey(ChangeKind kind);

/// One field of a changed record, old → new (stored values, as FieldValues reads them).
struct FieldDelta
{
    qint64 fieldId = 0;
    QString field; ///< its name on the "to" side
    QVariant before, after;
};

/// One record that differs. For Added and Deleted, `fields` holds every field's value on the side that has
/// it (before empty for Added, after empty for Deleted); for Changed only the fields that differ.
struct RecordChange
{
    qint64 dbId = 0;
    QString db;
    qint64 rid = 0;
    ChangeKind kind = ChangeKind::Changed;
    QList<FieldDelta> fields;
};

/// The counts of one DB, matched across the two sides by its DB ID (a rename keeps the match).
struct DbDiff
{
    qint64 dbId = 0;
    QString db;              ///< the name on the "to" side (the "from" side's when the DB is gone)
    bool onlyInFrom = false; ///< the DB itself was deleted since: every record counts as deleted
    bool onlyInTo = false;   ///< the DB was created since: every record counts as added
    qint64 added = 0, deleted = 0, changed = 0, unchanged = 0;
    QStringList fieldsOnlyInFrom, fieldsOnlyInTo; ///< compared values use the fields both have
    QList<std::pair<qint64, QString>> fields;     ///< the fields compared (ID, name on the "to" side), in its order
    qint64 total() const { return added + deleted + changed; }
};

struct DiffOptions
{
    EnvironmentId from = EnvironmentId::generation(Weekday::Mon);
    EnvironmentId to = EnvironmentId::production();
    QStringList dbs; ///< names (on either side); empty: every DB
};

/// Compares two environments record by record: per DB, records added, deleted and changed, computed on
/// the record IDs. Both record tables are read once, in record-ID order, side by side (a merge walk on two
/// connections), so memory stays flat however large the DBs are; every change goes to the sink as it is
/// found. Production is read inside one read transaction, so the compare sees one instant of it.
/// Reading a generation needs Right::OpenGenerations (checked through Environments::readSpec). Blocking.
class RecordDiff final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;
    /// Receives each change in (DB, record ID) order; return false to receive no more (the counts go on).
    using Sink = std::function<bool(const RecordChange &)>;

    RecordDiff(DataDir dir, Session reader);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// The per-DB counts, and each change through `sink` when one is given. Cancelled → ErrorCode::Cancelled.
    Result<QList<DbDiff>> run(const DiffOptions &options, const Sink &sink = {});

private:
    DataDir m_dir;
    Session m_reader;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
