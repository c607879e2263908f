#include "TemplateImportResultPage.h"
#include "ConsoleUser.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

#include "RestorePointUndo.h"
#include "TaskProgress.h"
#include "TaskResultPanel.h"
#include "TemplateImportDryRunPage.h"
#include "TemplateImportState.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateImportResultPage::TemplateImportResultPage(TemplateImportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateLoadPage"_s);
    setTitle(tr("Load the template"));
    setFinalPage(true);

    m_panel = new TaskResultPanel({u"templateLoadProgress"_s, u"templateLoadSummary"_s, u"templateLoadDetails"_s,
                                   u"templateLoadError"_s, u"templateLoadRetry"_s},
                                  TaskOutcome<TemplateImportResult>::kProgressSteps, tr("&Try Again"), this);
    m_panel->progress()->setCancellable(false); // one transaction: it either happens completely or not at all
    connect(m_panel->retryButton(), &QPushButton::clicked, this, &TemplateImportResultPage::apply);
    m_undo = new RestorePointUndo(u"templateLoadUndo"_s, m_state->dir, this);
    connect(m_undo, &RestorePointUndo::runningChanged, this, &TemplateImportResultPage::completeChanged);
    connect(m_undo, &RestorePointUndo::undone, this, [this] {
        setSubTitle(tr("The template load was undone."));
        emit productionChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(m_undo);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<TemplateImportResult>>::finished, this,
            &TemplateImportResultPage::onApplied);
}

TemplateImportResultPage::~TemplateImportResultPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TemplateImportResultPage::initializePage()
{
    apply();
}

bool TemplateImportResultPage::isBusy() const
{
    return m_watcher.isRunning() || m_undo->isRunning();
}

bool TemplateImportResultPage::isComplete() const
{
    return !isBusy();
}

void TemplateImportResultPage::apply()
{
    if (isBusy() || !m_state->document)
        return;
    m_state->applied.reset();
    m_panel->clear();
    m_undo->reset();
    const DataDir dir = m_state->dir;
    const TemplateDocument doc = *m_state->document;
    const TemplateImportOptions options = m_state->options(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(runTask<TemplateImportResult>(
        m_cancel, [user = ConsoleUser::session(), dir, doc, options](const auto &, const auto *) {
            return TemplateImporter(dir, Clock::system(), user).run(doc, options);
        }));
    setSubTitle(tr("Loading %1 into production…").arg(QFileInfo(m_state->file).fileName()));
    m_panel->progress()->start(tr("Creating the DBs…"));
    emit completeChanged();
}

void TemplateImportResultPage::onApplied()
{
    m_panel->progress()->finish();
    const TaskOutcome<TemplateImportResult> outcome = m_watcher.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("The template was not loaded; production is unchanged."));
        m_panel->showFailure(outcome.error.message);
        return;
    }
    const TemplateImportResult &r = *outcome.value;
    m_state->applied = r;
    setSubTitle(tr("The template is loaded."));
    QStringList created;
    for (const TemplateImportResult::Db &db : r.dbs) {
        if (db.action != "skipped"_L1)
            created.append(db.name);
    }
    const QString summary = tr("Created %1 in production: %2 fields and %3 settings.")
                                .arg(created.join(u", "_s), QString::number(r.fields), QString::number(r.settings));
    QStringList details;
    for (const TemplateImportResult::Db &db : r.dbs)
        details.append(tr("%1 → %2: %3").arg(db.templateName, db.name, TemplateImportDryRunPage::actionText(db)));
    for (const TemplateImportResult::Link &l : r.links)
        details.append(tr("Link %1.%2 → %3").arg(l.db, l.field, l.target.isEmpty() ? tr("(unlinked)") : l.target));
    for (const QString &field : r.repointed)
        details.append(tr("Re-pointed %1 at the DB that came back").arg(field));
    details.append(tr("Restore point: %1").arg(r.restorePoint));
    m_panel->showResult(summary, details.join(u'\n'));
    m_undo->offer(r.restorePoint,
                  {tr("&Undo this template load"),
                   tr("Bring production back to restore point %1, taken just before the template was loaded?\n\n"
                      "Changes made to production by anyone after the load are undone too."),
                   tr("Production is back to how it was before the template was loaded (restore point %1).")});
    emit productionChanged();
}

} // namespace Rewind
