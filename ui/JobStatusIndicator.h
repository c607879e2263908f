#pragma once

#include "util/Environment.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;

namespace Rewind
{

/// The status bar's line for scheduled work while it runs: what is being written and how far
/// ("Writing Saturday's generation… 40%") with a small progress bar, or that a run started by the
/// timer is in progress. Hidden between runs. Children: jobStatusText, jobStatusBar.
class JobStatusIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusIndicator)

public:
    explicit JobStatusIndicator(QWidget *parent = nullptr);

    /// A run started here (`elsewhere` false) or was found running in another process.
    void start(bool elsewhere);
    /// `job` is ScheduleService::kDailyJob or kArchiveJob; `slot` the generation being written, if known.
    void setProgress(const QString &job, int percent, const QString &stage, std::optional<Weekday> slot);
    /// Hides the line.
    void finish();
    bool isRunning() const { return m_running; }
    QString text() const;
    int percent() const { return m_percent; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    bool m_running = false;
    bool m_elsewhere = false;
    QString m_job;
    QString m_stage;
    int m_percent = -1; // -1: no report yet
    std::optional<Weekday> m_slot;
};

} // namespace Rewind
