#pragma once

#include <QDateTime>
#include <QMutex>

namespace Rewind
{

/// Where time comes from. Nothing in core reads the wall clock directly, so schedules, slot
/// rotation and the demo's simulated week are driven by moving a ManualClock in tests.
/// Implementations are thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The process-wide wall clock.
    static Clock &system();
};

/// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override;
    void set(const QDateTime &t);
    void advanceSecs(qint64 secs);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace Rewind
