#pragma once

#include "pg/PgTarget.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Rewind
{

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

/// Copies production from the PostgreSQL database `target` into `dest`, a new, empty SQLite file, inside one
/// `REPEATABLE READ, READ ONLY` transaction: every table as of the same instant, the way pg_dump takes it, and
/// writers on production never wait for it. `dest` gets one transaction; the caller verifies and publishes.
Result<Copied> toSqlite(const PgTarget &target, SqliteFile &dest, const Hooks &hooks = {});

/// Copies the SQLite production file `sqlitePath` into the PostgreSQL database `target`, which must not hold a
/// Rewind workspace yet: creates the schema "rewind", its tables, the rows and the ID sequences (past every
/// ID ever handed out), in one transaction.
Result<Copied> fromSqlite(const QString &sqlitePath, const PgTarget &target);

} // namespace PgWorkspaceCopy
} // namespace Rewind
