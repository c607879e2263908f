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
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "ChangeListModel.h"
#include "ConsoleUser.h"
#include "EnvironmentCombo.h"
#include "RecordRestoreFlow.h"
#include "RecordSideBySide.h"
#include "RecordTimelineDialog.h"
#include "SlotSearchDialog.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
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
    m_find = new QPushButton(this);
    m_find->setObjectName(u"compareFindButton"_s);
    connect(m_find, &QPushButton::clicked, this, &ComparePane::openSlotSearch);
    top->addWidget(m_find);

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
    m_fieldLabel = new QLabel(this);
    m_field = new QComboBox(this);
    m_field->setObjectName(u"compareField"_s);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fieldLabel->setBuddy(m_field);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFieldFilter(m_field->currentData().toLongLong());
        updateButtons();
    });
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"compareSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    // A million changes take a moment to filter: wait until typing pauses.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateButtons();
    });
    connect(m_search, &QLineEdit::returnPressed, m_searchDelay, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
        updateButtons();
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(m_fieldLabel);
    filters->addWidget(m_field);
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
    connect(m_changes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComparePane::onCurrentChange);
    connect(m_changes, &QTableView::doubleClicked, this, &ComparePane::openTimeline);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        onCurrentChange();
        updateButtons();
    });

    m_sideBySide = new RecordSideBySide(m_dir, this);
    connect(m_sideBySide, &RecordSideBySide::ticksChanged, this, &ComparePane::updateButtons);

    m_shown = WizardLabels::text(u"compareShown"_s, this);

    m_withLinked = new QCheckBox(this);
    m_withLinked->setObjectName(u"compareWithLinked"_s);
    m_timeline = new QPushButton(this);
    m_timeline->setObjectName(u"compareTimelineButton"_s);
    connect(m_timeline, &QPushButton::clicked, this, &ComparePane::openTimeline);
    m_restore = new QPushButton(this);
    m_restore->setObjectName(u"compareRestoreButton"_s);
    connect(m_restore, &QPushButton::clicked, this, &ComparePane::restoreSelected);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_withLinked);
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_timeline);
    restoreRow->addWidget(m_restore);

    auto *listAndRecord = new QSplitter(Qt::Vertical, this);
    listAndRecord->setObjectName(u"compareRecordSplitter"_s);
    listAndRecord->setChildrenCollapsible(false);
    listAndRecord->addWidget(m_changes);
    listAndRecord->addWidget(m_sideBySide);
    listAndRecord->setStretchFactor(0, 3);
    listAndRecord->setStretchFactor(1, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(listAndRecord, 1);
    rightLayout->addWidget(m_shown);
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

    m_flow = new RecordRestoreFlow(m_dir, m_clock, this, m_progress);
    connect(m_flow, &RecordRestoreFlow::busyChanged, this, &ComparePane::updateButtons);
    connect(m_flow, &RecordRestoreFlow::failed, this, &ComparePane::showError);
    connect(m_flow, &RecordRestoreFlow::status, this, &ComparePane::showStatus);
    connect(m_flow, &RecordRestoreFlow::restored, this, [this] {
        m_undo->show();
        emit productionChanged();
        compare(); // what still differs
    });
    connect(m_flow, &RecordRestoreFlow::undone, this, [this] {
        m_undo->hide();
        emit productionChanged();
        compare();
    });

    const QList<QWidget *> order{m_from,   m_to,      m_compare,    m_find,       m_summary,  m_kind,    m_field,
                                 m_search, m_changes, m_sideBySide, m_withLinked, m_timeline, m_restore, m_undo};
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
}

bool ComparePane::isBusy() const
{
    return m_compareWatcher.isRunning() || m_flow->isBusy() || m_progress->isRunning();
}

