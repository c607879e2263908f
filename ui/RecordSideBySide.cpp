#include "RecordSideBySide.h"

#include "ChangeHighlight.h"
#include "ChangeListModel.h"
#include "ConsoleUser.h"
#include "WizardLabels.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    FieldColumn,
    FromColumn,
    ToColumn,
    ColumnCount
};
} // namespace

RecordSideBySide::RecordSideBySide(DataDir dir, QWidget *parent) : QWidget(parent), m_dir(std::move(dir))
{
    setObjectName(u"recordSideBySide"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"sideBySideTitle"_s);
    m_showUnchanged = new QCheckBox(this);
    m_showUnchanged->setObjectName(u"sideBySideShowUnchanged"_s);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &RecordSideBySide::applyHiddenRows);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_showUnchanged);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"sideBySideTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FromColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ToColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != FieldColumn || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_unticked.remove(id);
        else
            m_unticked.insert(id);
        emit ticksChanged();
    });
    // Space toggles the tick of the current row's field, wherever the cursor is in the row.
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        QTableWidgetItem *field = m_table->item(item->row(), FieldColumn);
        if (field && (field->flags() & Qt::ItemIsUserCheckable))
            field->setCheckState(field->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_error = WizardLabels::error(u"sideBySideError"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<RecordTimelineResult>>::finished, this,
            &RecordSideBySide::onLoaded);
    retranslateUi();
    clear();
}

RecordSideBySide::~RecordSideBySide()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void RecordSideBySide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordSideBySide::retranslateUi()
{
    m_showUnchanged->setText(tr("Show &unchanged fields"));
    const QString from = m_from ? m_from->displayName() : tr("From");
    const QString to = m_to ? m_to->displayName() : tr("To");
    m_table->setHorizontalHeaderLabels({tr("Field"), from, to});
    if (m_change)
        m_title->setText(tr("Record %1 (%2)").arg(m_change->rid).arg(ChangeListModel::kindText(m_change->kind)));
    else
        m_title->setText(tr("Select a change to see the record side by side."));
    m_table->setToolTip(m_tickable ? tr("Untick a field to leave production's value as it is when restoring.")
                                   : QString());
}

void RecordSideBySide::resetTicks()
{
    m_unticked.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, FieldColumn);
        if (item && (item->flags() & Qt::ItemIsUserCheckable)) {
            const QSignalBlocker blocker(m_table);
            item->setCheckState(Qt::Checked);
        }
    }
    emit ticksChanged();
}

void RecordSideBySide::clear()
{
    ++m_request;
    m_change.reset();
    m_loaded = false;
    m_table->setRowCount(0);
    m_error->hide();
    m_showUnchanged->setEnabled(false);
    retranslateUi();
}

void RecordSideBySide::showChange(const RecordChange &change, const EnvironmentId &from, const EnvironmentId &to,
                                  bool tickable)
{
    m_change = change;
    m_from = from;
    m_to = to;
    m_tickable = tickable && change.kind == ChangeKind::Changed;
    m_loaded = false;
    m_error->hide();
    retranslateUi();
    // What the compare reported, at once; the whole record follows from the worker.
    QList<Row> rows;
    for (const FieldDelta &f : change.fields)
        rows.append({f.fieldId, f.field, f.before, f.after, change.kind == ChangeKind::Changed,
                     change.kind != ChangeKind::Added, change.kind != ChangeKind::Deleted});
    fill(rows);
    m_showUnchanged->setEnabled(false);

    ++m_request;
    if (!m_watcher.isRunning())
        startRead(); // else onLoaded() reads the record shown by then
}

void RecordSideBySide::startRead()
{
    m_watcherRequest = m_request;
    m_watcher.setFuture(runTask<RecordTimelineResult>(
        m_cancel, [dir = m_dir, user = ConsoleUser::session(), db = m_change->db, rid = m_change->rid,
                   envs = QList<EnvironmentId>{*m_from, *m_to}](const auto &, const auto *) {
            return RecordTimeline(dir, user).run(db, rid, envs);
        }));
}

void RecordSideBySide::onLoaded()
{
    const TaskOutcome<RecordTimelineResult> outcome = m_watcher.result();
    if (m_watcherRequest != m_request) {
        if (m_change)
            startRead(); // the selection moved on while this was read
        return;
    }
    m_loaded = true;
    if (!outcome.ok()) {
        m_error->setText(outcome.error.message);
        m_error->show();
        return;
    }
    const RecordTimelineResult &r = *outcome.value;
    const RecordVersion *a = nullptr, *b = nullptr;
    for (const RecordVersion &v : r.versions) {
        if (v.env == *m_from)
            a = &v;
        if (v.env == *m_to)
            b = &v;
    }
    QList<Row> rows;
    for (const RecordTimelineResult::Field &f : r.fields) {
        const bool inA = a && a->present && a->values.contains(f.id);
        const bool inB = b && b->present && b->values.contains(f.id);
        if (!inA && !inB)
            continue;
        Row row{f.id, f.name, inA ? a->values.value(f.id) : QVariant(), inB ? b->values.value(f.id) : QVariant(), false,
                inA,  inB};
        // As the compare counts: no value and an empty text are the same; a side without the record differs.
        row.differs =
            (inA && inB && row.before.toString() != row.after.toString()) || (a && b && a->present != b->present);
        rows.append(row);
    }
    fill(rows);
    m_showUnchanged->setEnabled(m_change && m_change->kind == ChangeKind::Changed);
}

void RecordSideBySide::fill(const QList<Row> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        auto *field = new QTableWidgetItem(r.field);
        field->setData(Qt::UserRole, r.fieldId);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_tickable && r.differs) {
            flags |= Qt::ItemIsUserCheckable;
            field->setCheckState(m_unticked.contains(r.fieldId) ? Qt::Unchecked : Qt::Checked);
        }
        field->setFlags(flags);
        // A side without the record (or the field) shows a dash, not "(empty)": there is no value at all.
        auto *before = new QTableWidgetItem(ChangeListModel::valueText(r.before));
        auto *after = new QTableWidgetItem(ChangeListModel::valueText(r.after));
        if (!r.inFrom && m_from)
            ChangeHighlight::markAbsent(before, palette(), tr("Not in %1.").arg(m_from->displayName()));
        if (!r.inTo && m_to)
            ChangeHighlight::markAbsent(after, palette(), tr("Not in %1.").arg(m_to->displayName()));
        for (QTableWidgetItem *item : {field, before, after}) {
            if (item != field)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(Qt::UserRole + 1, r.differs);
            if (r.differs && m_change && m_change->kind == ChangeKind::Changed) {
                ChangeHighlight::markChanged(item);
                item->setToolTip(tr("%1: %2 → %3").arg(r.field, before->text(), after->text()));
            }
        }
        m_table->setItem(i, FieldColumn, field);
        m_table->setItem(i, FromColumn, before);
        m_table->setItem(i, ToColumn, after);
    }
    applyHiddenRows();
}

void RecordSideBySide::applyHiddenRows()
{
    const bool showAll = m_showUnchanged->isChecked() || !m_change || m_change->kind != ChangeKind::Changed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool differs = m_table->item(row, FieldColumn)->data(Qt::UserRole + 1).toBool();
        m_table->setRowHidden(row, !showAll && !differs);
    }
}

} // namespace Rewind
