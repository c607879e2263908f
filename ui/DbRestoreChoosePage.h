#pragma once

#include "TaskOutcome.h"
#include "transfer/DbRestorer.h"
#include "util/Environment.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Rewind
{

class EnvironmentCombo;
class TaskProgress;
struct DbRestoreState;

/// DB restore page 1: the generation (preselected: the one on screen) and, read on a worker thread
/// (DbRestorer::deletedDbs), the DBs it has that production lacks, with their records and the production
/// DBs whose links still point at them. Next needs one chosen.
class DbRestoreChoosePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbRestoreChoosePage)

public:
    DbRestoreChoosePage(DbRestoreState *state, const std::optional<Weekday> &slot, QWidget *parent = nullptr);
    ~DbRestoreChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isLoading() const { return m_watcher.isRunning() || m_pending; }

private:
    void load();
    void onLoaded();
    void onSelectionChanged();

    DbRestoreState *m_state = nullptr;
    EnvironmentCombo *m_generation = nullptr;
    TaskProgress *m_progress = nullptr;
    QTreeWidget *m_dbs = nullptr;
    QLabel *m_status = nullptr;

    TaskWatcher<QList<DeletedDb>> m_watcher;
    CancelFlag m_cancel;
    bool m_pending = false; // the generation changed while a list was being read
};

} // namespace Rewind
