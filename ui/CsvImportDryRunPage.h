#pragma once

#include "TaskOutcome.h"
#include "transfer/CsvImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Rewind
{

class ImportReportModel;
class TaskProgress;
struct CsvImportState;

/// Wizard page 4: runs CsvImporter::dryRun on a worker thread when the page is entered (progress and
/// Cancel), then shows the totals, every row's outcome with its changes, and every problem with row,
/// line, column and field. This is the commit page: its "Import" button is enabled only when there is
/// something to import and no errors, or the rows with errors are to be skipped.
class CsvImportDryRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDryRunPage)

public:
    explicit CsvImportDryRunPage(CsvImportState *state, QWidget *parent = nullptr);
    ~CsvImportDryRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    void start();
    void onFinished();
    void updateStatus();
    void onSkipToggled(bool skip);

    CsvImportState *m_state = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_new = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_skip = nullptr;
    QPushButton *m_again = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_rowsView = nullptr;
    QTableView *m_issuesView = nullptr;
    ImportReportModel *m_rows = nullptr;
    ImportReportModel *m_issues = nullptr;
    bool m_restart = false; // entered again while the previous run was still stopping
    QString m_failure;      // why the last dry run gave no report (error or cancel), shown in the status line

    TaskWatcher<ImportReport> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
