#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace Rewind
{

/// A strip across the top of the window for scheduled work that needs a person's attention: runs that
/// did not happen on time (found when the console started) and runs that failed. It stays until
/// dismissed, so a line is not missed while the user looks elsewhere. Lines come translated from core
/// (JobMonitor); repeated lines are shown once. Children: jobBannerText, jobBannerDismiss.
class JobStatusBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusBanner)

public:
    explicit JobStatusBanner(QWidget *parent = nullptr);

    /// Runs that did not happen on time.
    void addMissed(const QStringList &lines);
    /// Runs that failed; the strip turns red.
    void addFailures(const QStringList &lines);
    /// What a later run did, shown only while missed or failed runs are on show (so the user sees they
    /// were caught up).
    void addCaughtUp(const QStringList &lines);
    /// Hides the strip and forgets its lines.
    void dismiss();
    QString text() const;
    bool hasFailures() const { return !m_failures.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_missed;
    QStringList m_failures;
    QStringList m_caughtUp;
    QLabel *m_label = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace Rewind
