#include "DbRestoreWizard.h"

#include <QAbstractButton>

#include "DbRestoreChoosePage.h"
#include "DbRestoreDryRunPage.h"
#include "DbRestoreResultPage.h"
#include "DbRestoreState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

DbRestoreWizard::DbRestoreWizard(DataDir dir, const std::optional<Weekday> &slot, QWidget *parent)
    : QWizard(parent), m_state(std::make_unique<DbRestoreState>(std::move(dir)))
{
    setObjectName(u"dbRestoreWizard"_s);
    setWindowTitle(tr("Restore Deleted DB"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);

    m_choosePage = new DbRestoreChoosePage(m_state.get(), slot, this);
    m_dryRunPage = new DbRestoreDryRunPage(m_state.get(), this);
    m_resultPage = new DbRestoreResultPage(m_state.get(), this);
    setPage(ChoosePage, m_choosePage);
    setPage(DryRunPage, m_dryRunPage);
    setPage(ResultPage, m_resultPage);
    setStartId(ChoosePage);
    connect(m_resultPage, &DbRestoreResultPage::productionChanged, this, &DbRestoreWizard::productionChanged);

    // Stable names for tests and accessibility tools.
    const std::pair<WizardButton, QString> names[] = {{QWizard::BackButton, u"wizardBackButton"_s},
                                                      {QWizard::NextButton, u"wizardNextButton"_s},
                                                      {QWizard::CommitButton, u"wizardRestoreButton"_s},
                                                      {QWizard::FinishButton, u"wizardFinishButton"_s},
                                                      {QWizard::CancelButton, u"wizardCancelButton"_s}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(name);
    resize(760, 540);
}

DbRestoreWizard::~DbRestoreWizard() = default;

bool DbRestoreWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

void DbRestoreWizard::reject()
{
    if (isBusy())
        return; // production is being written; the result page says when it is done
    QWizard::reject();
}

} // namespace Rewind
