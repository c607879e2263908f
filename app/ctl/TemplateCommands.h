#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// template (export / import) and restore-db.
QList<Command> templateCommands();

} // namespace Rewind::Ctl
