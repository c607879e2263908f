#include "DbRestoreChoosePage.h"
#include "ConsoleUser.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "DbRestoreState.h"
#include "EnvironmentCombo.h"
#include "TaskProgress.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

DbRestoreChoosePage::DbRestoreChoosePage(DbRestoreState *state, const std::optional<Weekday> &slot, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"restoreChoosePage"_s);
    setTitle(tr("Choose the deleted DB"));
    setSubTitle(tr("A DB deleted from production comes back from a generation with its fields, links, settings and "
                   "records, under their original record IDs, so links from other DBs find them again."));

    m_generation = new EnvironmentCombo(m_state->dir, false, this);
    m_generation->setObjectName(u"restoreGenerationCombo"_s);
    m_generation->fill(slot ? std::optional<EnvironmentId>(EnvironmentId::generation(*slot)) : std::nullopt);
    m_progress = new TaskProgress(u"restoreListProgress"_s, TaskOutcome<QList<DeletedDb>>::kProgressSteps, this);
    m_progress->setCancellable(false); // counting the records of a few tables
    m_dbs = new QTreeWidget(this);
    m_dbs->setObjectName(u"restoreDeletedList"_s);
    m_dbs->setColumnCount(3);
    m_dbs->setHeaderLabels({tr("DB"), tr("Records in the generation"), tr("Production DBs still linking to it")});
    m_dbs->setRootIsDecorated(false);
    m_dbs->setUniformRowHeights(true);
    m_dbs->setAlternatingRowColors(true);
    m_dbs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dbs->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"restoreDeletedStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Generation:"), m_generation);
    auto *dbsLabel = new QLabel(tr("&DBs the generation has and production lacks:"), this);
    dbsLabel->setBuddy(m_dbs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(dbsLabel);
    layout->addWidget(m_dbs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_generation, &QComboBox::currentIndexChanged, this, &DbRestoreChoosePage::load);
    connect(m_dbs, &QTreeWidget::itemSelectionChanged, this, &DbRestoreChoosePage::onSelectionChanged);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<QList<DeletedDb>>>::finished, this, &DbRestoreChoosePage::onLoaded);
}

DbRestoreChoosePage::~DbRestoreChoosePage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DbRestoreChoosePage::initializePage()
{
    load();
}

void DbRestoreChoosePage::load()
{
    m_state->db.clear();
    m_dbs->clear();
    const auto env = m_generation->environment();
    m_state->slot = env && !env->isProduction() ? std::optional<Weekday>(env->slot()) : std::nullopt;
    emit completeChanged();
    if (!m_state->slot) {
        m_status->setText(tr("There is no generation to restore from yet."));
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_status->clear();
    m_progress->start(tr("Comparing the %1 generation with production…").arg(weekdayName(*m_state->slot)));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_state->dir;
    const Weekday slot = *m_state->slot;
    m_watcher.setFuture(
        runTask<QList<DeletedDb>>(m_cancel, [user = ConsoleUser::session(), dir, slot](const auto &, const auto *) {
            return DbRestorer(dir, Clock::system(), user).deletedDbs(slot);
        }));
}

void DbRestoreChoosePage::onLoaded()
{
    m_progress->finish();
    const TaskOutcome<QList<DeletedDb>> outcome = m_watcher.result();
    if (m_pending) {
        load();
        return;
    }
    if (!outcome.ok()) {
        m_status->setText(outcome.error.message);
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        emit completeChanged();
        return;
    }
    m_status->setStyleSheet(QString());
    const QList<DeletedDb> &deleted = *outcome.value;
    {
        const QSignalBlocker blocker(m_dbs);
        for (const DeletedDb &d : deleted) {
            auto *item =
                new QTreeWidgetItem(m_dbs, {d.name, QLocale().toString(d.records),
                                            d.linkedFrom.isEmpty() ? tr("(none)") : d.linkedFrom.join(u", "_s)});
            item->setData(1, Qt::UserRole, d.records);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(2, item->text(2));
        }
        m_dbs->resizeColumnToContents(0);
        m_dbs->resizeColumnToContents(1);
    }
    if (deleted.isEmpty()) {
        m_status->setText(tr("Production has every DB the %1 generation has: nothing was deleted since.")
                              .arg(weekdayName(*m_state->slot)));
    } else {
        m_status->setText(tr("Choose the DB to bring back."));
        m_dbs->setCurrentItem(m_dbs->topLevelItem(0));
        m_dbs->topLevelItem(0)->setSelected(true);
    }
    onSelectionChanged();
}

void DbRestoreChoosePage::onSelectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_dbs->selectedItems();
    m_state->db = selected.isEmpty() ? QString() : selected.first()->text(0);
    m_state->records = selected.isEmpty() ? 0 : selected.first()->data(1, Qt::UserRole).toLongLong();
    emit completeChanged();
}

bool DbRestoreChoosePage::isComplete() const
{
    return !isLoading() && m_state->slot && !m_state->db.isEmpty();
}

} // namespace Rewind
