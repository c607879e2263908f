#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// diff: what changed between a generation and production (or two generations).
QList<Command> compareCommands();

} // namespace Rewind::Ctl
