#include "FileSync.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace Rewind::FileSync
{

namespace
{
bool sync(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

bool file(const QString &path)
{
    return sync(path, O_RDWR);
}

bool folder(const QString &path)
{
    return sync(path, O_RDONLY | O_DIRECTORY);
}

} // namespace Rewind::FileSync
