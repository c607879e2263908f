#pragma once

#include "sql/Connection.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

namespace Rewind::Environments
{

/// How to read an environment: production read-only, or a published generation immutable.
/// NotFound for missing production or an empty slot, Corrupt for a damaged one, Busy while the slot
/// is being written — each with a message that says what to do.
Result<ConnectionSpec> readSpec(const DataDir &dir, const EnvironmentId &env);

/// The catalog (DBs, fields, settings) of an environment, read on the calling thread through its own
/// short-lived read-only connection. Small: no records are read.
Result<Catalog> loadCatalog(const DataDir &dir, const EnvironmentId &env);

} // namespace Rewind::Environments
