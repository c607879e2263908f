#include "DbRestoreDryRunPage.h"
#include "ConsoleUser.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include "DbRestoreState.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

DbRestoreDryRunPage::DbRestoreDryRunPage(DbRestoreState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"restoreDryRunPage"_s);
    setTitle(tr("Check what comes back"));
    setSubTitle(tr("A dry run tries the restore and rolls it back: nothing has been written yet. Click Restore to "
                   "bring the DB back into production; a restore point is taken first, so it can be undone."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));

    m_progress = new TaskProgress(u"restoreDryRunProgress"_s, TaskOutcome<DbRestoreResult>::kProgressSteps, this);
    m_progress->setCancellable(false); // the settings part only: short
    m_fields = WizardLabels::total(u"restoreDryRunFields"_s, this);
    m_settings = WizardLabels::total(u"restoreDryRunSettings"_s, this);
    m_records = WizardLabels::total(u"restoreDryRunRecords"_s, this);
    const std::pair<QLabel *, QString> captions[] = {
        {m_fields, tr("Fields")}, {m_settings, tr("Settings")}, {m_records, tr("Records")}};
    QGridLayout *totals = WizardLabels::totalsGrid(captions, this);
    m_summary = WizardLabels::text(u"restoreDryRunSummary"_s, this);
    m_error = WizardLabels::error(u"restoreDryRunError"_s, this);
    m_again = new QPushButton(tr("Run the dry run &again"), this);
    m_again->setObjectName(u"restoreDryRunAgain"_s);
    m_again->hide();
    connect(m_again, &QPushButton::clicked, this, &DbRestoreDryRunPage::start);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(totals);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(againRow);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<DbRestoreResult>>::finished, this,
            &DbRestoreDryRunPage::onFinished);
}

DbRestoreDryRunPage::~DbRestoreDryRunPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DbRestoreDryRunPage::initializePage()
{
    start();
}

void DbRestoreDryRunPage::cleanupPage()
{
    m_state->dryRun.reset();
}

void DbRestoreDryRunPage::start()
{
    if (m_watcher.isRunning()) {
        m_restart = true;
        return;
    }
    m_restart = false;
    m_state->dryRun.reset();
    for (QLabel *label : {m_fields, m_settings, m_records})
        label->setText(u"–"_s);
    m_summary->clear();
    m_error->hide();
    m_again->hide();
    if (!m_state->slot || m_state->db.isEmpty())
        return;
    const DataDir dir = m_state->dir;
    const Weekday slot = *m_state->slot;
    const QString db = m_state->db;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(
        runTask<DbRestoreResult>(m_cancel, [user = ConsoleUser::session(), dir, slot, db](const auto &, const auto *) {
            return DbRestorer(dir, Clock::system(), user).restore(slot, db, true);
        }));
    m_progress->start(tr("Trying %1 on production…").arg(db));
    emit completeChanged();
}

void DbRestoreDryRunPage::onFinished()
{
    m_progress->finish();
    const TaskOutcome<DbRestoreResult> outcome = m_watcher.result();
    if (m_restart) {
        start();
        return;
    }
    if (!outcome.ok()) {
        m_error->setText(outcome.error.message);
        m_error->show();
        m_again->show();
        emit completeChanged();
        return;
    }
    const DbRestoreResult &r = *outcome.value;
    m_state->dryRun = r;
    const QLocale locale;
    m_fields->setText(locale.toString(r.schema.fields));
    m_settings->setText(locale.toString(r.schema.settings));
    m_records->setText(locale.toString(r.records));
    QStringList lines;
    lines.append(tr("%1 comes back from the %2 generation with %3 fields, %4 settings and %5 records under their "
                    "original IDs.")
                     .arg(m_state->db, weekdayName(*m_state->slot), locale.toString(r.schema.fields),
                          locale.toString(r.schema.settings), locale.toString(r.records)));
    const QString name = r.schema.dbs.isEmpty() ? m_state->db : r.schema.dbs.first().name;
    if (name != m_state->db)
        lines.append(tr("Production has another DB named %1 now, so it comes back as %2.").arg(m_state->db, name));
    if (!r.schema.repointed.isEmpty())
        lines.append(tr("These links in production point at it again: %1").arg(r.schema.repointed.join(u", "_s)));
    QStringList unlinked;
    for (const TemplateImportResult::Link &l : r.schema.links) {
        if (l.target.isEmpty())
            unlinked.append(u"%1.%2"_s.arg(l.db, l.field));
    }
    if (!unlinked.isEmpty())
        lines.append(tr("These of its links stay unlinked, because production no longer has their target: %1")
                         .arg(unlinked.join(u", "_s)));
    m_summary->setText(lines.join(u"\n\n"_s));
    emit completeChanged();
}

bool DbRestoreDryRunPage::isComplete() const
{
    return !m_watcher.isRunning() && m_state->dryRun.has_value();
}

} // namespace Rewind
