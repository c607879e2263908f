#pragma once

namespace Rewind::FaultPoint
{

/// Test hook for interrupted and failing runs. When the environment variable REWIND_FAULT is
/// "<point>:fail", hit(point) returns true and the caller fails as if an I/O error had happened;
/// "<point>:abort" ends the process at once with _exit(137), as a kill -9 would. Unset (always, in
/// normal use) it costs one getenv per point.
bool hit(const char *point);

} // namespace Rewind::FaultPoint
