#include "Clock.h"

namespace Rewind
{

namespace
{
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};
} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t;
}

void ManualClock::advanceSecs(qint64 secs)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(secs);
}

} // namespace Rewind
