#pragma once

#include "TaskOutcome.h"
#include "compare/RecordDiff.h"
#include "compare/ChangeSpool.h"
#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Rewind
{

class ChangeListModel;
class Clock;
class EnvironmentCombo;
class RecordRestoreFlow;
class RecordSideBySide;
class TaskProgress;

/// The "Compare" tab: what differs record by record between a weekday generation and production (or
/// another generation). Per DB the counts of records added, deleted and changed; for the DB chosen every
/// change, filtered by kind, a field and a search term, and the selected record side by side with its
/// differences highlighted. The changes stream into a ChangeSpool on disk and the list pages from it, so a
/// million-record DB costs no more memory than the rows on screen. Deleted and changed records of a
/// generation → production compare can be restored ("Restore Selected…": only the fields ticked, a dry
/// run, a question, then the restore, which can be undone). A change opens in its record's week, and
/// "Find in Every Generation…" searches all slots. Core does the work on worker threads (RecordDiff,
/// RecordRestorer, CsvImporter::undo), as the console's logged-in user (ConsoleUser).
class ComparePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    /// `clock` must outlive the pane (workers read it; the destructor waits for them).
    ComparePane(DataDir dir, const Clock &clock, QWidget *parent = nullptr);
    ~ComparePane() override;

    ChangeListModel *model() const { return m_model; }
    RecordSideBySide *sideBySide() const { return m_sideBySide; }
    /// The per-DB counts of the last compare that finished (empty before, or after an error).
    const QList<DbDiff> &diffs() const { return m_diffs; }
    /// A compare, dry run, restore or undo is running.
    bool isBusy() const;
    /// Selects the DB with `dbId` in the summary; false when it is not listed.
    bool selectDb(qint64 dbId);
    /// The restore point of the last restore made here, while it can be undone.
    QString restorePoint() const;

public slots:
    /// Reads the generation list again into the two environment pickers.
    void refreshEnvironments();
    /// Compares the two environments chosen.
    void compare();
    /// Dry-runs restoring the selected deleted and changed records (only the ticked fields), asks, then
    /// restores them.
    void restoreSelected();
    /// Asks, then brings production back to the restore point of the last restore, and compares again.
    void undoRestore();
    /// Opens the week of the change selected (RecordTimelineDialog).
    void openTimeline();
    /// Opens "Find in Every Generation" for the DB selected.
    void openSlotSearch();

signals:
    /// Production changed through this pane (a restore or its undo).
    void productionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CompareRun
    {
        QList<DbDiff> dbs;
        QString spoolPath;
        qint64 changes = 0;
    };

    void retranslateUi();
    void updateButtons();
    void showStatus(const QString &text);
    void showError(const QString &text);
    void fillSummary();
    void fillFieldFilter();
    void onSummarySelection();
    void onCompareFinished();
    void onCurrentChange();
    /// Record IDs of the selected deleted and changed rows, at most `limit` (-1: all).
    QList<qint64> selectedRestorableIds(qsizetype limit = -1) const;
    QStringList tickedFields() const;
    qint64 selectedDbId() const;
    const DbDiff *selectedDiff() const;
    bool restorable() const;

    DataDir m_dir;
    const Clock &m_clock;

    EnvironmentCombo *m_from = nullptr;
    EnvironmentCombo *m_to = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_find = nullptr;
    TaskProgress *m_progress = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_changes = nullptr;
    ChangeListModel *m_model = nullptr;
    RecordSideBySide *m_sideBySide = nullptr;
    QLabel *m_shown = nullptr;
    QCheckBox *m_withLinked = nullptr;
    QPushButton *m_timeline = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_error = nullptr;
    RecordRestoreFlow *m_flow = nullptr;

    QList<DbDiff> m_diffs;
    // What the shown compare compared: restoring needs a generation → production compare.
    std::optional<EnvironmentId> m_comparedFrom, m_comparedTo;
    QTemporaryDir m_spoolDir; // the compares' change lists, gone with the pane
    int m_spoolNumber = 0;
    std::shared_ptr<const ChangeSpool> m_spool;
    qint64 m_shownDb = 0; // the DB whose changes are listed (ticks belong to its fields)

    TaskWatcher<CompareRun> m_compareWatcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
