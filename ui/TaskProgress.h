#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Rewind
{

/// An inline, non-modal progress line for a worker task: what is running, a progress bar (busy until
/// the first report), and a Cancel button. It only shows; the owner runs the task and listens to
/// cancelRequested. Children are named "<name>Bar" and "<name>Cancel" for tests.
class TaskProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgress)

public:
    /// `name` becomes the objectName; the progress is 0 … `steps`.
    TaskProgress(const QString &name, int steps, QWidget *parent = nullptr);

    /// Shows `text` with a busy bar and an enabled Cancel button.
    void start(const QString &text);
    void setValue(int value);
    void setCancellable(bool cancellable);
    /// Hides the line.
    void finish();
    bool isRunning() const { return m_running; }

signals:
    /// Cancel was clicked; the button stays disabled until the next start().
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    int m_steps = 0;
    bool m_running = false;
};

} // namespace Rewind
