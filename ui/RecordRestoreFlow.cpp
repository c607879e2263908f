#include "RecordRestoreFlow.h"

#include "ConsoleUser.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"

#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace Rewind
{

using namespace Qt::StringLiterals;

RecordRestoreFlow::RecordRestoreFlow(DataDir dir, const Clock &clock, QWidget *parent, TaskProgress *progress)
    : QObject(parent), m_dir(std::move(dir)), m_clock(clock), m_parent(parent), m_progress(progress)
{
    connect(&m_dryRunWatcher, &QFutureWatcher<TaskOutcome<RecordRestoreResult>>::finished, this,
            &RecordRestoreFlow::onDryRunFinished);
    connect(&m_restoreWatcher, &QFutureWatcher<TaskOutcome<RecordRestoreResult>>::finished, this,
            &RecordRestoreFlow::onRestoreFinished);
    connect(&m_undoWatcher, &QFutureWatcher<TaskOutcome<bool>>::finished, this, &RecordRestoreFlow::onUndoFinished);
}

RecordRestoreFlow::~RecordRestoreFlow()
{
    // Workers read the clock, which may go with the flow's owner: let them finish.
    m_dryRunWatcher.waitForFinished();
    m_restoreWatcher.waitForFinished();
    m_undoWatcher.waitForFinished();
}

bool RecordRestoreFlow::isBusy() const
{
    return m_asking || m_dryRunWatcher.isRunning() || m_restoreWatcher.isRunning() || m_undoWatcher.isRunning();
}

void RecordRestoreFlow::run(TaskWatcher<RecordRestoreResult> &watcher,
                            const RecordRestoreOptions &options)
{
    watcher.setFuture(runTask<RecordRestoreResult>(
        m_cancel, [dir = m_dir, clock = &m_clock, user = ConsoleUser::session(), options](const auto &, const auto *) {
            return RecordRestorer(dir, *clock, user).run(options);
        }));
    m_progress->start(options.dryRun ? tr("Checking what the restore would do…")
                                     : tr("Restoring the selected records…"));
    m_progress->setCancellable(false); // one transaction: it cannot stop half-way
    emit busyChanged();
}

void RecordRestoreFlow::start(RecordRestoreOptions options)
{
    if (isBusy())
        return;
    options.dryRun = true;
    m_pending = options;
    run(m_dryRunWatcher, options);
}

QString RecordRestoreFlow::summary(const RecordRestoreOptions &options, const RecordRestoreResult &result)
{
    int recreated = 0, updated = 0, linked = 0, unchanged = 0;
    for (const RecordRestoreStep &s : result.steps) {
        if (s.action == RecordRestoreStep::Action::Recreate && s.linked)
            ++linked;
        else if (s.action == RecordRestoreStep::Action::Recreate)
            ++recreated;
        else if (s.action == RecordRestoreStep::Action::Update)
            ++updated;
        else
            ++unchanged;
    }
    const QString day = weekdayName(options.from);
    QStringList lines;
    lines.append(tr("Restore from %1's generation into production, DB “%2”:").arg(day, options.db));
    lines.append(tr("• Records that come back with their record IDs: %1").arg(recreated));
    lines.append(tr("• Records that get %1's values: %2").arg(day).arg(updated));
    if (!options.fields.isEmpty() && updated > 0)
        lines.append(tr("  (only these fields: %1)").arg(options.fields.join(u", "_s)));
    if (linked > 0)
        lines.append(tr("• Linked records that come back too: %1").arg(linked));
    if (unchanged > 0)
        lines.append(tr("• Records already as the generation has them: %1").arg(unchanged));
    if (!result.missingLinks.isEmpty()) {
        const auto inGeneration = std::count_if(result.missingLinks.cbegin(), result.missingLinks.cend(),
                                                [](const MissingLink &m) { return m.inGeneration; });
        QString line = tr("• Links that point at records production lacks: %1").arg(result.missingLinks.size());
        if (inGeneration > 0 && !options.withLinked)
            line += tr(" (the generation has %1 of them: tick “Also bring back linked records” to restore them)")
                        .arg(inGeneration);
        lines.append(line);
    }
    if (!result.conflicts.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Production's current field rules refuse %1 of the generation's values, so nothing can "
                        "be written:")
                         .arg(result.conflicts.size()));
        constexpr int kShown = 10;
        for (int i = 0; i < result.conflicts.size() && i < kShown; ++i) {
            const RestoreConflict &c = result.conflicts.at(i);
            lines.append(tr("• record %1, %2: %3").arg(c.rid).arg(c.field, c.reason));
        }
        if (result.conflicts.size() > kShown)
            lines.append(tr("… and %1 more").arg(result.conflicts.size() - kShown));
    } else {
        lines.append(QString());
        lines.append(tr("A restore point is taken first, so the restore can be undone."));
    }
    return lines.join(u'\n');
}

