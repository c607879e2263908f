#pragma once

#include "TaskOutcome.h"
#include "transfer/TemplateExporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

namespace Rewind
{

class TaskResultPanel;
struct TemplateExportState;

/// Template export page 4: writes the template on a worker thread when entered (TemplateExporter::run),
/// then shows the file, the DBs in it, what it left out and the links that point outside it, or core's
/// message with "Try Again".
class TemplateExportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateExportResultPage)

public:
    explicit TemplateExportResultPage(TemplateExportState *state, QWidget *parent = nullptr);
    ~TemplateExportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void exported(const Rewind::TemplateExportResult &result);

private:
    void write();
    void onWritten();

    TemplateExportState *m_state = nullptr;
    TaskResultPanel *m_panel = nullptr;

    TaskWatcher<TemplateExportResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
