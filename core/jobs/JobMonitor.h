#pragma once

#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Rewind
{

class Clock;
class JobProgressClient;
class JobProgressServer;
struct RunDueSummary;

/// The console's side of scheduled work. Every `interval` it runs what is due (on a worker thread,
/// publishing progress like rewindctl run-due does), unless another process is already running it — then
/// it follows that run's live progress over the local socket instead. Never two runs at once: the
/// jobs lock decides.
class JobMonitor final : public QObject
{
    Q_OBJECT
public:
    JobMonitor(DataDir dir, const Clock &clock, QObject *parent = nullptr);
    ~JobMonitor() override;

    /// Checks at once, then every `intervalMs`.
    void start(int intervalMs = 60'000);
    /// Looks for due work or a run elsewhere now.
    void checkNow();
    bool isBusy() const { return m_ownRun || m_following; }
    /// Translated lines about runs that did not happen on time, as found when the console started.
    QStringList missedAtStart() const { return m_missedAtStart; }

Q_SIGNALS:
    /// A run started here (elsewhere = false) or was found running in another process.
    void runStarted(bool elsewhere);
    void progress(const QString &job, int percent, const QString &stage);
    /// done / missed / failures: translated lines (empty lists for a run followed elsewhere).
    void runFinished(const QStringList &done, const QStringList &missed, const QStringList &failures);

private:
    void onMessage(const QJsonObject &message);
    void onOwnRunFinished();

    DataDir m_dir;
    const Clock &m_clock;
    QTimer m_timer;
    bool m_ownRun = false;
    bool m_following = false;
    bool m_checkedOnce = false;
    QStringList m_missedAtStart;
    JobProgressClient *m_client = nullptr;
    JobProgressServer *m_server = nullptr;
    QFutureWatcher<RunDueSummary> *m_watcher = nullptr;
};

} // namespace Rewind