void RecordRestoreFlow::onDryRunFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<RecordRestoreResult> outcome = m_dryRunWatcher.result();
    if (!outcome.ok()) {
        emit failed(outcome.error.message);
        emit busyChanged();
        return;
    }
    const RecordRestoreResult &result = *outcome.value;
    const QString text = summary(m_pending, result);
    if (!result.conflicts.isEmpty()) {
        emit failed(text);
        MessageBoxes::warning(m_parent, tr("Restore Records"), text);
        emit busyChanged();
        return;
    }
    if (result.recreated() + result.updated() == 0) {
        emit status(tr("Nothing to restore: the records are already as the generation has them."));
        emit busyChanged();
        return;
    }
    m_asking = true; // busy until answered
    m_progress->start(tr("Waiting for your answer…"));
    m_progress->setCancellable(false);
    emit busyChanged();
    MessageBoxes::question(m_parent, tr("Restore Records"), text, QMessageBox::Yes | QMessageBox::No,
                           [this](QMessageBox::StandardButton button) {
                               m_asking = false;
                               m_progress->finish();
                               m_progress->setCancellable(true);
                               if (button != QMessageBox::Yes) {
                                   emit busyChanged();
                                   return;
                               }
                               RecordRestoreOptions options = m_pending;
                               options.dryRun = false;
                               run(m_restoreWatcher, options);
                           });
}

void RecordRestoreFlow::onRestoreFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<RecordRestoreResult> outcome = m_restoreWatcher.result();
    if (!outcome.ok()) {
        emit failed(outcome.error.message);
        emit busyChanged();
        return;
    }
    m_restorePoint = outcome.value->restorePoint;
    emit status(tr("Restored: %1 records back with their record IDs, %2 updated. Undo brings production back to "
                   "restore point %3.")
                    .arg(outcome.value->recreated())
                    .arg(outcome.value->updated())
                    .arg(m_restorePoint));
    emit busyChanged();
    emit restored(*outcome.value);
}

void RecordRestoreFlow::undo()
{
    if (isBusy() || m_restorePoint.isEmpty())
        return;
    m_asking = true;
    emit busyChanged();
    MessageBoxes::question(
        m_parent, tr("Undo Restore"),
        tr("Bring production back to restore point %1, as it was just before the restore? Changes made since "
           "are undone too.")
            .arg(m_restorePoint),
        QMessageBox::Yes | QMessageBox::No, [this](QMessageBox::StandardButton button) {
            m_asking = false;
            if (button != QMessageBox::Yes || m_restorePoint.isEmpty()) {
                emit busyChanged();
                return;
            }
            m_undoWatcher.setFuture(runTask<bool>(m_cancel,
                                                  [dir = m_dir, clock = &m_clock, user = ConsoleUser::session(),
                                                   point = m_restorePoint](const auto &, const auto *) -> Result<bool> {
                                                      if (Status status = CsvImporter(dir, *clock, user).undo(point);
                                                          !status)
                                                          return status.error();
                                                      return true;
                                                  }));
            m_progress->start(tr("Bringing production back…"));
            m_progress->setCancellable(false);
            emit busyChanged();
        });
}

void RecordRestoreFlow::onUndoFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<bool> outcome = m_undoWatcher.result();
    if (!outcome.ok()) {
        emit failed(tr("Production could not be brought back: %1").arg(outcome.error.message));
        emit busyChanged();
        return;
    }
    const QString point = m_restorePoint;
    m_restorePoint.clear();
    emit status(tr("Undone: production is back at restore point %1.").arg(point));
    emit busyChanged();
    emit undone(point);
}

} // namespace Rewind
