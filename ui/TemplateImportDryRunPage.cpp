#include "TemplateImportDryRunPage.h"
#include "ConsoleUser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include "TaskProgress.h"
#include "WizardLabels.h"
#include "TemplateImportState.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

QString TemplateImportDryRunPage::actionText(const TemplateImportResult::Db &db)
{
    if (db.action == "renamed"_L1)
        return tr("created under the new name");
    if (db.action == "replaced"_L1)
        return tr("production's DB and its %1 records are deleted, then it is created again")
            .arg(QLocale().toString(db.deletedRecords));
    if (db.action == "skipped"_L1)
        return tr("skipped: production's DB stays as it is");
    return tr("created");
}

TemplateImportDryRunPage::TemplateImportDryRunPage(TemplateImportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateDryRunPage"_s);
    setTitle(tr("Check what loading the template would do"));
    setSubTitle(tr("A dry run tries every change and then rolls it back: nothing has been written yet. Click "
                   "Load Template to make these changes in production."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Load Template"));

    m_progress = new TaskProgress(u"templateDryRunProgress"_s, TaskOutcome<TemplateImportResult>::kProgressSteps, this);
    m_progress->setCancellable(false); // a rolled-back transaction over a few DBs: short
    m_summary = WizardLabels::text(u"templateDryRunSummary"_s, this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"templateDryRunTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("In the template"), tr("In production"), tr("What happens")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_error = WizardLabels::error(u"templateDryRunError"_s, this);
    m_again = new QPushButton(tr("Run the dry run &again"), this);
    m_again->setObjectName(u"templateDryRunAgain"_s);
    m_again->hide();
    connect(m_again, &QPushButton::clicked, this, &TemplateImportDryRunPage::start);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_error);
    layout->addLayout(againRow);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<TemplateImportResult>>::finished, this,
            &TemplateImportDryRunPage::onFinished);
}

TemplateImportDryRunPage::~TemplateImportDryRunPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TemplateImportDryRunPage::initializePage()
{
    start();
}

void TemplateImportDryRunPage::cleanupPage()
{
    // Back: the choices may change; the next visit runs the dry run again.
    m_state->dryRun.reset();
    m_tree->clear();
    m_summary->clear();
}

void TemplateImportDryRunPage::start()
{
    if (m_watcher.isRunning()) {
        m_restart = true;
        return;
    }
    m_restart = false;
    m_state->dryRun.reset();
    m_tree->clear();
    m_summary->clear();
    m_error->hide();
    m_again->hide();
    if (!m_state->document)
        return;
    const DataDir dir = m_state->dir;
    const TemplateDocument doc = *m_state->document;
    const TemplateImportOptions options = m_state->options(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(runTask<TemplateImportResult>(
        m_cancel, [user = ConsoleUser::session(), dir, doc, options](const auto &, const auto *) {
            return TemplateImporter(dir, Clock::system(), user).run(doc, options);
        }));
    m_progress->start(tr("Trying the template on production…"));
    emit completeChanged();
}

void TemplateImportDryRunPage::onFinished()
{
    m_progress->finish();
    const TaskOutcome<TemplateImportResult> outcome = m_watcher.result();
    if (m_restart) {
        start();
        return;
    }
    if (!outcome.ok()) {
        m_error->setText(outcome.error.message);
        m_error->show();
        m_again->show();
    } else {
        m_state->dryRun = *outcome.value;
        showResult(*outcome.value);
    }
    emit completeChanged();
}

void TemplateImportDryRunPage::showResult(const TemplateImportResult &result)
{
    QFont bold = m_tree->font();
    bold.setBold(true);
    auto *dbs = new QTreeWidgetItem(m_tree, {tr("DBs (%1)").arg(result.dbs.size())});
    dbs->setFirstColumnSpanned(true);
    dbs->setFont(0, bold);
    int created = 0;
    for (const TemplateImportResult::Db &db : result.dbs) {
        auto *item = new QTreeWidgetItem(dbs, {db.templateName, db.name, actionText(db)});
        if (db.action == "replaced"_L1)
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        if (db.action != "skipped"_L1)
            ++created;
    }
    if (!result.links.isEmpty()) {
        auto *links =
            new QTreeWidgetItem(m_tree, {tr("Links to DBs outside the template (%1)").arg(result.links.size())});
        links->setFirstColumnSpanned(true);
        links->setFont(0, bold);
        for (const TemplateImportResult::Link &l : result.links)
            new QTreeWidgetItem(links, {u"%1.%2"_s.arg(l.db, l.field), l.target.isEmpty() ? tr("(unlinked)") : l.target,
                                        l.target.isEmpty() ? tr("stays unlinked") : tr("links to production's DB")});
    }
    if (!result.repointed.isEmpty()) {
        auto *repointed =
            new QTreeWidgetItem(m_tree, {tr("Production links re-pointed (%1)").arg(result.repointed.size())});
        repointed->setFirstColumnSpanned(true);
        repointed->setFont(0, bold);
        for (const QString &field : result.repointed)
            new QTreeWidgetItem(repointed, {field, QString(), tr("points at the DB that comes back")});
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);

    if (created == 0)
        m_summary->setText(tr("Every DB of the template is skipped, so loading it changes nothing. Go back and "
                              "rename or replace a DB to load it."));
    else
        m_summary->setText(
            tr("Loading the template creates DBs: %1, fields: %2, settings: %3. A restore point is "
               "taken first, so the load can be undone.")
                .arg(QString::number(created), QString::number(result.fields), QString::number(result.settings)));
    m_summary->setStyleSheet(created == 0 ? u"color: #b3261e;"_s : QString());
}

bool TemplateImportDryRunPage::isComplete() const
{
    if (m_watcher.isRunning() || !m_state->dryRun)
        return false;
    return std::any_of(m_state->dryRun->dbs.begin(), m_state->dryRun->dbs.end(),
                       [](const TemplateImportResult::Db &db) { return db.action != "skipped"_L1; });
}

} // namespace Rewind
