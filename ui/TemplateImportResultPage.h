#pragma once

#include "TaskOutcome.h"
#include "transfer/TemplateImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

namespace Rewind
{

class RestorePointUndo;
class TaskResultPanel;
struct TemplateImportState;

/// Template import page 5: loads the template into production on a worker thread when entered, with the
/// choices the dry run was made with. Shows what was created, the restore point and "Undo", or core's
/// message (e.g. the refusal during a backup run) with "Try Again".
class TemplateImportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportResultPage)

public:
    explicit TemplateImportResultPage(TemplateImportState *state, QWidget *parent = nullptr);
    ~TemplateImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// A load or undo is running; the wizard must stay open until it ends.
    bool isBusy() const;

signals:
    /// Production was written (a template loaded or undone): views of production should reload.
    void productionChanged();

private:
    void apply();
    void onApplied();

    TemplateImportState *m_state = nullptr;
    TaskResultPanel *m_panel = nullptr;
    RestorePointUndo *m_undo = nullptr;

    TaskWatcher<TemplateImportResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
