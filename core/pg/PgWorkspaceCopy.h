#pragma once

#include "pg/PgTarget.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Rewind
{

class PgConn;
class SqliteFile;

/// Moving a whole workspace between PostgreSQL and SQLite, table by table with COPY. Both directions build
/// the destination's tables with Dialect's statements, so a generation taken from PostgreSQL has exactly an
/// SQLite production's layout, and a workspace moved to PostgreSQL has the layout `rewindctl init` makes.
namespace PgWorkspaceCopy
{

struct CopiedDb
{
    qint64 id = 0;
    QString name;
    qint64 records = 0; ///< rows copied
};

struct Copied
{
    QString workspaceId;
    QString workspaceName;
    QList<CopiedDb> dbs; ///< in the workspace's order
    qint64 rows = 0;     ///< every row of every table
};

struct Hooks
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; ///< rows, total estimated by the planner
    std::function<void(int backendPid)> connected;           ///< tests: the server process to cut mid-run
    std::function<void()> snapshotTaken;                     ///< tests: writers may go on from here
};

/// What a copy takes: the catalog always; all DBs' records or only some; the users or not.
struct Selection
{
    bool allDbs = true;
    QList<qint64> dbIds; ///< with allDbs false: the DBs whose record tables are copied (the rest exist empty)
    bool users = true;   ///< rw_user and rw_login_throttle, when production has them
    bool indexes = true; ///< the record tables' time indexes (a CSV import's working copy needs none)
};

/// Copies production into `dest`, a new, empty SQLite file, inside the transaction `pg` already holds (its
/// snapshot decides what is seen). sqlite_sequence continues past every ID PostgreSQL handed out, so new
/// records written into `dest` get IDs production never used.
Result<Copied> copyInto(PgConn &pg, SqliteFile &dest, const Selection &selection, const Hooks &hooks = {});

/// Takes the readers' side of the snapshot lock on `pg`'s session (before its snapshot transaction begins):
/// shared by every copy (generation runs, restore points, working copies), exclusive for an undo, which
/// rebuilds the tables. A snapshot taken while an undo runs would read its new tables as empty.
Status holdReadersLock(PgConn &pg);
/// The undo's side, in the transaction `pg` holds: waits for every copy to end and keeps new ones waiting.
Status holdRebuildLock(PgConn &pg);

/// Copies production from the PostgreSQL database `target` into `dest`, a new, empty SQLite file, inside one
/// `REPEATABLE READ, READ ONLY` transaction: every table as of the same instant, the way pg_dump takes it, and
/// writers on production never wait for it. `dest` gets one transaction; the caller verifies and publishes.
Result<Copied> toSqlite(const PgTarget &target, SqliteFile &dest, const Hooks &hooks = {});

/// Copies the SQLite production file `sqlitePath` into the PostgreSQL database `target`, which must not hold a
/// Rewind workspace yet: creates the schema "rewind", its tables, the rows and the ID sequences (past every
/// ID ever handed out), in one transaction.
Result<Copied> fromSqlite(const QString &sqlitePath, const PgTarget &target);

/// Moves the SQLite production of `dir` into `url`'s database (fromSqlite), then makes `dir` point at it:
/// writes production.url, and renames production.sqlite to `keepAs` (or removes it when empty). The SQLite
/// file stays as it was if anything fails.
Result<Copied> moveProduction(const DataDir &dir, const QString &url, const QString &keepAs = {});

/// Replaces the workspace in PostgreSQL (catalog, settings, record tables) with the one in the SQLite file
/// `sqlitePath` (a restore point), inside the transaction `pg` holds. Users, the login throttle and the
/// backup-run lock stay as they are; every ID sequence continues past both sides' highest IDs.
Result<Copied> replaceFromSqlite(PgConn &pg, const QString &sqlitePath);

/// Streams the rows of `select` on `src` into `copy` (a `COPY … FROM STDIN`); *rows counts them, *maxFirst
/// is the largest value of the first column (an ID).
Status sendRows(PgConn &pg, SqliteFile &src, const QByteArray &select, const QByteArray &copy, const QString &what,
                qint64 *rows = nullptr, qint64 *maxFirst = nullptr);

} // namespace PgWorkspaceCopy
} // namespace Rewind
