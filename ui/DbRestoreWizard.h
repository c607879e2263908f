#pragma once

#include "RewindWizard.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <memory>
#include <optional>

namespace Rewind
{

class DbRestoreChoosePage;
class DbRestoreDryRunPage;
class DbRestoreResultPage;
struct DbRestoreState;

/// The guided restore of a DB deleted from production (restore path 2 in one step): generation and
/// deleted DB → dry run → restore, with undo. Every core call runs on a worker thread (DbRestorer).
class DbRestoreWizard final : public RewindWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbRestoreWizard)

public:
    enum PageId
    {
        ChoosePage,
        DryRunPage,
        ResultPage
    };

    /// `slot` is preselected (the generation on screen); without it, the newest generation is.
    DbRestoreWizard(DataDir dir, const std::optional<Weekday> &slot, QWidget *parent = nullptr);
    ~DbRestoreWizard() override;

    bool isBusy() const override;

signals:
    /// Production was written (a DB restored or the restore undone): views of production should reload.
    void productionChanged();

private:
    std::unique_ptr<DbRestoreState> m_state;
    DbRestoreChoosePage *m_choosePage = nullptr;
    DbRestoreDryRunPage *m_dryRunPage = nullptr;
    DbRestoreResultPage *m_resultPage = nullptr;
};

} // namespace Rewind
