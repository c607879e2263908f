#include "TemplateImportWizard.h"

#include "TemplateImportChoicesPage.h"
#include "TemplateImportDryRunPage.h"
#include "TemplateImportFilePage.h"
#include "TemplateImportPreviewPage.h"
#include "TemplateImportResultPage.h"
#include "TemplateImportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateImportWizard::TemplateImportWizard(DataDir dir, QWidget *parent)
    : RewindWizard(parent), m_state(std::make_unique<TemplateImportState>(std::move(dir)))
{
    setObjectName(u"templateImportWizard"_s);
    setWindowTitle(tr("Load Template into Production"));

    m_state->catalog = loadProductionCatalog(m_state->dir, &m_state->catalogError);

    m_filePage = new TemplateImportFilePage(m_state.get(), this);
    m_previewPage = new TemplateImportPreviewPage(m_state.get(), this);
    m_choicesPage = new TemplateImportChoicesPage(m_state.get(), this);
    m_dryRunPage = new TemplateImportDryRunPage(m_state.get(), this);
    m_resultPage = new TemplateImportResultPage(m_state.get(), this);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(ChoicesPage, m_choicesPage);
    setPage(DryRunPage, m_dryRunPage);
    setPage(ResultPage, m_resultPage);
    setStartId(FilePage);
    connect(m_resultPage, &TemplateImportResultPage::productionChanged, this, &TemplateImportWizard::productionChanged);

    nameButtons(u"wizardLoadButton"_s);
    resize(860, 640);
}

TemplateImportWizard::~TemplateImportWizard() = default;

bool TemplateImportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

} // namespace Rewind
