#include "SettingsDiffPanel.h"
#include "ConsoleUser.h"
#include "access/Access.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "MessageBoxes.h"
#include "RestorePointUndo.h"
#include "TaskProgress.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kIndexRole = Qt::UserRole;

QString kindText(const SettingsDifference &d)
{
    using K = SettingsDifference::Kind;
    switch (d.kind) {
    case K::FieldMissing:
        return SettingsDiffPanel::tr("Field deleted from production");
    case K::FieldAdded:
        return SettingsDiffPanel::tr("Field added to production");
    case K::FieldChanged:
        return SettingsDiffPanel::tr("Field changed");
    case K::SettingMissing:
        return SettingsDiffPanel::tr("Setting deleted from production");
    case K::SettingAdded:
        return SettingsDiffPanel::tr("Setting added to production");
    case K::SettingChanged:
        return SettingsDiffPanel::tr("Setting changed");
    }
    return {};
}

QString nameText(const SettingsDifference &d)
{
    return d.setting ? SettingsDiffPanel::tr("%1 (%2)").arg(d.name, settingKindName(*d.setting)) : d.name;
}

/// One line for a table cell: core's readable text may have several.
QString oneLine(const QString &text)
{
    return text.isEmpty() ? SettingsDiffPanel::tr("(not there)") : QString(text).replace(u'\n', u"; "_s);
}

QLabel *textLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SettingsDiffPanel::SettingsDiffPanel(DataDir dir, QWidget *parent) : QWidget(parent), m_dir(std::move(dir))
{
    setObjectName(u"settingsDiffPanel"_s);
    m_title = textLabel(u"settingsDiffTitle"_s, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress = new TaskProgress(u"settingsDiffProgress"_s, TaskOutcome<QString>::kProgressSteps, this);
    m_progress->setCancellable(false); // two catalogs, or one transaction: short, and never half-done

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"settingsDiffList"_s);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_details = textLabel(u"settingsDiffDetails"_s, this);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);
    m_status = textLabel(u"settingsDiffStatus"_s, this);
    m_error = textLabel(u"settingsDiffError"_s, this);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_result = textLabel(u"settingsReapplyResult"_s, this);
    m_result->hide();

    m_all = new QPushButton(this);
    m_all->setObjectName(u"settingsDiffCheckAll"_s);
    m_none = new QPushButton(this);
    m_none->setObjectName(u"settingsDiffCheckNone"_s);
    m_reapplyButton = new QPushButton(this);
    m_reapplyButton->setObjectName(u"settingsReapplyButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reapplyButton);
    m_undo = new RestorePointUndo(u"settingsReapplyUndo"_s, m_dir, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_undo);

    connect(m_list, &QTreeWidget::itemChanged, this, &SettingsDiffPanel::onItemChanged);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SettingsDiffPanel::showDetails);
    connect(m_all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_reapplyButton, &QPushButton::clicked, this, &SettingsDiffPanel::askReapply);
    connect(m_undo, &RestorePointUndo::runningChanged, this, &SettingsDiffPanel::updateButtons);
    connect(m_undo, &RestorePointUndo::undone, this, [this] {
        m_result->hide();
        refresh();
    });
    connect(&m_compare, &QFutureWatcher<TaskOutcome<QList<SettingsDifference>>>::finished, this,
            &SettingsDiffPanel::onCompared);
    connect(&m_reapply, &QFutureWatcher<TaskOutcome<QString>>::finished, this, &SettingsDiffPanel::onReapplied);
    retranslateUi();
}

SettingsDiffPanel::~SettingsDiffPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SettingsDiffPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Difference"), tr("Name"), tr("In the generation"), tr("In production")});
    m_all->setText(tr("Check &All"));
    m_none->setText(tr("Check N&one"));
    m_reapplyButton->setText(tr("&Re-apply Selected to Production…"));
    m_reapplyButton->setToolTip(tr("Production takes the generation's version of the checked fields and settings. "
                                   "A restore point is taken first."));
    if (m_slot && !m_db.isEmpty())
        m_title->setText(
            tr("Differences from production: \"%1\" in the %2 generation").arg(m_db, weekdayName(*m_slot)));
    fill();
}

void SettingsDiffPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsDiffPanel::showDiff(Weekday slot, const QString &db)
{
    if (m_slot == slot && m_db == db && m_compare.isRunning() && !m_pending)
        return; // on its way
    m_slot = slot;
    m_db = db;
    m_undo->reset();
    m_result->hide();
    showError({});
    retranslateUi();
    compare();
}

void SettingsDiffPanel::clear()
{
    m_slot.reset();
    m_db.clear();
    m_differences.clear();
    m_compareError.clear();
    m_undo->reset();
    m_result->hide();
    showError({});
    m_title->clear();
    fill();
}

void SettingsDiffPanel::refresh()
{
    compare();
}

void SettingsDiffPanel::compare()
{
    m_differences.clear();
    m_compareError.clear();
    fill();
    if (!m_slot || m_db.isEmpty())
        return;
    if (m_compare.isRunning()) {
        m_pending = true; // compare again with the newest DB once this one is back
        return;
    }
    m_pending = false;
    const DataDir dir = m_dir;
    const Weekday slot = *m_slot;
    const QString db = m_db;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_compare.setFuture(runTask<QList<SettingsDifference>>(
        m_cancel, [user = ConsoleUser::session(), dir, slot, db](const auto &, const auto *) {
            return SettingsDiff(dir, Clock::system(), user).compare(slot, db);
        }));
    m_progress->start(tr("Comparing with production…"));
    updateButtons();
    updateStatus();
}

