#include "ComparePane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

#include "ChangeListModel.h"
#include "ConsoleUser.h"
#include "EnvironmentCombo.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
enum SummaryColumn
{
    DbColumn,
    AddedColumn,
    DeletedColumn,
    ChangedColumn,
    SummaryColumnCount
};

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

ComparePane::ComparePane(DataDir dir, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_dir(std::move(dir)), m_clock(clock)
{
    setObjectName(u"comparePane"_s);
    m_model = new ChangeListModel(this);

    // What to compare.
    m_fromLabel = new QLabel(this);
    m_from = new EnvironmentCombo(m_dir, false, this);
    m_from->setObjectName(u"compareFrom"_s);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = new EnvironmentCombo(m_dir, true, this);
    m_to->setObjectName(u"compareTo"_s);
    m_toLabel->setBuddy(m_to);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &ComparePane::compare);
    auto *top = new QHBoxLayout;
    top->addWidget(m_fromLabel);
    top->addWidget(m_from);
    top->addSpacing(12);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_compare);
    top->addStretch(1);

    m_progress = new TaskProgress(u"compareProgress"_s, TaskOutcome<bool>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });

    // The counts per DB.
    m_summary = new QTableWidget(0, SummaryColumnCount, this);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setTabKeyNavigation(false);
    m_summary->setAlternatingRowColors(true);
    m_summary->setWordWrap(false);
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setHighlightSections(false);
    m_summary->horizontalHeader()->setSectionResizeMode(DbColumn, QHeaderView::Stretch);
    for (int c = AddedColumn; c < SummaryColumnCount; ++c)
        m_summary->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_summary, &QTableWidget::itemSelectionChanged, this, &ComparePane::onSummarySelection);

    // The changes of the DB chosen.
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"compareKind"_s);
    m_kindLabel->setBuddy(m_kind);
    for (const QString &key : {QString(), u"deleted"_s, u"changed"_s, u"added"_s})
        m_kind->addItem(QString(), key);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kind->currentData().toString();
        std::optional<ChangeKind> kind;
        for (ChangeKind k : {ChangeKind::Added, ChangeKind::Deleted, ChangeKind::Changed}) {
            if (changeKindKey(k) == key)
                kind = k;
        }
        m_model->setKindFilter(kind);
        updateButtons();
    });
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"compareSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        updateButtons();
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);

    m_changes = new QTableView(this);
    m_changes->setObjectName(u"compareChanges"_s);
    m_changes->setModel(m_model);
    m_changes->setFocusPolicy(Qt::StrongFocus);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changes->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_changes->setAlternatingRowColors(true);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_changes->verticalHeader()->setDefaultSectionSize(m_changes->fontMetrics().height() + 8);
    m_changes->horizontalHeader()->setHighlightSections(false);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->horizontalHeader()->setSectionResizeMode(ChangeListModel::RidColumn, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(ChangeListModel::KindColumn, QHeaderView::ResizeToContents);
    connect(m_changes->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComparePane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparePane::updateButtons);

    m_note = WizardLabels::text(u"compareNote"_s, this);
    m_note->hide();

    m_withLinked = new QCheckBox(this);
    m_withLinked->setObjectName(u"compareWithLinked"_s);
    m_restore = new QPushButton(this);
    m_restore->setObjectName(u"compareRestoreButton"_s);
    connect(m_restore, &QPushButton::clicked, this, &ComparePane::restoreSelected);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_withLinked);
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_changes, 1);
    rightLayout->addWidget(m_note);
    rightLayout->addLayout(restoreRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_summary);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    m_status = WizardLabels::text(u"compareStatus"_s, this);
    m_status->hide();
    m_undo = new QPushButton(this);
    m_undo->setObjectName(u"compareUndoButton"_s);
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, &ComparePane::undoRestore);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_undo);
    m_error = WizardLabels::error(u"compareError"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);

    connect(&m_compareWatcher, &QFutureWatcher<TaskOutcome<CompareRun>>::progressValueChanged, m_progress,
            &TaskProgress::setValue);
    connect(&m_compareWatcher, &QFutureWatcher<TaskOutcome<CompareRun>>::finished, this,
            &ComparePane::onCompareFinished);
    connect(&m_dryRunWatcher, &QFutureWatcher<TaskOutcome<RecordRestoreResult>>::finished, this,
            &ComparePane::onDryRunFinished);
    connect(&m_restoreWatcher, &QFutureWatcher<TaskOutcome<RecordRestoreResult>>::finished, this,
            &ComparePane::onRestoreFinished);
    connect(&m_undoWatcher, &QFutureWatcher<TaskOutcome<bool>>::finished, this, &ComparePane::onUndoFinished);

    const QList<QWidget *> order{m_from,   m_to,      m_compare,    m_summary, m_kind,
                                 m_search, m_changes, m_withLinked, m_restore, m_undo};
    for (int i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    retranslateUi();
    refreshEnvironments();
}

