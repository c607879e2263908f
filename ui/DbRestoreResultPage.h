#pragma once

#include "TaskOutcome.h"
#include "transfer/DbRestorer.h"

#include <QFutureWatcher>
#include <QWizardPage>

namespace Rewind
{

class RestorePointUndo;
class TaskResultPanel;
struct DbRestoreState;

/// DB restore page 3: brings the DB back on a worker thread when entered (DbRestorer::restore), then
/// shows what came back, the links re-pointed, the restore point and "Undo", or core's message (e.g. the
/// refusal during a backup run) with "Try Again".
class DbRestoreResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbRestoreResultPage)

public:
    explicit DbRestoreResultPage(DbRestoreState *state, QWidget *parent = nullptr);
    ~DbRestoreResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const;

signals:
    /// Production was written (a DB restored or the restore undone).
    void productionChanged();

private:
    void apply();
    void onApplied();

    DbRestoreState *m_state = nullptr;
    TaskResultPanel *m_panel = nullptr;
    RestorePointUndo *m_undo = nullptr;

    TaskWatcher<DbRestoreResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
