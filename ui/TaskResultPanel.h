#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Rewind
{

class TaskProgress;

/// The body every wizard result page shares: a TaskProgress line, a bold summary, details, an error in
/// red, and a button row that starts with "Try Again". It holds no words of its own: the page passes
/// its tr() texts, so each keeps its translation context, and the objectNames tests look for.
/// The page runs the task, connects retryButton() and adds its own extra buttons.
class TaskResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskResultPanel)

public:
    /// objectNames of the children.
    struct Names
    {
        QString progress;
        QString summary;
        QString details;
        QString error;
        QString retry;
    };

    /// The progress line runs 0 … `steps`; `retryText` is the page's "&Try Again".
    TaskResultPanel(const Names &names, int steps, const QString &retryText, QWidget *parent = nullptr);

    TaskProgress *progress() const { return m_progress; }
    QPushButton *retryButton() const { return m_retry; }
    /// Adds `button` to the button row, after "Try Again".
    void addButton(QPushButton *button);

    /// Hides the summary, details, error and "Try Again" before a new run.
    void clear();
    /// Shows `message` in the error label, or hides it when `message` is empty.
    void setError(const QString &message);
    /// The task failed: shows `message` and "Try Again".
    void showFailure(const QString &message);
    /// The task succeeded: shows `summary` and `details`.
    void showResult(const QString &summary, const QString &details);

private:
    TaskProgress *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_retry = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Rewind