ComparePane::~ComparePane()
{
    // Workers read the clock, which may go with the pane's owner: stop them and let them finish.
    if (m_cancel)
        m_cancel->store(true);
    m_compareWatcher.waitForFinished();
    m_dryRunWatcher.waitForFinished();
    m_restoreWatcher.waitForFinished();
    m_undoWatcher.waitForFinished();
}

bool ComparePane::isBusy() const
{
    return m_compareWatcher.isRunning() || m_dryRunWatcher.isRunning() || m_restoreWatcher.isRunning() ||
           m_undoWatcher.isRunning() || m_progress->isRunning();
}

void ComparePane::refreshEnvironments()
{
    m_from->fill(m_from->environment() ? m_from->environment()
                                       : std::optional(EnvironmentId::generation(Weekday::Mon)));
    m_to->fill(m_to->environment() ? m_to->environment() : std::optional(EnvironmentId::production()));
    updateButtons();
}

void ComparePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComparePane::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_compare->setText(tr("&Compare"));
    m_compare->setToolTip(tr("Compare the two environments record by record."));
    m_summary->setHorizontalHeaderLabels({tr("DB"), tr("Added"), tr("Deleted"), tr("Changed")});
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, tr("All changes"));
    m_kind->setItemText(1, tr("Deleted"));
    m_kind->setItemText(2, tr("Changed"));
    m_kind->setItemText(3, tr("Added"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Field names or values"));
    m_withLinked->setText(tr("Also bring back &linked records"));
    m_withLinked->setToolTip(
        tr("Records the restored ones link to and production no longer has come back from the same generation."));
    m_restore->setText(tr("&Restore Selected…"));
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Bring production back to the restore point taken just before the restore."));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, ChangeListModel::ColumnCount - 1);
    if (!m_diffs.isEmpty())
        fillSummary(); // the DB states ("deleted since") are words too
    updateButtons();
}

qint64 ComparePane::selectedDbId() const
{
    const QList<QTableWidgetItem *> items = m_summary->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (QTableWidgetItem *first = m_summary->item(item->row(), DbColumn))
            return first->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

bool ComparePane::selectDb(qint64 dbId)
{
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        if (m_summary->item(row, DbColumn)->data(Qt::UserRole).toLongLong() == dbId) {
            m_summary->selectRow(row);
            m_summary->scrollToItem(m_summary->item(row, DbColumn));
            return true;
        }
    }
    return false;
}

QString ComparePane::dbName(qint64 dbId) const
{
    for (const DbDiff &d : m_diffs) {
        if (d.dbId == dbId)
            return d.db;
    }
    return {};
}

QList<qint64> ComparePane::selectedRestorableIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_changes->selectionModel()->selectedRows()) {
        const RecordChange *c = m_model->changeAt(index.row());
        if (c && (c->kind == ChangeKind::Deleted || c->kind == ChangeKind::Changed))
            ids.append(c->rid);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ComparePane::updateButtons()
{
    const bool busy = isBusy();
    m_compare->setEnabled(!busy && m_from->environment() && m_to->environment());
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
    const bool fromGeneration = m_comparedFrom && !m_comparedFrom->isProduction();
    const bool toProduction = m_comparedTo && m_comparedTo->isProduction();
    const bool any = !selectedRestorableIds().isEmpty();
    m_restore->setEnabled(!busy && fromGeneration && toProduction && any);
    m_withLinked->setEnabled(fromGeneration && toProduction);
    if (m_comparedTo && !toProduction)
        m_restore->setToolTip(tr("Records are restored into production: compare a generation with production."));
    else
        m_restore->setToolTip(tr("Bring the selected deleted or changed records back as the generation has them. "
                                 "A dry run says what would change first."));
    m_undo->setEnabled(!busy && !m_restorePoint.isEmpty());
}

void ComparePane::showStatus(const QString &text)
{
    m_error->hide();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ComparePane::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

// ---- Compare ------------------------------------------------------------------------------------

void ComparePane::compare()
{
    if (isBusy())
        return;
    const auto from = m_from->environment();
    const auto to = m_to->environment();
    if (!from || !to)
        return;
    DiffOptions options;
    options.from = *from;
    options.to = *to;
    m_error->hide();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const qsizetype cap = m_rowCap;
    m_compareWatcher.setFuture(runTask<CompareRun>(m_cancel, [dir = m_dir, user = ConsoleUser::session(), options, cap](
                                                                 const auto &progress, const std::atomic_bool *cancel) {
        RecordDiff diff(dir, user);
        diff.setProgress(progress);
        diff.setCancelFlag(cancel);
        CompareRun run;
        // The sink runs here on the worker; the list goes to the model once the task is done.
        auto counts = diff.run(options, [&run, cap](const RecordChange &change) {
            if (run.changes.size() >= cap) {
                run.capped = true;
                return false;
            }
            run.changes.append(change);
            return true;
        });
        if (!counts)
            return Result<CompareRun>(counts.error());
        run.dbs = std::move(counts).value();
        return Result<CompareRun>(std::move(run));
    }));
    m_progress->start(tr("Comparing %1 with %2…").arg(from->displayName(), to->displayName()));
    updateButtons();
}

void ComparePane::onCompareFinished()
{
    m_progress->finish();
    TaskOutcome<CompareRun> outcome = m_compareWatcher.result();
    if (!outcome.ok()) {
        if (outcome.cancelled())
            showStatus(tr("The compare was cancelled."));
        else
            showError(outcome.error.message);
        updateButtons();
        return;
    }
    const qint64 keep = selectedDbId();
    m_comparedFrom = m_from->environment();
    m_comparedTo = m_to->environment();
    m_diffs = std::move(outcome.value->dbs);
    m_capped = outcome.value->capped;
    m_model->setChanges(std::move(outcome.value->changes));
    if (m_capped) {
        m_note->setText(tr("Only the first %1 changes are listed; the counts cover all of them.")
                            .arg(QLocale().toString(qint64(m_rowCap))));
        m_note->show();
    } else {
        m_note->hide();
    }
    fillSummary();
    if (!selectDb(keep)) {
        // The first DB with differences, else the first one.
        auto it = std::find_if(m_diffs.cbegin(), m_diffs.cend(), [](const DbDiff &d) { return d.total() > 0; });
        if (it != m_diffs.cend())
            selectDb(it->dbId);
        else if (!m_diffs.isEmpty())
            selectDb(m_diffs.first().dbId);
    }
    updateButtons();
}

void ComparePane::fillSummary()
{
    const qint64 keep = selectedDbId();
    {
        const QSignalBlocker blocker(m_summary);
        m_summary->clearContents();
        m_summary->setRowCount(int(m_diffs.size()));
        for (int row = 0; row < m_diffs.size(); ++row) {
            const DbDiff &d = m_diffs.at(row);
            QString name = d.db;
            if (d.onlyInFrom)
                name = tr("%1 (deleted since)").arg(d.db);
            else if (d.onlyInTo)
                name = tr("%1 (created since)").arg(d.db);
            auto *item = new QTableWidgetItem(name);
            item->setData(Qt::UserRole, d.dbId);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            QStringList tip;
            if (!d.fieldsOnlyInFrom.isEmpty())
                tip.append(tr("Fields deleted since: %1").arg(d.fieldsOnlyInFrom.join(u", "_s)));
            if (!d.fieldsOnlyInTo.isEmpty())
                tip.append(tr("Fields added since: %1").arg(d.fieldsOnlyInTo.join(u", "_s)));
            tip.append(tr("Records unchanged: %1").arg(QLocale().toString(d.unchanged)));
            item->setToolTip(tip.join(u'\n'));
            m_summary->setItem(row, DbColumn, item);
            m_summary->setItem(row, AddedColumn, numberItem(d.added));
            m_summary->setItem(row, DeletedColumn, numberItem(d.deleted));
            m_summary->setItem(row, ChangedColumn, numberItem(d.changed));
        }
    }
    if (!selectDb(keep))
        m_model->setDb(0);
}

void ComparePane::onSummarySelection()
{
    m_model->setDb(selectedDbId());
    updateButtons();
}

// ---- Restore ------------------------------------------------------------------------------------

void ComparePane::restoreSelected()
{
    if (!m_restore->isEnabled())
        return;
    RecordRestoreOptions options;
    options.from = m_comparedFrom->slot();
    options.db = dbName(selectedDbId());
    options.ids = selectedRestorableIds();
    options.withLinked = m_withLinked->isChecked();
    options.dryRun = true;
    m_pendingRestore = options;
    m_error->hide();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_dryRunWatcher.setFuture(runTask<RecordRestoreResult>(
        m_cancel, [dir = m_dir, clock = &m_clock, user = ConsoleUser::session(), options](const auto &, const auto *) {
            return RecordRestorer(dir, *clock, user).run(options);
        }));
    m_progress->start(tr("Checking what the restore would do…"));
    m_progress->setCancellable(false);
    updateButtons();
}

QString ComparePane::dryRunSummary(const RecordRestoreResult &result) const
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
    const QString day = weekdayName(m_pendingRestore.from);
    QStringList lines;
    lines.append(tr("Restore from %1's generation into production, DB “%2”:").arg(day, m_pendingRestore.db));
    lines.append(tr("• Records that come back with their record IDs: %1").arg(recreated));
    lines.append(tr("• Records that get %1's values: %2").arg(day).arg(updated));
    if (linked > 0)
        lines.append(tr("• Linked records that come back too: %1").arg(linked));
    if (unchanged > 0)
        lines.append(tr("• Records already as the generation has them: %1").arg(unchanged));
    if (!result.missingLinks.isEmpty()) {
        const auto inGeneration = std::count_if(result.missingLinks.cbegin(), result.missingLinks.cend(),
                                                [](const MissingLink &m) { return m.inGeneration; });
        QString line = tr("• Links that point at records production lacks: %1").arg(result.missingLinks.size());
        if (inGeneration > 0 && !m_pendingRestore.withLinked)
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

void ComparePane::onDryRunFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<RecordRestoreResult> outcome = m_dryRunWatcher.result();
    if (!outcome.ok()) {
        showError(outcome.error.message);
        updateButtons();
        return;
    }
    const RecordRestoreResult &result = *outcome.value;
    const QString text = dryRunSummary(result);
    if (!result.conflicts.isEmpty()) {
        showError(text);
        MessageBoxes::warning(this, tr("Restore Selected"), text);
        updateButtons();
        return;
    }
    if (result.recreated() + result.updated() == 0) {
        showStatus(tr("Nothing to restore: the selected records are already as the generation has them."));
        updateButtons();
        return;
    }
    m_progress->start(tr("Waiting for your answer…")); // busy until answered
    m_progress->setCancellable(false);
    updateButtons();
    MessageBoxes::question(this, tr("Restore Selected"), text, QMessageBox::Yes | QMessageBox::No,
                           [this](QMessageBox::StandardButton button) {
                               m_progress->finish();
                               m_progress->setCancellable(true);
                               if (button != QMessageBox::Yes) {
                                   updateButtons();
                                   return;
                               }
                               RecordRestoreOptions options = m_pendingRestore;
                               options.dryRun = false;
                               startRestore(options);
                           });
}

void ComparePane::startRestore(const RecordRestoreOptions &options)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_restoreWatcher.setFuture(runTask<RecordRestoreResult>(
        m_cancel, [dir = m_dir, clock = &m_clock, user = ConsoleUser::session(), options](const auto &, const auto *) {
            return RecordRestorer(dir, *clock, user).run(options);
        }));
    m_progress->start(tr("Restoring the selected records…"));
    m_progress->setCancellable(false); // one transaction: it cannot stop half-way
    updateButtons();
}

void ComparePane::onRestoreFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<RecordRestoreResult> outcome = m_restoreWatcher.result();
    if (!outcome.ok()) {
        showError(outcome.error.message);
        updateButtons();
        return;
    }
    const RecordRestoreResult &result = *outcome.value;
    m_restorePoint = result.restorePoint;
    showStatus(tr("Restored: %1 records back with their record IDs, %2 updated. Undo brings production back to "
                  "restore point %3.")
                   .arg(result.recreated())
                   .arg(result.updated())
                   .arg(m_restorePoint));
    m_undo->setVisible(!m_restorePoint.isEmpty());
    emit productionChanged();
    compare(); // what still differs
}

void ComparePane::undoRestore()
{
    if (isBusy() || m_restorePoint.isEmpty())
        return;
    MessageBoxes::question(
        this, tr("Undo Restore"),
        tr("Bring production back to restore point %1, as it was just before the restore? Changes made since "
           "are undone too.")
            .arg(m_restorePoint),
        QMessageBox::Yes | QMessageBox::No, [this](QMessageBox::StandardButton button) {
            if (button != QMessageBox::Yes || isBusy() || m_restorePoint.isEmpty())
                return;
            m_cancel = std::make_shared<std::atomic_bool>(false);
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
            updateButtons();
        });
}

void ComparePane::onUndoFinished()
{
    m_progress->finish();
    m_progress->setCancellable(true);
    const TaskOutcome<bool> outcome = m_undoWatcher.result();
    if (!outcome.ok()) {
        showError(tr("Production could not be brought back: %1").arg(outcome.error.message));
        updateButtons();
        return;
    }
    showStatus(tr("Undone: production is back at restore point %1.").arg(m_restorePoint));
    m_restorePoint.clear();
    m_undo->hide();
    emit productionChanged();
    compare();
}

} // namespace Rewind
