#pragma once

#include "RewindWizard.h"
#include "util/DataDir.h"

#include <memory>

namespace Rewind
{

class TemplateImportChoicesPage;
class TemplateImportDryRunPage;
class TemplateImportFilePage;
class TemplateImportPreviewPage;
class TemplateImportResultPage;
struct TemplateImportState;

/// The guided template load into production: file (validated) → what it creates → name clashes and
/// outside links → dry run → load, with undo. Every read of the file and every write to production runs
/// on a worker thread (TemplateDocument, TemplateImporter); the wizard only collects choices.
class TemplateImportWizard final : public RewindWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportWizard)

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        ChoicesPage,
        DryRunPage,
        ResultPage
    };

    /// Reads production's DB list (not its records) on the calling thread, like the console does when
    /// it opens production.
    explicit TemplateImportWizard(DataDir dir, QWidget *parent = nullptr);
    ~TemplateImportWizard() override;

    /// A load or undo is running; the wizard cannot close now.
    bool isBusy() const override;

signals:
    /// Production was written (a template loaded or undone): views of production should reload.
    void productionChanged();

private:
    std::unique_ptr<TemplateImportState> m_state;
    TemplateImportFilePage *m_filePage = nullptr;
    TemplateImportPreviewPage *m_previewPage = nullptr;
    TemplateImportChoicesPage *m_choicesPage = nullptr;
    TemplateImportDryRunPage *m_dryRunPage = nullptr;
    TemplateImportResultPage *m_resultPage = nullptr;
};

} // namespace Rewind
