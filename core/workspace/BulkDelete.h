#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QString>

namespace Rewind
{

class Clock;

struct BulkDeleteResult
{
    QString db;
    qint64 deleted = 0;   ///< records deleted
    QString restorePoint; ///< undo with RestorePointStore / `rewindctl undo-import`
};

/// "Delete all records" of one production DB: refused while a backup run writes a generation
/// (BackupWindow), a restore point first, one transaction, one history event
/// (HistoryKind::RecordsDeletedAll). Blocking; any thread.
class BulkDelete final
{
public:
    /// `actor` needs Right::EditRecords.
    BulkDelete(DataDir dir, const Clock &clock, Session actor);

    /// How many records DB `db` of production has: what deleteAll() would delete.
    Result<qint64> count(const QString &db) const;
    /// Deletes every record of production DB `db` (Right::EditRecords).
    Result<BulkDeleteResult> deleteAll(const QString &db);

private:
    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
};

} // namespace Rewind
