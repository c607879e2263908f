#pragma once

#include "access/Access.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace Rewind
{

/// A copy of production taken just before a change that can be undone (an import, a restore).
struct RestorePoint
{
    QString id; ///< stable, sortable: "20261121-083512-123"
    QDateTime at;
    QString reason;
    QString path;
    qint64 sizeBytes = 0;
    /// The right undoing it needs: the right of the change it was taken before.
    Right undoRight = Right::ManageSettings;
};

/// Restore points live in <data dir>/restore-points/<id>.sqlite, outside the weekday slots. Taking
/// one copies production at one instant (the same online backup a generation run uses); restoring
/// one copies it back over production in one step, so production becomes exactly what it was.
/// The newest kKeep are kept. Blocking; any thread.
///
/// A PostgreSQL production's restore points are the same kind of SQLite file, copied from one snapshot the
/// way a generation run copies it; going back rebuilds the workspace's tables from it in one PostgreSQL
/// transaction (PgWorkspaceCopy::replaceFromSqlite), users kept.
class RestorePointStore final
{
public:
    static constexpr int kKeep = 10;

    explicit RestorePointStore(DataDir dir);

    /// A restore point before a change that needs `undoRight`; undoing it needs the same right.
    Result<RestorePoint> create(const QString &reason, const QDateTime &at, Right undoRight);
    Result<QList<RestorePoint>> list() const;
    /// Brings production back to restore point `id`, when `actor` holds its undo right. Refused while a
    /// backup run is in progress. The users (rw_user, rw_login_throttle) stay as they are now: an undo
    /// brings back records and settings, never an old password or a removed user.
    Status restore(const QString &id, const Session &actor);

private:
    QString folder() const;
    Status restorePostgres(const QString &id, const QString &path, Right undoRight);
    DataDir m_dir;
};

} // namespace Rewind
