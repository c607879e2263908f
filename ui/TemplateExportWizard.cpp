#include "TemplateExportWizard.h"

#include <QAbstractButton>

#include "TemplateExportDbsPage.h"
#include "TemplateExportRelatedPage.h"
#include "TemplateExportResultPage.h"
#include "TemplateExportReviewPage.h"
#include "TemplateExportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportWizard::TemplateExportWizard(DataDir dir, const EnvironmentId &env, const QString &db, QWidget *parent)
    : QWizard(parent), m_state(std::make_unique<TemplateExportState>(std::move(dir)))
{
    setObjectName(u"templateExportWizard"_s);
    setWindowTitle(tr("Export Template"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
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

    // Stable names for tests and accessibility tools.
    const std::pair<WizardButton, QString> names[] = {{QWizard::BackButton, u"wizardBackButton"_s},
                                                      {QWizard::NextButton, u"wizardNextButton"_s},
                                                      {QWizard::CommitButton, u"wizardWriteButton"_s},
                                                      {QWizard::FinishButton, u"wizardFinishButton"_s},
                                                      {QWizard::CancelButton, u"wizardCancelButton"_s}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(name);
    resize(820, 620);
}

TemplateExportWizard::~TemplateExportWizard() = default;

bool TemplateExportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

void TemplateExportWizard::reject()
{
    if (isBusy())
        return; // the file is being written; the result page says when it is done
    QWizard::reject();
}

} // namespace Rewind
