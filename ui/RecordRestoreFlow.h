#pragma once

#include "TaskOutcome.h"
#include "compare/RecordRestorer.h"
#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QWidget;

namespace Rewind
{

class Clock;
class TaskProgress;

/// "Restore the selection" as the console does it, wherever it starts (the Compare tab, a record's week):
/// a dry run, its summary as a question, then the restore in one transaction after a restore point, and an
/// undo back to that point. Core's RecordRestorer and CsvImporter::undo do the work on worker threads as
/// the console's logged-in user; the flow shows progress on `progress` and asks on top of `parent`.
class RecordRestoreFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordRestoreFlow)

public:
    /// `clock` must outlive the flow (workers read it; the destructor waits for them).
    RecordRestoreFlow(DataDir dir, const Clock &clock, QWidget *parent, TaskProgress *progress);
    ~RecordRestoreFlow() override;

    bool isBusy() const;
    /// The restore point of the last restore made here, while it can be undone.
    QString restorePoint() const { return m_restorePoint; }

    /// Dry-runs `options`, asks with what it would write, then restores.
    void start(RecordRestoreOptions options);
    /// Asks, then brings production back to restorePoint().
    void undo();

    /// What a dry run says it would write, in sentences (also the question's text).
    static QString summary(const RecordRestoreOptions &options, const RecordRestoreResult &result);

signals:
    /// A step started or ended: buttons may change.
    void busyChanged();
    void failed(const QString &message);
    /// Something to say that is not an error ("nothing to restore").
    void status(const QString &text);
    /// The restore was applied: production changed.
    void restored(const Rewind::RecordRestoreResult &result);
    /// Production is back at the restore point.
    void undone(const QString &restorePoint);

private:
    void onDryRunFinished();
    void onRestoreFinished();
    void onUndoFinished();
    void run(TaskWatcher<RecordRestoreResult> &watcher, const RecordRestoreOptions &options);

    DataDir m_dir;
    const Clock &m_clock;
    QWidget *m_parent;
    TaskProgress *m_progress;
    RecordRestoreOptions m_pending; // the dry run's options, applied after the question
    bool m_asking = false;
    QString m_restorePoint;
    TaskWatcher<RecordRestoreResult> m_dryRunWatcher;
    TaskWatcher<RecordRestoreResult> m_restoreWatcher;
    TaskWatcher<bool> m_undoWatcher;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Rewind
