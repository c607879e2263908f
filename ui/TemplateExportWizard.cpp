#include "TemplateExportWizard.h"

#include "TemplateExportDbsPage.h"
#include "TemplateExportRelatedPage.h"
#include "TemplateExportResultPage.h"
#include "TemplateExportReviewPage.h"
#include "TemplateExportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportWizard::TemplateExportWizard(DataDir dir, const EnvironmentId &env, const QString &db, QWidget *parent)
    : RewindWizard(parent), m_state(std::make_unique<TemplateExportState>(std::move(dir)))
{
    setObjectName(u"templateExportWizard"_s);
    setWindowTitle(tr("Export Template"));
    m_state->env = env;

    m_dbsPage = new TemplateExportDbsPage(m_state.get(), db, this);
    m_relatedPage = new TemplateExportRelatedPage(m_state.get(), this);
    m_reviewPage = new TemplateExportReviewPage(m_state.get(), this);
    m_resultPage = new TemplateExportResultPage(m_state.get(), this);
    setPage(DbsPage, m_dbsPage);
    setPage(RelatedPage, m_relatedPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(ResultPage, m_resultPage);
    setStartId(DbsPage);
    connect(m_resultPage, &TemplateExportResultPage::exported, this, &TemplateExportWizard::exported);

    nameButtons(u"wizardWriteButton"_s);
    resize(820, 620);
}

TemplateExportWizard::~TemplateExportWizard() = default;

bool TemplateExportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

} // namespace Rewind
