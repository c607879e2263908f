#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

namespace Rewind::BackupWindow
{

/// Busy, with a message naming `operation`, the slot being written, when the run started and about
/// when it should end, while a backup run is in progress; success otherwise. Services that change
/// production in ways a run must not see half-done call this first.
Status refuseDuringRun(const DataDir &dir, const QString &operation);

} // namespace Rewind::BackupWindow
