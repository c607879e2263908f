#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// export-csv, import-csv and undo-import.
QList<Command> transferCommands();

} // namespace Rewind::Ctl
