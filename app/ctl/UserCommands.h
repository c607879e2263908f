#pragma once

#include "Commands.h"

namespace Rewind::Ctl
{

/// users (list, add, passwd, role, grant, revoke, lock, unlock, remove, rename) and primary-contact.
QList<Command> userCommands();

} // namespace Rewind::Ctl
