#pragma once

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
};

/// Restore points live in <data dir>/restore-points/<id>.sqlite, outside the weekday slots. Taking
/// one copies production at one instant (the same online backup a generation run uses); restoring
/// one copies it back over production in one step, so production becomes exactly what it was.
/// The newest kKeep are kept. Blocking; any thread.
class RestorePointStore final
{
public:
    static constexpr int kKeep = 10;

    explicit RestorePointStore(DataDir dir);

    Result<RestorePoint> create(const QString &reason, const QDateTime &at);
    Result<QList<RestorePoint>> list() const;
    /// Brings production back to restore point `id`. Refused while a backup run is in progress.
    Status restore(const QString &id);

private:
    QString folder() const;
    DataDir m_dir;
};

} // namespace Rewind
