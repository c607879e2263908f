#include "JobMonitor.h"

#include "jobs/JobProgress.h"
#include "jobs/JobRunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Rewind
{

using namespace Qt::StringLiterals;

JobMonitor::JobMonitor(DataDir dir, const Clock &clock, QObject *parent)
    : QObject(parent), m_dir(std::move(dir)), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::checkNow);
}

JobMonitor::~JobMonitor()
{
    if (m_watcher)
        m_watcher->waitForFinished(); // a generation run must not be cut off by closing the window
}

void JobMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

void JobMonitor::checkNow()
{
    if (m_ownRun || m_following)
        return;
    if (JobRunner::runningElsewhere(m_dir)) {
        if (!m_client) {
            m_client = new JobProgressClient(m_dir, this);
            connect(m_client, &JobProgressClient::message, this, &JobMonitor::onMessage);
            connect(m_client, &JobProgressClient::ended, this, [this] {
                if (!m_following)
                    return;
                m_following = false;
                Q_EMIT runFinished({}, {}, {});
            });
        }
        if (m_client->connectToRun()) {
            m_following = true;
            Q_EMIT runStarted(true);
        }
        return;
    }
    JobRunner probe(m_dir, m_clock);
    auto work = probe.due();
    if (!m_checkedOnce) {
        m_checkedOnce = true;
        if (work)
            m_missedAtStart = work->missed;
    }
    if (!work || (!work->generation && !work->archive))
        return;
    m_ownRun = true;
    if (!m_server) {
        m_server = new JobProgressServer(m_dir, this);
        m_server->start();
    }
    Q_EMIT runStarted(false);
    QPointer<JobProgressServer> server = m_server;
    QPointer<JobMonitor> self = this;
    m_watcher = new QFutureWatcher<RunDueSummary>(this);
    connect(m_watcher, &QFutureWatcher<RunDueSummary>::finished, this, &JobMonitor::onOwnRunFinished);
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    m_watcher->setFuture(QtConcurrent::run([dir, clock, server, self] {
        JobRunner runner(dir, *clock);
        runner.setProgress([server, self](const QString &job, int percent, const QString &stage) {
            const QJsonObject message{
                {"job"_L1, job}, {"percent"_L1, percent}, {"stage"_L1, stage}, {"state"_L1, u"running"_s}};
            QMetaObject::invokeMethod(
                self.data(),
                [server, self, message] {
                    if (server)
                        server->publish(message);
                    if (self)
                        Q_EMIT self->progress(message.value("job"_L1).toString(), message.value("percent"_L1).toInt(),
                                              message.value("stage"_L1).toString());
                },
                Qt::QueuedConnection);
        });
        return runner.runDue();
    }));
}

void JobMonitor::onOwnRunFinished()
{
    const RunDueSummary summary = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_ownRun = false;
    if (m_server) { // stop publishing: the next run (here or elsewhere) starts its own server
        m_server->publish(QJsonObject{{"state"_L1, u"finished"_s}});
        m_server->deleteLater();
        m_server = nullptr;
    }
    Q_EMIT runFinished(summary.done, summary.missed, summary.failures);
}

void JobMonitor::onMessage(const QJsonObject &message)
{
    if (message.value("state"_L1).toString() == "finished"_L1) {
        m_following = false;
        Q_EMIT runFinished({}, {}, {});
        return;
    }
    Q_EMIT progress(message.value("job"_L1).toString(), message.value("percent"_L1).toInt(),
                    message.value("stage"_L1).toString());
}

} // namespace Rewind
