#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Rewind
{

/// Where a PostgreSQL production lives: a `postgresql://user@host:port/db` address, parsed and checked.
/// The password is never part of it: libpq finds it in PGPASSWORD or ~/.pgpass (and PGPASSFILE), so it
/// appears in no command line, no settings file and no history entry.
struct PgTarget
{
    QString user;   ///< empty: libpq's default (PGUSER, else the login name)
    QString host;   ///< empty: libpq's default (PGHOST, else the local socket)
    int port = 0;   ///< 0: libpq's default (PGPORT, else 5432)
    QString dbname; ///< required
    /// Further libpq parameters from the query string (sslmode, connect_timeout …), in order.
    QList<std::pair<QString, QString>> params;

    /// The schema that holds Rewind's tables in that database.
    static constexpr const char *kSchema = "rewind";

    /// Whether `text` is meant as a PostgreSQL address (postgresql:// or postgres://).
    static bool looksLike(const QString &text);
    /// Parses an address; InvalidArgument naming the problem when it is not a usable one, and when it
    /// carries a password.
    static Result<PgTarget> parse(const QString &url);

    /// "permission denied" for `user` on the schema, with the GRANTs that would let them in.
    static QString schemaDenied(const QString &user);

    /// The address again, without a password, as shown to people and stored in the data directory.
    QString url() const;
    /// libpq keyword/value connection string. `applicationName` shows in pg_stat_activity; a read-only
    /// connection refuses every write (default_transaction_read_only).
    QByteArray conninfo(const QString &applicationName, bool readOnly = false) const;
};

} // namespace Rewind
