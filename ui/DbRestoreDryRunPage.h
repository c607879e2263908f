#pragma once

#include "TaskOutcome.h"
#include "transfer/DbRestorer.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Rewind
{

class TaskProgress;
struct DbRestoreState;

/// DB restore page 2: a dry run (DbRestorer::restore with dryRun) on a worker thread when entered: the
/// fields, settings and records that would come back and the production links re-pointed at the DB.
/// Nothing is written. This is the commit page: "Restore" is enabled once the dry run succeeded.
class DbRestoreDryRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbRestoreDryRunPage)

public:
    explicit DbRestoreDryRunPage(DbRestoreState *state, QWidget *parent = nullptr);
    ~DbRestoreDryRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    void start();
    void onFinished();

    DbRestoreState *m_state = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_settings = nullptr;
    QLabel *m_records = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_again = nullptr;
    bool m_restart = false;

    TaskWatcher<DbRestoreResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
