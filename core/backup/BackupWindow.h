#pragma once

#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QDateTime>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace Rewind
{
class PgConn;
}

namespace Rewind::BackupWindow
{

/// A backup run in progress, as production's writers see it.
struct RunInfo
{
    std::optional<Weekday> slot; ///< empty for the moment between taking the lock and naming the slot
    QDateTime startedAt;         ///< invalid when the run has not written it yet
    QDateTime expectedEnd;       ///< about when it should end; invalid when startedAt is
};

/// The run holding the backup lock of `dir` (started by any live process), or nothing. For a PostgreSQL
/// production, also a run started against the same database from another machine.
std::optional<RunInfo> currentRun(const DataDir &dir);

/// PostgreSQL production: takes the database's run lock (a session advisory lock, so a killed run's lock goes
/// with its connection) and records the run in rw_backup_run for other consoles to show. The returned
/// connection holds the lock until it is destroyed. Busy, naming the slot and who runs it, when another run
/// holds it.
Result<std::unique_ptr<PgConn>> lockPostgres(const DataDir &dir, Weekday slot, const QDateTime &startedAt,
                                             const QString &holder);

/// Busy, with a message naming `operation`, the slot being written, when the run started and about
/// when it should end, while a backup run is in progress; success otherwise. Services that change
/// production in ways a run must not see half-done call this first.
Status refuseDuringRun(const DataDir &dir, const QString &operation);

/// The data directory whose production `db` is connected to (production.sqlite sits at its root),
/// or nothing for any other database file (a scratch file, a generation, a restore point).
std::optional<DataDir> dataDirOf(const QSqlDatabase &db);

/// refuseDuringRun() for the data directory `db` belongs to; success when `db` is not a production.
Status refuseDuringRun(const QSqlDatabase &db, const QString &operation);

} // namespace Rewind::BackupWindow
