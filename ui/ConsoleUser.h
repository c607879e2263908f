#pragma once

#include "access/Users.h"

namespace Rewind::ConsoleUser
{

/// The user logged into this console. Core services take the acting Session explicitly; the console has
/// one logged-in user per process, set once at login (MainWindow), and every page and wizard hands a copy
/// of it to the services it calls. Thread-safe (a copy under a lock), so worker lambdas may read it too.
Session session();
void set(const Session &session);

} // namespace Rewind::ConsoleUser
