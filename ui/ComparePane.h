#pragma once

#include "TaskOutcome.h"
#include "compare/RecordDiff.h"
#include "compare/RecordRestorer.h"
#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Rewind
{

class ChangeListModel;
class Clock;
class EnvironmentCombo;
class TaskProgress;

/// The "Compare" tab: what differs record by record between a weekday generation and production (or
/// another generation). Per DB the counts of records added, deleted and changed; for the DB chosen every
/// change with its fields, filtered by kind and a search term. Deleted and changed records of a
/// generation → production compare can be restored ("Restore Selected…": a dry run, a question, then the
/// restore, which can be undone). Core does the work on worker threads (RecordDiff, RecordRestorer,
/// CsvImporter::undo), as the console's logged-in user (ConsoleUser); the pane only shows what it reports.
class ComparePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    /// Changes kept for the list at most (the counts always cover everything).
    static constexpr qsizetype kMaxRows = 200'000;

    /// `clock` must outlive the pane (workers read it; the destructor waits for them).
    ComparePane(DataDir dir, const Clock &clock, QWidget *parent = nullptr);
    ~ComparePane() override;

    ChangeListModel *model() const { return m_model; }
    /// The per-DB counts of the last compare that finished (empty before, or after an error).
    const QList<DbDiff> &diffs() const { return m_diffs; }
    /// A compare, dry run, restore or undo is running.
    bool isBusy() const;
    /// Changes kept for the list at most; kMaxRows unless a test lowers it.
    void setRowCap(qsizetype cap) { m_rowCap = cap; }
    /// Selects the DB with `dbId` in the summary; false when it is not listed.
    bool selectDb(qint64 dbId);
    /// The restore point of the last restore made here, while it can be undone.
    QString restorePoint() const { return m_restorePoint; }

public slots:
    /// Reads the generation list again into the two environment pickers.
    void refreshEnvironments();
    /// Compares the two environments chosen.
    void compare();
    /// Dry-runs restoring the selected deleted and changed records, asks, then restores them.
    void restoreSelected();
    /// Asks, then brings production back to the restore point of the last restore, and compares again.
    void undoRestore();

signals:
    /// Production changed through this pane (a restore or its undo).
    void productionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CompareRun
    {
        QList<DbDiff> dbs;
        QList<RecordChange> changes;
        bool capped = false;
    };

    void retranslateUi();
    void updateButtons();
    void showStatus(const QString &text);
    void showError(const QString &text);
    void fillSummary();
    void onSummarySelection();
    void onCompareFinished();
    void startRestore(const RecordRestoreOptions &options);
    void onDryRunFinished();
    void onRestoreFinished();
    void onUndoFinished();
    QString dryRunSummary(const RecordRestoreResult &result) const;
    QList<qint64> selectedRestorableIds() const;
    qint64 selectedDbId() const;
    QString dbName(qint64 dbId) const;

    DataDir m_dir;
    const Clock &m_clock;

    EnvironmentCombo *m_from = nullptr;
    EnvironmentCombo *m_to = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QPushButton *m_compare = nullptr;
    TaskProgress *m_progress = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_changes = nullptr;
    ChangeListModel *m_model = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_withLinked = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_error = nullptr;

    QList<DbDiff> m_diffs;
    bool m_capped = false;
    // What the shown compare compared: restoring needs a generation → production compare.
    std::optional<EnvironmentId> m_comparedFrom, m_comparedTo;
    qsizetype m_rowCap = kMaxRows;
    RecordRestoreOptions m_pendingRestore; // the dry run's options, applied after the question
    QString m_restorePoint;

    QFutureWatcher<TaskOutcome<CompareRun>> m_compareWatcher;
    QFutureWatcher<TaskOutcome<RecordRestoreResult>> m_dryRunWatcher;
    QFutureWatcher<TaskOutcome<RecordRestoreResult>> m_restoreWatcher;
    QFutureWatcher<TaskOutcome<bool>> m_undoWatcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
