#pragma once

#include "access/Users.h"
#include "sql/Connection.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

namespace Rewind::Environments
{

/// How to read an environment: production read-only, or a published generation immutable.
/// NotFound for missing production or an empty slot, Corrupt for a damaged one, Busy while the slot
/// is being written — each with a message that says what to do. A generation only for a `reader` who may
/// open generations (Right::OpenGenerations, checked against production's current user table: a password
/// changed or a user removed today counts for last Monday's generation too).
Result<ConnectionSpec> readSpec(const DataDir &dir, const Session &reader, const EnvironmentId &env);

/// The catalog (DBs, fields, settings) of an environment, read on the calling thread through its own
/// short-lived read-only connection. Small: no records are read.
Result<Catalog> loadCatalog(const DataDir &dir, const Session &reader, const EnvironmentId &env);

} // namespace Rewind::Environments