QString ComparePane::restorePoint() const
{
    return m_flow->restorePoint();
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
    m_find->setText(tr("&Find in Every Generation…"));
    m_find->setToolTip(tr("Which generations hold a record whose field contains a text (“it was there last week”)."));
    m_summary->setHorizontalHeaderLabels({tr("DB"), tr("Added"), tr("Deleted"), tr("Changed")});
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, tr("All changes"));
    m_kind->setItemText(1, tr("Deleted"));
    m_kind->setItemText(2, tr("Changed"));
    m_kind->setItemText(3, tr("Added"));
    m_fieldLabel->setText(tr("F&ield:"));
    if (m_field->count() > 0)
        m_field->setItemText(0, tr("All fields"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Field names or values"));
    m_withLinked->setText(tr("Also bring back &linked records"));
    m_withLinked->setToolTip(
        tr("Records the restored ones link to and production no longer has come back from the same generation."));
    m_timeline->setText(tr("Record's &Week…"));
    m_timeline->setToolTip(tr("The selected record in every generation and production, with one-click restore."));
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

const DbDiff *ComparePane::selectedDiff() const
{
    const qint64 id = selectedDbId();
    for (const DbDiff &d : m_diffs) {
        if (d.dbId == id)
            return &d;
    }
    return nullptr;
}

bool ComparePane::restorable() const
{
    return m_comparedFrom && !m_comparedFrom->isProduction() && m_comparedTo && m_comparedTo->isProduction();
}

QList<qint64> ComparePane::selectedRestorableIds(qsizetype limit) const
{
    // Each row read may page the spool from disk: buttons only ask whether there is one (limit 1).
    QList<qint64> ids;
    for (const QModelIndex &index : m_changes->selectionModel()->selectedRows()) {
        const QString kind = index.data(ChangeListModel::KindRole).toString();
        if (kind == changeKindKey(ChangeKind::Deleted) || kind == changeKindKey(ChangeKind::Changed)) {
            ids.append(index.data(ChangeListModel::RidRole).toLongLong());
            if (ids.size() == limit)
                break;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList ComparePane::tickedFields() const
{
    // Every field ticked: the restore writes all of them (an empty list says so).
    const QSet<qint64> unticked = m_sideBySide->untickedFields();
    const DbDiff *d = selectedDiff();
    if (unticked.isEmpty() || !d)
        return {};
    QStringList names;
    for (const auto &[id, name] : d->fields) {
        if (!unticked.contains(id))
            names.append(name);
    }
    return names;
}

void ComparePane::updateButtons()
{
    const bool busy = isBusy();
    m_compare->setEnabled(!busy && m_from->environment() && m_to->environment());
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
    const bool any = !selectedRestorableIds(1).isEmpty();
    const bool someField = m_sideBySide->untickedFields().isEmpty() || !tickedFields().isEmpty();
    m_restore->setEnabled(!busy && restorable() && any && someField);
    m_withLinked->setEnabled(restorable());
    if (m_comparedTo && !m_comparedTo->isProduction())
        m_restore->setToolTip(tr("Records are restored into production: compare a generation with production."));
    else if (!someField)
        m_restore->setToolTip(tr("Every field is unticked: tick the fields to bring back."));
    else
        m_restore->setToolTip(tr("Bring the selected deleted or changed records back as the generation has them "
                                 "(changed ones: the ticked fields). A dry run says what would change first."));
    m_timeline->setEnabled(m_changes->selectionModel()->currentIndex().isValid());
    m_undo->setEnabled(!busy && !m_flow->restorePoint().isEmpty());
    const qint64 shown = m_model->rowCount();
    const DbDiff *d = selectedDiff();
    if (!d) {
        m_shown->clear();
    } else if (!m_model->lastError().isEmpty()) {
        m_shown->setText(m_model->lastError());
    } else {
        m_shown->setText(tr("%1 of the %2 changes of “%3” shown.")
                             .arg(QLocale().toString(shown), QLocale().toString(d->total()), d->db));
    }
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
    if (!m_spoolDir.isValid()) {
        showError(tr("No folder for the compare's change list: %1").arg(m_spoolDir.errorString()));
        return;
    }
    DiffOptions options;
    options.from = *from;
    options.to = *to;
    m_error->hide();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString spoolPath = m_spoolDir.filePath(u"changes-%1.sqlite"_s.arg(++m_spoolNumber));
    m_compareWatcher.setFuture(
        runTask<CompareRun>(m_cancel,
                            [dir = m_dir, user = ConsoleUser::session(), options,
                             spoolPath](const auto &progress, const std::atomic_bool *cancel) -> Result<CompareRun> {
                                auto spool = ChangeSpool::create(spoolPath);
                                if (!spool)
                                    return spool.error();
                                RecordDiff diff(dir, user);
                                diff.setProgress(progress);
                                diff.setCancelFlag(cancel);
                                // Each change goes to disk as it is found; the list pages from there.
                                std::optional<Error> spoolError;
                                auto counts = diff.run(options, [&](const RecordChange &change) {
                                    if (Status st = spool.value()->append(change); !st) {
                                        spoolError = st.error();
                                        return false;
                                    }
                                    return true;
                                });
                                if (!counts)
                                    return counts.error();
                                if (spoolError)
                                    return *spoolError;
                                if (Status st = spool.value()->finish(); !st)
                                    return st.error();
                                return CompareRun{std::move(counts).value(), spoolPath, spool.value()->appended()};
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
    auto spool = ChangeSpool::open(outcome.value->spoolPath);
    if (!spool) {
        showError(spool.error().message);
        updateButtons();
        return;
    }
    const qint64 keep = selectedDbId();
    const QString previous = m_spool ? m_spool->path() : QString();
    m_comparedFrom = m_from->environment();
    m_comparedTo = m_to->environment();
    m_diffs = std::move(outcome.value->dbs);
    m_spool = std::shared_ptr<const ChangeSpool>(std::move(spool).value());
    m_model->setSpool(m_spool, outcome.value->changes);
    if (!previous.isEmpty())
        QFile::remove(previous); // the list before: nothing reads it any more
    m_sideBySide->resetTicks();
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
        onSummarySelection();
}

void ComparePane::fillFieldFilter()
{
    const qint64 keep = m_field->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_field);
        m_field->clear();
        m_field->addItem(tr("All fields"), qint64(0));
        if (const DbDiff *d = selectedDiff()) {
            for (const auto &[id, name] : d->fields)
                m_field->addItem(name, id);
        }
        const int again = m_field->findData(keep);
        m_field->setCurrentIndex(again > 0 ? again : 0);
    }
    m_model->setFieldFilter(m_field->currentData().toLongLong());
}

void ComparePane::onSummarySelection()
{
    const qint64 db = selectedDbId();
    if (db != m_shownDb)
        m_sideBySide->resetTicks(); // ticks are per field of one DB
    m_shownDb = db;
    fillFieldFilter();
    m_model->setDb(db);
    updateButtons();
}

void ComparePane::onCurrentChange()
{
    const QModelIndex current = m_changes->selectionModel()->currentIndex();
    const auto change = current.isValid() ? m_model->changeAt(current.row()) : std::nullopt;
    if (!change || !m_comparedFrom || !m_comparedTo) {
        m_sideBySide->clear();
        return;
    }
    m_sideBySide->showChange(*change, *m_comparedFrom, *m_comparedTo, restorable());
}

// ---- Restore, a record's week, a search ----------------------------------------------------------

void ComparePane::restoreSelected()
{
    const DbDiff *d = selectedDiff();
    if (!m_restore->isEnabled() || !d)
        return;
    RecordRestoreOptions options;
    options.from = m_comparedFrom->slot();
    options.db = d->db;
    options.ids = selectedRestorableIds();
    options.fields = tickedFields();
    options.withLinked = m_withLinked->isChecked();
    m_error->hide();
    m_flow->start(options);
}

void ComparePane::undoRestore()
{
    m_flow->undo();
}

void ComparePane::openTimeline()
{
    const QModelIndex current = m_changes->selectionModel()->currentIndex();
    const auto change = current.isValid() ? m_model->changeAt(current.row()) : std::nullopt;
    if (!change)
        return;
    auto *dialog = new RecordTimelineDialog(m_dir, m_clock, change->db, change->rid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordTimelineDialog::productionChanged, this, &ComparePane::productionChanged);
    dialog->open();
}

void ComparePane::openSlotSearch()
{
    const DbDiff *d = selectedDiff();
    auto *dialog = new SlotSearchDialog(m_dir, m_clock, d ? d->db : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SlotSearchDialog::productionChanged, this, &ComparePane::productionChanged);
    dialog->open();
}

} // namespace Rewind
