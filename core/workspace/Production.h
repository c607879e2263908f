#pragma once

#include "sql/Connection.h"
#include "util/DataDir.h"

#include <memory>

namespace Rewind
{

class Clock;

/// Opening the production workspace of a data directory (embedded SQLite engine).
namespace Production
{

/// Writable production connection settings.
ConnectionSpec writable(const DataDir &dir);
/// Read-only production connection settings (browsing, exports): the connection cannot write.
ConnectionSpec readOnly(const DataDir &dir);

/// Opens an existing production workspace on the calling thread. NotFound (with what to do) when
/// there is none; Unsupported when it was made by a newer Rewind.
Result<std::shared_ptr<ScopedConnection>> open(const DataDir &dir, const QString &purpose);
/// Creates a new, empty workspace. AlreadyExists when the data directory already has one.
Result<std::shared_ptr<ScopedConnection>> create(const DataDir &dir, const QString &workspaceName, const Clock &clock);

} // namespace Production
} // namespace Rewind
