#include "TemplateExportRelatedPage.h"
#include "ConsoleUser.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "TaskProgress.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportRelatedPage::TemplateExportRelatedPage(TemplateExportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateRelatedPage"_s);
    setTitle(tr("Include the related DBs"));
    setSubTitle(tr("DBs linked with the chosen ones are included, so the links inside the template keep working "
                   "when it is loaded. Uncheck a DB to leave it out; links to it then point outside the template."));

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(u"templateChosenDbs"_s);
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    m_progress =
        new TaskProgress(u"templateRelatedProgress"_s, TaskOutcome<TemplateExportPreview>::kProgressSteps, this);
    m_progress->setCancellable(false); // reading two catalogs: short

    m_related = new QTreeWidget(this);
    m_related->setObjectName(u"templateRelatedList"_s);
    m_related->setColumnCount(2);
    m_related->setHeaderLabels({tr("Related DB"), tr("How it is related")});
    m_related->setRootIsDecorated(false);
    m_related->setUniformRowHeights(true);
    m_related->setAlternatingRowColors(true);
    m_related->header()->setStretchLastSection(true);
    auto *relatedLabel = new QLabel(tr("&Related DBs to include:"), this);
    relatedLabel->setBuddy(m_related);

    m_status = new QLabel(this);
    m_status->setObjectName(u"templateRelatedStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_danglingLabel = new QLabel(
        tr("These links will point at a DB outside the template. When the template is loaded, each goes to a "
           "production DB you choose, or stays unlinked:"),
        this);
    m_danglingLabel->setObjectName(u"templateDanglingLabel"_s);
    m_danglingLabel->setWordWrap(true);
    m_dangling = new QListWidget(this);
    m_dangling->setObjectName(u"templateDanglingList"_s);
    m_dangling->setMaximumHeight(m_dangling->fontMetrics().height() * 7);
    m_danglingLabel->setBuddy(m_dangling);
    m_danglingLabel->hide();
    m_dangling->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chosen);
    layout->addWidget(relatedLabel);
    layout->addWidget(m_related, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_danglingLabel);
    layout->addWidget(m_dangling);

    connect(m_related, &QTreeWidget::itemChanged, this, &TemplateExportRelatedPage::onItemChanged);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<TemplateExportPreview>>::finished, this,
            &TemplateExportRelatedPage::onComputed);
}

TemplateExportRelatedPage::~TemplateExportRelatedPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TemplateExportRelatedPage::initializePage()
{
    m_chosen->setText(tr("Chosen from %1: %2").arg(m_state->sourceName(), m_state->dbs.join(u", "_s)));
    if (m_state->preview)
        showPreview(*m_state->preview);
    else
        compute();
}

void TemplateExportRelatedPage::compute()
{
    m_state->preview.reset();
    emit completeChanged();
    if (m_watcher.isRunning()) {
        m_pending = true; // compute again with the newest choice once this one is back
        return;
    }
    m_pending = false;
    m_status->setText(tr("Following the links…"));
    m_status->setStyleSheet(QString());
    m_progress->start(tr("Reading the DB settings of %1…").arg(m_state->env.displayName()));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_state->dir;
    const TemplateExportOptions options = m_state->options();
    m_watcher.setFuture(runTask<TemplateExportPreview>(
        m_cancel,
        [user = ConsoleUser::session(), dir, options](const auto &, const auto *) -> Result<TemplateExportPreview> {
            const TemplateExporter exporter(dir, Clock::system(), user);
            auto related = exporter.related(options.env, options.dbs);
            if (!related)
                return related.error();
            TemplateExportPreview preview;
            preview.related = related.value();
            auto document = exporter.build(options, &preview.dangling);
            if (!document)
                return document.error();
            preview.document = std::move(document).value();
            return preview;
        }));
}

void TemplateExportRelatedPage::onComputed()
{
    m_progress->finish();
    const TaskOutcome<TemplateExportPreview> outcome = m_watcher.result();
    if (m_pending) {
        compute();
        return;
    }
    if (!outcome.ok()) {
        m_status->setText(outcome.error.message);
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        emit completeChanged();
        return;
    }
    m_state->preview = *outcome.value;
    showPreview(*outcome.value);
    emit completeChanged();
}

void TemplateExportRelatedPage::showPreview(const TemplateExportPreview &preview)
{
    // A DB left out earlier that is no longer related (the choice changed) is forgotten.
    QStringList related;
    for (const RelatedDb &r : preview.related)
        related.append(r.name);
    m_state->leaveOut.erase(std::remove_if(m_state->leaveOut.begin(), m_state->leaveOut.end(),
                                           [&related](const QString &name) { return !related.contains(name); }),
                            m_state->leaveOut.end());
    QStringList included;
    for (const TemplateDb &db : preview.document.dbs)
        included.append(db.name);
    {
        const QSignalBlocker blocker(m_related);
        m_related->clear();
        for (const RelatedDb &r : preview.related) {
            auto *item = new QTreeWidgetItem(m_related, {r.name, r.relation});
            item->setToolTip(1, r.relation);
            if (included.contains(r.name) || m_state->leaveOut.contains(r.name)) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(0, included.contains(r.name) ? Qt::Checked : Qt::Unchecked);
            } else {
                // The walk stops at DBs left out, so what is linked only through them is left out too.
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Unchecked);
                item->setText(1, tr("left out too: it is linked only through DBs left out"));
            }
        }
        if (m_related->topLevelItemCount() > 0)
            m_related->setCurrentItem(m_related->topLevelItem(0));
        m_related->resizeColumnToContents(0);
    }
    const QString holds =
        tr("DBs in the template (%1): %2").arg(QString::number(included.size()), included.join(u", "_s));
    m_status->setText(preview.related.isEmpty() ? tr("No other DB is linked with the chosen ones.") + u'\n' + holds
                                                : holds);
    m_status->setStyleSheet(QString());

    m_dangling->clear();
    m_dangling->addItems(preview.dangling);
    m_danglingLabel->setVisible(!preview.dangling.isEmpty());
    m_dangling->setVisible(!preview.dangling.isEmpty());
}

void TemplateExportRelatedPage::onItemChanged(QTreeWidgetItem *item)
{
    const QString name = item->text(0);
    m_state->leaveOut.removeAll(name);
    if (item->checkState(0) != Qt::Checked)
        m_state->leaveOut.append(name);
    compute();
}

bool TemplateExportRelatedPage::isComplete() const
{
    return m_state->preview.has_value() && !isComputing();
}

} // namespace Rewind
