#pragma once

#include "TaskOutcome.h"
#include "transfer/TemplateImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Rewind
{

class TaskProgress;
struct TemplateImportState;

/// Template import page 4: a dry run (TemplateImporter::run with dryRun) on a worker thread when the page
/// is entered: every DB with the name it gets in production and what happens to it, where each outside
/// link points, the production links re-pointed at a DB that comes back, and the totals. Nothing is
/// written. This is the commit page: "Load Template" is enabled once the dry run succeeded.
class TemplateImportDryRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportDryRunPage)

public:
    explicit TemplateImportDryRunPage(TemplateImportState *state, QWidget *parent = nullptr);
    ~TemplateImportDryRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Translated words for TemplateImportResult::Db::action ("created", "renamed", "replaced", "skipped").
    static QString actionText(const TemplateImportResult::Db &db);

private:
    void start();
    void onFinished();
    void showResult(const TemplateImportResult &result);

    TemplateImportState *m_state = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_again = nullptr;
    bool m_restart = false; // entered again while the previous run was still going

    TaskWatcher<TemplateImportResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
