#pragma once

#include "access/Access.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QString>

namespace Rewind
{

class Clock;

/// Where a data directory's production lives, and moving it: the console's preferences (Connection page) and
/// `rewindctl connection`.
namespace ProductionLocation
{

/// What a connection attempt found: the console's "Test Connection" and `rewindctl connection test`.
struct Probe
{
    QString address;        ///< the postgresql:// address, without any password
    QString server;         ///< e.g. "PostgreSQL 15.18"
    QString user;           ///< the role logged in as
    bool workspace = false; ///< the schema "rewind" holds a Rewind workspace
    bool mayUse = true;     ///< the role may use the schema (USAGE)
    QString workspaceId;
    QString workspaceName;
    int layoutVersion = 0;
    qint64 dbs = 0;
    qint64 users = 0;
};

/// Connects to the PostgreSQL database `url` and looks: server, role, and whether (and which) Rewind
/// workspace it holds. Needs no session: it only reads. The errors are PgConn's words (server down, password
/// refused or missing, database missing, not allowed in).
Result<Probe> probe(const QString &url);

/// One line for people: "PostgreSQL 15.18 as rewind_admin: workspace "X" (7 DBs, 3 users)" or "… : an
/// empty database (no Rewind workspace yet)".
QString describe(const Probe &probe);

enum class Change
{
    Switched, ///< the address holds this same workspace (a new host, port or replica): the data dir now uses it
    Moved     ///< production was copied into the empty database, which the data dir now uses
};

/// Points the data directory `dir` at the PostgreSQL database `url`. Administrators only (ManageSettings);
/// refused during a backup run.
/// - When `url` holds this same workspace (its ID), the data directory switches to it.
/// - When it holds no workspace and `move` is set, the SQLite production is copied into it (one transaction)
///   and kept beside, renamed production-moved-<time>.sqlite; then the data directory uses the database.
/// - Anything else is refused, naming what was found: another workspace, a newer layout, an empty database
///   without `move`, a move from a production that is not an SQLite file.
/// Recorded in the history. The next connection (a restarted console, the next rewindctl) uses it.
Result<Change> use(const DataDir &dir, const Session &actor, const QString &url, bool move, const Clock &clock);

} // namespace ProductionLocation
} // namespace Rewind
