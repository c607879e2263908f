#include "RecordTimelineDialog.h"

#include "ChangeHighlight.h"
#include "ChangeListModel.h"
#include "ConsoleUser.h"
#include "RecordRestoreFlow.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
#include "access/Access.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

RecordTimelineDialog::RecordTimelineDialog(DataDir dir, const Clock &clock, QString db, qint64 rid, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_db(std::move(db)), m_rid(rid)
{
    setObjectName(u"recordTimelineDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_heading = WizardLabels::text(u"timelineHeading"_s, this);
    m_progress = new TaskProgress(u"timelineProgress"_s, TaskOutcome<bool>::kProgressSteps, this);
    m_progress->setCancellable(false);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"timelineTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(true);
    // Eight versions side by side: equal, narrow columns (long values elide; the tooltip has them all).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().horizontalAdvance(u'0') * 18);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTimelineDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreVersion(); });

    m_eventsLabel = new QLabel(this);
    m_events = new QListWidget(this);
    m_events->setObjectName(u"timelineEvents"_s);
    m_eventsLabel->setBuddy(m_events);
    m_events->setMaximumHeight(m_events->fontMetrics().height() * 7);
    connect(m_events, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_result && row < m_result->events.size())
            selectVersion(m_result->events.at(row).env);
    });

    m_status = WizardLabels::text(u"timelineStatus"_s, this);
    m_status->hide();
    m_error = WizardLabels::error(u"timelineError"_s, this);

    m_restore = new QPushButton(this);
    m_restore->setObjectName(u"timelineRestoreButton"_s);
    connect(m_restore, &QPushButton::clicked, this, &RecordTimelineDialog::restoreVersion);
    m_undo = new QPushButton(this);
    m_undo->setObjectName(u"timelineUndoButton"_s);
    m_undo->hide();
    m_close = new QPushButton(this);
    m_close->setObjectName(u"timelineCloseButton"_s);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    m_flow = new RecordRestoreFlow(m_dir, clock, this, m_progress);
    connect(m_undo, &QPushButton::clicked, m_flow, &RecordRestoreFlow::undo);
    connect(m_flow, &RecordRestoreFlow::busyChanged, this, &RecordTimelineDialog::updateButtons);
    connect(m_flow, &RecordRestoreFlow::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_flow, &RecordRestoreFlow::status, this, [this](const QString &text) {
        m_error->hide();
        m_status->setText(text);
        m_status->show();
    });
    connect(m_flow, &RecordRestoreFlow::restored, this, [this] {
        m_undo->show();
        emit productionChanged();
        reload();
    });
    connect(m_flow, &RecordRestoreFlow::undone, this, [this] {
        m_undo->hide();
        emit productionChanged();
        reload();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<RecordTimelineResult>>::finished, this,
            &RecordTimelineDialog::onLoaded);
    setTabOrder(m_table, m_events);
    setTabOrder(m_events, m_restore);
    setTabOrder(m_restore, m_undo);
    setTabOrder(m_undo, m_close);
    resize(1240, 600);
    retranslateUi();
    reload();
}

RecordTimelineDialog::~RecordTimelineDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool RecordTimelineDialog::isBusy() const
{
    return m_watcher.isRunning() || m_flow->isBusy();
}

void RecordTimelineDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordTimelineDialog::retranslateUi()
{
    setWindowTitle(tr("Record %1 of %2 through the week").arg(m_rid).arg(m_db));
    m_heading->setText(tr("Record %1 of DB “%2” in every generation, oldest first, and in production. Values that "
                          "changed since the version before are highlighted.")
                           .arg(m_rid)
                           .arg(m_db));
    m_eventsLabel->setText(tr("&What happened:"));
    m_restore->setText(tr("&Restore This Version…"));
    m_restore->setToolTip(tr("Bring the selected generation's version of this record back into production. A dry "
                             "run says what would change first."));
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Bring production back to the restore point taken just before the restore."));
    m_close->setText(tr("Close"));
    if (m_result)
        fill();
}

void RecordTimelineDialog::reload()
{
    if (m_watcher.isRunning())
        return;
    m_error->hide();
    m_watcher.setFuture(runTask<RecordTimelineResult>(
        m_cancel, [dir = m_dir, user = ConsoleUser::session(), db = m_db, rid = m_rid](const auto &, const auto *) {
            return RecordTimeline(dir, user).run(db, rid);
        }));
    if (!m_flow->isBusy())
        m_progress->start(tr("Reading the record in every generation…"));
    updateButtons();
}

void RecordTimelineDialog::onLoaded()
{
    if (!m_flow->isBusy())
        m_progress->finish();
    const TaskOutcome<RecordTimelineResult> outcome = m_watcher.result();
    if (!outcome.ok()) {
        m_result.reset();
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_events->clear();
        m_error->setText(outcome.error.message);
        m_error->show();
        updateButtons();
        return;
    }
    const std::optional<EnvironmentId> keep = selectedEnvironment();
    m_result = *outcome.value;
    fill();
    if (!keep || !selectVersion(*keep)) {
        // The newest generation that has the record: the version most often wanted back.
        for (auto it = m_result->versions.crbegin(); it != m_result->versions.crend(); ++it) {
            if (it->present && !it->env.isProduction() && selectVersion(it->env))
                break;
        }
    }
    updateButtons();
}

QString RecordTimelineDialog::versionTitle(const RecordVersion &v) const
{
    if (v.env.isProduction())
        return v.env.displayName();
    return tr("%1\n%2").arg(v.env.displayName(), QLocale().toString(v.takenAt.toLocalTime(), QLocale::ShortFormat));
}

QString RecordTimelineDialog::eventText(const TimelineEvent &e) const
{
    const QString where =
        e.env.isProduction()
            ? e.env.displayName()
            : tr("%1 (%2)").arg(e.env.displayName(), QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
    switch (e.kind) {
    case TimelineEvent::Kind::Appeared:
        return tr("%1: first seen").arg(where);
    case TimelineEvent::Kind::Disappeared:
        return tr("%1: gone").arg(where);
    case TimelineEvent::Kind::Reappeared:
        return tr("%1: back again").arg(where);
    case TimelineEvent::Kind::Changed: {
        QStringList parts;
        for (const FieldDelta &f : e.fields)
            parts.append(tr("%1: %2 → %3")
                             .arg(f.field, ChangeListModel::valueText(f.before), ChangeListModel::valueText(f.after)));
        return tr("%1: changed %2").arg(where, parts.join(u"; "_s));
    }
    }
    return {};
}

void RecordTimelineDialog::fill()
{
    const RecordTimelineResult &r = *m_result;
    m_table->clear();
    m_table->setRowCount(int(r.fields.size()));
    m_table->setColumnCount(int(r.versions.size()));
    QStringList rowLabels;
    for (const RecordTimelineResult::Field &f : r.fields)
        rowLabels.append(f.name);
    m_table->setVerticalHeaderLabels(rowLabels);
    const RecordVersion *previous = nullptr;
    for (int c = 0; c < r.versions.size(); ++c) {
        const RecordVersion &v = r.versions.at(c);
        auto *header = new QTableWidgetItem(
            v.present ? versionTitle(v) : tr("%1\n(not there)").arg(versionTitle(v).section(u'\n', 0, 0)));
        header->setData(Qt::UserRole, v.env.key());
        m_table->setHorizontalHeaderItem(c, header);
        for (int row = 0; row < r.fields.size(); ++row) {
            const qint64 id = r.fields.at(row).id;
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (!v.present) {
                ChangeHighlight::markAbsent(item, palette(), tr("The record is not in %1.").arg(v.env.displayName()));
            } else if (!v.values.contains(id)) {
                ChangeHighlight::markAbsent(item, palette(), tr("The field did not exist then."));
            } else {
                item->setText(ChangeListModel::valueText(v.values.value(id)));
                item->setToolTip(item->text());
                const bool changed = previous && previous->values.contains(id) &&
                                     previous->values.value(id).toString() != v.values.value(id).toString();
                if (changed) {
                    ChangeHighlight::markChanged(item);
                    item->setToolTip(
                        tr("%1 (was %2)").arg(item->text(), ChangeListModel::valueText(previous->values.value(id))));
                }
                item->setData(Qt::UserRole, changed);
            }
            m_table->setItem(row, c, item);
        }
        if (v.present)
            previous = &v;
    }
    m_events->clear();
    for (const TimelineEvent &e : r.events)
        m_events->addItem(eventText(e));
    if (r.events.isEmpty())
        m_events->addItem(tr("No generation and not production has this record."));
}

bool RecordTimelineDialog::selectVersion(const EnvironmentId &env)
{
    if (!m_result)
        return false;
    for (int c = 0; c < m_result->versions.size(); ++c) {
        if (m_result->versions.at(c).env == env) {
            m_table->selectColumn(c);
            m_table->setCurrentCell(0, c);
            if (QTableWidgetItem *item = m_table->item(0, c))
                m_table->scrollToItem(item);
            return true;
        }
    }
    return false;
}

std::optional<EnvironmentId> RecordTimelineDialog::selectedEnvironment() const
{
    if (const RecordVersion *v = selectedVersion())
        return v->env;
    return std::nullopt;
}

const RecordVersion *RecordTimelineDialog::selectedVersion() const
{
    if (!m_result)
        return nullptr;
    const QModelIndexList columns = m_table->selectionModel()->selectedColumns();
    const int c = columns.isEmpty() ? m_table->currentColumn() : columns.first().column();
    return c >= 0 && c < m_result->versions.size() ? &m_result->versions.at(c) : nullptr;
}

void RecordTimelineDialog::updateButtons()
{
    const RecordVersion *v = selectedVersion();
    const bool mayEdit = Access::allows(ConsoleUser::session(), Right::EditRecords);
    m_restore->setVisible(mayEdit);
    m_restore->setEnabled(!isBusy() && v && v->present && !v->env.isProduction());
    m_undo->setEnabled(!isBusy() && !m_flow->restorePoint().isEmpty());
}

void RecordTimelineDialog::restoreVersion()
{
    const RecordVersion *v = selectedVersion();
    if (m_restore->isHidden() || !m_restore->isEnabled() || !v)
        return;
    RecordRestoreOptions options;
    options.from = v->env.slot();
    options.db = m_result->db;
    options.ids = {m_rid};
    m_status->hide();
    m_error->hide();
    m_flow->start(options);
}

} // namespace Rewind
