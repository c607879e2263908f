#include "DbRestoreResultPage.h"
#include "ConsoleUser.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "DbRestoreState.h"
#include "RestorePointUndo.h"
#include "TaskProgress.h"
#include "TaskResultPanel.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

DbRestoreResultPage::DbRestoreResultPage(DbRestoreState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"restoreResultPage"_s);
    setTitle(tr("Restore the DB"));
    setFinalPage(true);

    m_panel = new TaskResultPanel({u"restoreProgress"_s, u"restoreResultSummary"_s, u"restoreResultDetails"_s,
                                   u"restoreResultError"_s, u"restoreRetryButton"_s},
                                  TaskOutcome<DbRestoreResult>::kProgressSteps, tr("&Try Again"), this);
    m_panel->progress()->setCancellable(false); // all or nothing: a failure brings production back by itself
    connect(m_panel->retryButton(), &QPushButton::clicked, this, &DbRestoreResultPage::apply);
    m_undo = new RestorePointUndo(u"restoreUndo"_s, m_state->dir, this);
    connect(m_undo, &RestorePointUndo::runningChanged, this, &DbRestoreResultPage::completeChanged);
    connect(m_undo, &RestorePointUndo::undone, this, [this] {
        setSubTitle(tr("The restore was undone."));
        emit productionChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(m_undo);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<DbRestoreResult>>::finished, this, &DbRestoreResultPage::onApplied);
}

DbRestoreResultPage::~DbRestoreResultPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DbRestoreResultPage::initializePage()
{
    apply();
}

bool DbRestoreResultPage::isBusy() const
{
    return m_watcher.isRunning() || m_undo->isRunning();
}

bool DbRestoreResultPage::isComplete() const
{
    return !isBusy();
}

void DbRestoreResultPage::apply()
{
    if (isBusy() || !m_state->slot || m_state->db.isEmpty())
        return;
    m_state->applied.reset();
    m_panel->clear();
    m_undo->reset();
    const DataDir dir = m_state->dir;
    const Weekday slot = *m_state->slot;
    const QString db = m_state->db;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(
        runTask<DbRestoreResult>(m_cancel, [user = ConsoleUser::session(), dir, slot, db](const auto &, const auto *) {
            return DbRestorer(dir, Clock::system(), user).restore(slot, db, false);
        }));
    setSubTitle(tr("Bringing %1 back from the %2 generation…").arg(db, weekdayName(slot)));
    m_panel->progress()->start(tr("Restoring the settings and records…"));
    emit completeChanged();
}

void DbRestoreResultPage::onApplied()
{
    m_panel->progress()->finish();
    const TaskOutcome<DbRestoreResult> outcome = m_watcher.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("The DB was not restored."));
        m_panel->showFailure(outcome.error.message);
        return;
    }
    const DbRestoreResult &r = *outcome.value;
    m_state->applied = r;
    const QLocale locale;
    setSubTitle(tr("The DB is back."));
    const QString name = r.schema.dbs.isEmpty() ? m_state->db : r.schema.dbs.first().name;
    const QString summary =
        tr("%1 is back in production: %2 fields, %3 settings and %4 records with their original IDs.")
            .arg(name, locale.toString(r.schema.fields), locale.toString(r.schema.settings),
                 locale.toString(r.records));
    QStringList details;
    if (name != m_state->db)
        details.append(tr("Production has another DB named %1 now, so it came back as %2.").arg(m_state->db, name));
    if (!r.schema.repointed.isEmpty())
        details.append(tr("Links pointing at it again: %1").arg(r.schema.repointed.join(u", "_s)));
    if (r.danglingLinks > 0)
        details.append(tr("%1 link values point at records deleted since. They are kept as they were and point at "
                          "those records again if they come back.")
                           .arg(locale.toString(r.danglingLinks)));
    details.append(tr("Restore point: %1").arg(r.restorePoint));
    m_panel->showResult(summary, details.join(u'\n'));
    m_undo->offer(r.restorePoint,
                  {tr("&Undo this restore"),
                   tr("Bring production back to restore point %1, taken just before the DB was restored?\n\n"
                      "Changes made to production by anyone after the restore are undone too."),
                   tr("Production is back to how it was before the restore (restore point %1).")});
    emit productionChanged();
}

} // namespace Rewind
