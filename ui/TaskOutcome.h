#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

#include "util/Result.h"

namespace Rewind
{

/// What a worker task hands back to the UI thread: the value, or the error core reported.
/// A plain copyable value, so it travels through QFuture without Result's lack of a default state.
template <typename T> struct TaskOutcome
{
    /// Progress is reported as 0 … kProgressSteps.
    static constexpr int kProgressSteps = 1000;

    std::optional<T> value;
    Error error;

    bool ok() const { return value.has_value(); }
    bool cancelled() const { return !ok() && error.code == ErrorCode::Cancelled; }
};

/// A cancel flag shared by the UI, which may close while a task runs, and the worker, which may
/// outlive the UI; whichever finishes last frees it, hence the shared ownership.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

/// Runs `work(progress, cancelFlag)` on the global thread pool and returns its outcome through a
/// future. `work` is a blocking core call returning Result<T>; `progress(done, total)` becomes the
/// future's progress value. A flag raised before the worker starts skips the work (Cancelled, no
/// message: the UI words it). Results are never dropped, so an operation that finished although Cancel
/// was pressed too late still reports what it did.
template <typename T, typename Work> QFuture<TaskOutcome<T>> runTask(CancelFlag cancel, Work work)
{
    return QtConcurrent::run([cancel = std::move(cancel), work = std::move(work)](QPromise<TaskOutcome<T>> &promise) {
        promise.setProgressRange(0, TaskOutcome<T>::kProgressSteps);
        TaskOutcome<T> outcome;
        if (cancel->load()) {
            outcome.error = makeError(ErrorCode::Cancelled, QString());
            promise.addResult(std::move(outcome));
            return;
        }
        auto progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(std::min(done, total) * TaskOutcome<T>::kProgressSteps / total));
        };
        Result<T> result = work(progress, static_cast<const std::atomic_bool *>(cancel.get()));
        if (result.ok())
            outcome.value = std::move(result).value();
        else
            outcome.error = result.error();
        promise.addResult(std::move(outcome));
    });
}

/// A watcher over a runTask() future that counts as running until its `finished` handlers have run,
/// not only until the worker returned. QFutureWatcher::isRunning() turns false on the worker thread,
/// before the queued `finished` reaches the UI: a dialog asked "busy?" in that gap answered "no" while
/// its result was not shown yet. Callers use isRunning()/setFuture() as on QFutureWatcher.
template <typename T> class TaskWatcher : public QFutureWatcher<TaskOutcome<T>>
{
public:
    explicit TaskWatcher(QObject *parent = nullptr) : QFutureWatcher<TaskOutcome<T>>(parent)
    {
        // Connected first, so it runs before the owner's handlers, which then see "not running".
        QObject::connect(this, &QFutureWatcherBase::finished, this, [this] { m_pending = false; });
    }
    void setFuture(const QFuture<TaskOutcome<T>> &future)
    {
        m_pending = true;
        QFutureWatcher<TaskOutcome<T>>::setFuture(future);
    }
    bool isRunning() const { return m_pending; }

private:
    bool m_pending = false;
};

} // namespace Rewind
