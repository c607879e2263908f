#include "FaultPoint.h"

#include <QByteArray>

#include <cstdlib>
#include <unistd.h>

namespace Rewind::FaultPoint
{

bool hit(const char *point)
{
    const char *spec = std::getenv("REWIND_FAULT");
    if (!spec || !*spec)
        return false;
    const QByteArray s(spec);
    const qsizetype colon = s.indexOf(':');
    if (colon < 0 || s.left(colon) != point)
        return false;
    if (s.mid(colon + 1) == "abort")
        _exit(137);
    return true;
}

} // namespace Rewind::FaultPoint
