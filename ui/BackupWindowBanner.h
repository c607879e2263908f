#pragma once

#include "backup/BackupWindow.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace Rewind
{

/// The strip that says a backup run is writing a generation: which, since when and until about when,
/// and which changes to production are locked meanwhile (BackupWindow) and which keep working. Hidden
/// when no run is in progress. Children: backupWindowBannerText.
class BackupWindowBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupWindowBanner)

public:
    explicit BackupWindowBanner(QWidget *parent = nullptr);

    /// Shows the banner for `run`, or hides it when there is none.
    void setRun(const std::optional<BackupWindow::RunInfo> &run);
    /// Reads the run lock of `dir` (a run of this process or any other) and shows or hides the banner.
    void refresh(const DataDir &dir);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    std::optional<BackupWindow::RunInfo> m_run;
};

} // namespace Rewind
