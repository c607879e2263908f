#include "TemplateImportWizard.h"

#include <QAbstractButton>

#include "TemplateImportChoicesPage.h"
#include "TemplateImportDryRunPage.h"
#include "TemplateImportFilePage.h"
#include "TemplateImportPreviewPage.h"
#include "TemplateImportResultPage.h"
#include "TemplateImportState.h"
#include "sql/Connection.h"
#include "workspace/Production.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateImportWizard::TemplateImportWizard(DataDir dir, QWidget *parent)
    : QWizard(parent), m_state(std::make_unique<TemplateImportState>(std::move(dir)))
{
    setObjectName(u"templateImportWizard"_s);
    setWindowTitle(tr("Load Template into Production"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);

    auto connection = ScopedConnection::open(Production::readOnly(m_state->dir), u"template-wizard"_s);
    if (connection) {
        auto catalog = Catalog::load(connection.value()->db());
        if (catalog)
            m_state->catalog = catalog.value();
        else
            m_state->catalogError = catalog.error().message;
    } else {
        m_state->catalogError = connection.error().message;
    }

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

    // Stable names for tests and accessibility tools.
    const std::pair<WizardButton, QString> names[] = {{QWizard::BackButton, u"wizardBackButton"_s},
                                                      {QWizard::NextButton, u"wizardNextButton"_s},
                                                      {QWizard::CommitButton, u"wizardLoadButton"_s},
                                                      {QWizard::FinishButton, u"wizardFinishButton"_s},
                                                      {QWizard::CancelButton, u"wizardCancelButton"_s}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(name);
    resize(860, 640);
}

TemplateImportWizard::~TemplateImportWizard() = default;

bool TemplateImportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

void TemplateImportWizard::reject()
{
    if (isBusy())
        return; // production is being written; the result page says when it is done
    QWizard::reject();
}

} // namespace Rewind
