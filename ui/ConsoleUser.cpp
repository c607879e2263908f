#include "ConsoleUser.h"

#include <QMutex>

namespace Rewind::ConsoleUser
{

namespace
{
QMutex &mutex()
{
    static QMutex m;
    return m;
}

Session &current()
{
    static Session s;
    return s;
}
} // namespace

Session session()
{
    const QMutexLocker lock(&mutex());
    return current();
}

void set(const Session &session)
{
    const QMutexLocker lock(&mutex());
    current() = session;
}

} // namespace Rewind::ConsoleUser
