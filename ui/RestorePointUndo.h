#pragma once

#include "TaskOutcome.h"
#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Rewind
{

class TaskProgress;

/// "Undo" for a change to production that took a restore point (a template load, a DB restore, settings
/// re-applied): asks first (MessageBoxes), then brings production back to the restore point on a worker
/// thread through CsvImporter::undo, which also records the undo in the history. Children are named
/// "<name>Button", "<name>Status" and "<name>Progress" for tests.
class RestorePointUndo final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePointUndo)

public:
    /// The words of one flow; `question` and `done` take the restore point as %1.
    struct Texts
    {
        QString button;
        QString question;
        QString done;
    };

    RestorePointUndo(const QString &name, DataDir dir, QWidget *parent = nullptr);
    ~RestorePointUndo() override;

    /// Offers to undo back to `restorePoint` with `texts`, and shows the widget.
    void offer(const QString &restorePoint, const Texts &texts);
    /// Hides the widget and forgets the restore point.
    void reset();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /// Production is back at `restorePoint`.
    void undone(const QString &restorePoint);
    void runningChanged(bool running);

private:
    void ask();
    void undo();
    void onFinished();

    DataDir m_dir;
    QString m_restorePoint;
    Texts m_texts;
    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
    TaskProgress *m_progress = nullptr;

    TaskWatcher<QString> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
