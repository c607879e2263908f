#pragma once

#include "demo/DemoBuilder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Rewind
{

/// Builds the demo workspace on a worker thread (DemoBuilder through QtConcurrent::run) while a
/// window-modal progress dialog with a Cancel button shows how far it got. Never blocks the UI thread.
class DemoBuildJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBuildJob)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString message; ///< translated; why it failed
        DemoSummary summary;
    };

    /// The dialog is shown over `window`, which also owns the job; with no window the dialog is a
    /// top-level window of its own and the caller owns the job.
    DemoBuildJob(DataDir dir, DemoOptions options, QWidget *window);
    /// Asks a build still running to stop; it finishes on its own thread and removes what it made.
    ~DemoBuildJob() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const Rewind::DemoBuildJob::Outcome &outcome);

private:
    void onFinished();

    DataDir m_dir;
    DemoOptions m_options;
    QWidget *m_window = nullptr;
    QPointer<QProgressDialog> m_dialog; // owned by m_window when there is one, else by this job
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Rewind
