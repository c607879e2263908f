#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// create-db (a DB from a CSV file) and delete-all-records.
QList<Command> workspaceCommands();

} // namespace Rewind::Ctl
