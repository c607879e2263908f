#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Rewind
{

/// Bookkeeping of one kind of scheduled work ("daily-generation", "archive-schedule", "expiry-purge").
struct JobRecord
{
    QString job;
    std::optional<QDateTime> lastRun;     ///< the last successful run
    std::optional<QDateTime> lastAttempt; ///< the last start, successful or not
    QString lastResult;                   ///< "ok", or the failure's message
    QJsonObject state;                    ///< job-specific (the archive schedule's previous snapshot time …)
};

/// Rewind's own settings and bookkeeping, in <data dir>/console.sqlite beside the history: the archive
/// policy, the archive schedule, the daily run time, and when each job last ran. Opens its own connection
/// per call, so any thread may use its own instance.
class ConsoleState final
{
public:
    explicit ConsoleState(DataDir dir);

    /// A stored setting; an empty object when it was never set.
    Result<QJsonObject> setting(const QString &key) const;
    Status setSetting(const QString &key, const QJsonObject &value);
    Status removeSetting(const QString &key);

    Result<JobRecord> job(const QString &name) const;
    Status setJob(const JobRecord &record);

private:
    QString path() const;
    DataDir m_dir;
};

} // namespace Rewind
