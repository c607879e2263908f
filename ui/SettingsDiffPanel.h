#pragma once

#include "TaskOutcome.h"
#include "transfer/SettingsDiff.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Rewind
{

class RestorePointUndo;
class TaskProgress;

/// "Differences from production" for one DB of a generation (restore path 1): every field and setting
/// that differs (SettingsDiff::compare, on a worker thread), each with a check box, its value in the
/// generation and in production and what re-applying it does. "Re-apply selected to production" asks
/// first (MessageBoxes, with every effect listed and a warning when data is deleted), re-applies on a
/// worker thread, offers Undo and compares again. Core's refusal during a backup run is shown in place.
class SettingsDiffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDiffPanel)

public:
    explicit SettingsDiffPanel(DataDir dir, QWidget *parent = nullptr);
    ~SettingsDiffPanel() override;

    /// Compares DB `db` of the generation in `slot` with production.
    void showDiff(Weekday slot, const QString &db);
    void clear();
    /// Compares the same DB again.
    void refresh();
    bool isBusy() const { return m_compare.isRunning() || m_reapply.isRunning(); }
    /// The differences on screen (empty while comparing).
    const QList<SettingsDifference> &differences() const { return m_differences; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void compare();
    void onCompared();
    void fill();
    void onItemChanged();
    void showDetails();
    void setAllChecked(bool checked);
    QList<int> checkedIndexes() const;
    void askReapply();
    void reapply(const QList<int> &indexes);
    void onReapplied();
    void updateButtons();
    void updateStatus();
    void showError(const QString &message);

    DataDir m_dir;
    std::optional<Weekday> m_slot;
    QString m_db;
    QList<SettingsDifference> m_differences;
    QString m_compareError; // why the last comparison gave no list

    QLabel *m_title = nullptr;
    TaskProgress *m_progress = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QPushButton *m_reapplyButton = nullptr;
    RestorePointUndo *m_undo = nullptr;

    TaskWatcher<QList<SettingsDifference>> m_compare;
    TaskWatcher<QString> m_reapply;
    CancelFlag m_cancel;
    bool m_pending = false; // another DB or generation was asked for while comparing
};

} // namespace Rewind
