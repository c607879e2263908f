#include "DbRestoreWizard.h"

#include "DbRestoreChoosePage.h"
#include "DbRestoreDryRunPage.h"
#include "DbRestoreResultPage.h"
#include "DbRestoreState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

DbRestoreWizard::DbRestoreWizard(DataDir dir, const std::optional<Weekday> &slot, QWidget *parent)
    : RewindWizard(parent), m_state(std::make_unique<DbRestoreState>(std::move(dir)))
{
    setObjectName(u"dbRestoreWizard"_s);
    setWindowTitle(tr("Restore Deleted DB"));

    m_choosePage = new DbRestoreChoosePage(m_state.get(), slot, this);
    m_dryRunPage = new DbRestoreDryRunPage(m_state.get(), this);
    m_resultPage = new DbRestoreResultPage(m_state.get(), this);
    setPage(ChoosePage, m_choosePage);
    setPage(DryRunPage, m_dryRunPage);
    setPage(ResultPage, m_resultPage);
    setStartId(ChoosePage);
    connect(m_resultPage, &DbRestoreResultPage::productionChanged, this, &DbRestoreWizard::productionChanged);

    nameButtons(u"wizardRestoreButton"_s);
    resize(760, 540);
}

DbRestoreWizard::~DbRestoreWizard() = default;

bool DbRestoreWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

} // namespace Rewind
