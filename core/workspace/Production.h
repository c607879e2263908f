#pragma once

#include "sql/Connection.h"
#include "util/DataDir.h"

#include <memory>

namespace Rewind
{

class Clock;

/// Opening the production workspace of a data directory: the embedded SQLite file, or the schema "rewind" of
/// a PostgreSQL database when the data directory names one (DataDir::productionUrl).
namespace Production
{

/// Writable production connection settings.
ConnectionSpec writable(const DataDir &dir);
/// Read-only production connection settings (browsing, exports): the connection cannot write.
ConnectionSpec readOnly(const DataDir &dir);

/// Opens an existing production workspace on the calling thread. NotFound (with what to do) when
/// there is none; Unsupported when it was made by a newer Rewind.
Result<std::shared_ptr<ScopedConnection>> open(const DataDir &dir, const QString &purpose);
/// Whether the data directory has a production workspace (for PostgreSQL: one can connect and find it).
bool exists(const DataDir &dir);
/// Creates a new, empty workspace (PostgreSQL: the schema "rewind" in an empty database, and production.url).
/// AlreadyExists when the data directory already has one.
Result<std::shared_ptr<ScopedConnection>> create(const DataDir &dir, const QString &workspaceName, const Clock &clock);

} // namespace Production
} // namespace Rewind
