#pragma once

#include "transfer/DbRestorer.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <optional>

namespace Rewind
{

/// What the pages of the DB restore wizard decided so far. Owned by DbRestoreWizard. UI thread only.
struct DbRestoreState
{
    explicit DbRestoreState(DataDir dataDir) : dir(std::move(dataDir)) {}

    DataDir dir;
    std::optional<Weekday> slot; ///< the generation the DB comes back from
    QString db;                  ///< the deleted DB chosen
    qint64 records = 0;          ///< its records in the generation, as listed
    std::optional<DbRestoreResult> dryRun;
    std::optional<DbRestoreResult> applied;
};

} // namespace Rewind