void SettingsDiffPanel::onCompared()
{
    m_progress->finish();
    const TaskOutcome<QList<SettingsDifference>> outcome = m_compare.result();
    if (m_pending) {
        compare();
        return;
    }
    m_differences = outcome.ok() ? *outcome.value : QList<SettingsDifference>();
    m_compareError = outcome.ok() ? QString() : outcome.error.message;
    fill();
}

void SettingsDiffPanel::fill()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < m_differences.size(); ++i) {
            const SettingsDifference &d = m_differences[i];
            auto *item = new QTreeWidgetItem(m_list, {kindText(d), nameText(d), oneLine(d.before), oneLine(d.after)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, kIndexRole, i);
            item->setToolTip(0, d.reapplyEffect());
            item->setToolTip(2, d.before);
            item->setToolTip(3, d.after);
            if (d.destructive())
                item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
        }
        // Sized to what is listed; an empty list keeps the header readable.
        const int quarter = std::max(160, m_list->viewport()->width() / 4);
        for (int c = 0; c < 2; ++c) {
            m_list->resizeColumnToContents(c);
            m_list->setColumnWidth(c,
                                   m_differences.isEmpty() ? quarter : std::min(m_list->columnWidth(c), 2 * quarter));
        }
        m_list->setColumnWidth(2, quarter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateButtons();
    updateStatus();
}

void SettingsDiffPanel::updateStatus()
{
    QString status;
    if (!m_slot || m_compare.isRunning())
        status.clear();
    else if (!m_compareError.isEmpty())
        status = m_compareError;
    else if (m_differences.isEmpty())
        status = tr("The settings of \"%1\" are the same in the generation and in production.").arg(m_db);
    else
        status =
            tr("Differences: %1. Check those production should take from the generation.").arg(m_differences.size());
    m_status->setText(status);
}

void SettingsDiffPanel::onItemChanged()
{
    updateButtons();
}

void SettingsDiffPanel::showDetails()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const SettingsDifference &d = m_differences.at(item->data(0, kIndexRole).toInt());
    const QString none = tr("(not there)");
    m_details->setText(tr("In the generation: %1\nIn production: %2\nRe-applying will %3.")
                           .arg(d.before.isEmpty() ? none : oneLine(d.before),
                                d.after.isEmpty() ? none : oneLine(d.after), d.reapplyEffect()));
}

void SettingsDiffPanel::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            m_list->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

QList<int> SettingsDiffPanel::checkedIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            indexes.append(item->data(0, kIndexRole).toInt());
    }
    return indexes;
}

void SettingsDiffPanel::askReapply()
{
    const QList<int> indexes = checkedIndexes();
    if (isBusy() || indexes.isEmpty() || !m_slot)
        return;
    QStringList effects;
    bool destructive = false;
    for (int i : indexes) {
        effects.append(u"• "_s + m_differences.at(i).reapplyEffect());
        destructive = destructive || m_differences.at(i).destructive();
    }
    QStringList text = {
        tr("Make \"%1\" in production match the %2 generation? Re-applying will:").arg(m_db, weekdayName(*m_slot)),
        effects.join(u'\n')};
    if (destructive)
        text.append(tr("Warning: this deletes fields or values from production."));
    text.append(tr("A restore point is taken first, so this can be undone."));
    MessageBoxes::question(this, tr("Re-apply to Production"), text.join(u"\n\n"_s), QMessageBox::Yes | QMessageBox::No,
                           [this, indexes](QMessageBox::StandardButton button) {
                               if (button == QMessageBox::Yes)
                                   reapply(indexes);
                           });
}

void SettingsDiffPanel::reapply(const QList<int> &indexes)
{
    if (isBusy() || !m_slot)
        return;
    showError({});
    m_result->hide();
    m_undo->reset();
    // Core compares again inside its write transaction and refuses when any of these is no longer exactly there.
    QList<SettingsDifference> chosen;
    for (int i : indexes)
        chosen.append(m_differences.at(i));
    const DataDir dir = m_dir;
    const Weekday slot = *m_slot;
    const QString db = m_db;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_reapply.setFuture(
        runTask<QString>(m_cancel, [user = ConsoleUser::session(), dir, slot, db, chosen](const auto &, const auto *) {
            return SettingsDiff(dir, Clock::system(), user).reapply(slot, db, chosen);
        }));
    m_progress->start(tr("Re-applying to production…"));
    updateButtons();
}

void SettingsDiffPanel::onReapplied()
{
    m_progress->finish();
    const TaskOutcome<QString> outcome = m_reapply.result();
    if (!outcome.ok()) {
        showError(outcome.error.message);
        updateButtons();
        return;
    }
    m_undo->offer(*outcome.value,
                  {tr("&Undo the re-apply"),
                   tr("Bring production back to restore point %1, taken just before the settings were re-applied?\n\n"
                      "Changes made to production by anyone since then are undone too."),
                   tr("Production is back to how it was before the settings were re-applied (restore point %1).")});
    m_result->setText(tr("Re-applied to production. Restore point: %1").arg(*outcome.value));
    m_result->show();
    compare();
}

void SettingsDiffPanel::updateButtons()
{
    const bool busy = isBusy() || m_undo->isRunning();
    const bool any = m_list->topLevelItemCount() > 0;
    m_all->setEnabled(!busy && any);
    m_none->setEnabled(!busy && any);
    // Re-applying is an administrator's (core refuses anyone else); others may still compare.
    const bool mayReapply = Access::allows(ConsoleUser::session(), Right::ManageSettings);
    m_reapplyButton->setVisible(mayReapply);
    m_reapplyButton->setEnabled(mayReapply && !busy && !checkedIndexes().isEmpty());
    m_list->setEnabled(!busy);
}

void SettingsDiffPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Rewind
