#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// archive, schedule, policy, run-due, history and primary-contact.
QList<Command> archiveCommands();

} // namespace Rewind::Ctl
