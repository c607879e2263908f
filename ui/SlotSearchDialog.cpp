#include "SlotSearchDialog.h"

#include "ConsoleUser.h"
#include "RecordTimelineDialog.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
#include "workspace/Environments.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
enum ResultColumn
{
    EnvironmentColumn,
    TakenColumn,
    CountColumn,
    ResultColumnCount
};
} // namespace

SlotSearchDialog::SlotSearchDialog(DataDir dir, const Clock &clock, const QString &db, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_clock(clock)
{
    setObjectName(u"slotSearchDialog"_s);
    m_intro = WizardLabels::text(u"slotSearchIntro"_s, this);

    m_dbLabel = new QLabel(this);
    m_db = new QComboBox(this);
    m_db->setObjectName(u"slotSearchDb"_s);
    m_db->setEditable(true); // a DB deleted from production can still be searched for by its name
    m_db->setInsertPolicy(QComboBox::NoInsert);
    m_dbLabel->setBuddy(m_db);
    m_fieldLabel = new QLabel(this);
    m_field = new QComboBox(this);
    m_field->setObjectName(u"slotSearchField"_s);
    m_fieldLabel->setBuddy(m_field);
    m_textLabel = new QLabel(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"slotSearchText"_s);
    m_text->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_text);
    m_search = new QPushButton(this);
    m_search->setObjectName(u"slotSearchButton"_s);
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &SlotSearchDialog::search);
    connect(m_text, &QLineEdit::textChanged, this, &SlotSearchDialog::updateButtons);
    connect(m_db, &QComboBox::currentTextChanged, this, [this] {
        fillFields();
        updateButtons();
    });
    auto *form = new QFormLayout;
    form->addRow(m_dbLabel, m_db);
    form->addRow(m_fieldLabel, m_field);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_search);
    form->addRow(m_textLabel, textRow);

    m_progress = new TaskProgress(u"slotSearchProgress"_s, TaskOutcome<bool>::kProgressSteps, this);
    m_progress->setCancellable(false);

    m_results = new QTableWidget(0, ResultColumnCount, this);
    m_results->setObjectName(u"slotSearchResults"_s);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setHighlightSections(false);
    m_results->horizontalHeader()->setSectionResizeMode(EnvironmentColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(TakenColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &SlotSearchDialog::onMatchSelected);

    m_idsLabel = new QLabel(this);
    m_ids = new QListWidget(this);
    m_ids->setObjectName(u"slotSearchIds"_s);
    m_idsLabel->setBuddy(m_ids);
    connect(m_ids, &QListWidget::itemActivated, this, &SlotSearchDialog::openTimeline);
    connect(m_ids, &QListWidget::currentRowChanged, this, &SlotSearchDialog::updateButtons);
    auto *idsColumn = new QVBoxLayout;
    idsColumn->addWidget(m_idsLabel);
    idsColumn->addWidget(m_ids, 1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_results, 3);
    lists->addLayout(idsColumn, 1);

    m_error = WizardLabels::error(u"slotSearchError"_s, this);
    m_timeline = new QPushButton(this);
    m_timeline->setObjectName(u"slotSearchTimelineButton"_s);
    connect(m_timeline, &QPushButton::clicked, this, &SlotSearchDialog::openTimeline);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_timeline);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addLayout(lists, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // Production's DBs to pick from, each with its field names (read once: the field list follows the DB
    // typed or picked without reading again); a name typed by hand works too.
    if (auto catalog = Environments::loadCatalog(m_dir, ConsoleUser::session(), EnvironmentId::production())) {
        for (const DbDef &d : catalog->dbs) {
            QStringList fields;
            for (const FieldDef &f : d.fields)
                fields.append(f.name);
            m_db->addItem(d.name, fields);
        }
    }
    if (!db.isEmpty())
        m_db->setCurrentText(db);
    fillFields();

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<QList<SlotMatch>>>::finished, this, &SlotSearchDialog::onFinished);
    resize(760, 480);
    retranslateUi();
    m_text->setFocus();
}

SlotSearchDialog::~SlotSearchDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SlotSearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SlotSearchDialog::retranslateUi()
{
    setWindowTitle(tr("Find in Every Generation"));
    m_intro->setText(tr("Which generations hold a record whose field contains a text? For “it was there last "
                        "week”: pick a DB, a field or any field, and what to look for."));
    m_dbLabel->setText(tr("&DB:"));
    m_fieldLabel->setText(tr("F&ield:"));
    if (m_field->count() > 0)
        m_field->setItemText(0, tr("Any field"));
    m_textLabel->setText(tr("&Contains:"));
    m_search->setText(tr("&Search"));
    m_results->setHorizontalHeaderLabels({tr("Where"), tr("Taken"), tr("Records")});
    m_idsLabel->setText(tr("Record &IDs:"));
    m_timeline->setText(tr("Record's &Week…"));
    m_timeline->setToolTip(tr("The selected record in every generation and production, with one-click restore."));
    m_close->setText(tr("Close"));
    updateButtons();
}

void SlotSearchDialog::fillFields()
{
    const QString keep = m_field->currentIndex() > 0 ? m_field->currentText() : QString();
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    m_field->addItem(tr("Any field"), QString());
    if (const int index = m_db->findText(m_db->currentText()); index >= 0) {
        for (const QString &name : m_db->itemData(index).toStringList())
            m_field->addItem(name, name);
    }
    const int again = m_field->findData(keep);
    m_field->setCurrentIndex(again > 0 ? again : 0);
}

void SlotSearchDialog::updateButtons()
{
    m_search->setEnabled(!isBusy() && !m_db->currentText().trimmed().isEmpty() && !m_text->text().trimmed().isEmpty());
    m_timeline->setEnabled(!isBusy() && m_ids->currentRow() >= 0);
}

void SlotSearchDialog::search()
{
    if (!m_search->isEnabled())
        return;
    m_error->hide();
    m_searchedDb = m_db->currentText().trimmed();
    m_watcher.setFuture(runTask<QList<SlotMatch>>(
        m_cancel, [dir = m_dir, user = ConsoleUser::session(), db = m_searchedDb,
                   field = m_field->currentData().toString(), text = m_text->text()](const auto &, const auto *) {
            return RecordTimeline(dir, user).find(db, field, text);
        }));
    m_progress->start(tr("Searching every generation…"));
    updateButtons();
}

void SlotSearchDialog::onFinished()
{
    m_progress->finish();
    const TaskOutcome<QList<SlotMatch>> outcome = m_watcher.result();
    m_results->setRowCount(0);
    m_ids->clear();
    if (!outcome.ok()) {
        m_matches.clear();
        m_error->setText(outcome.error.message);
        m_error->show();
        updateButtons();
        return;
    }
    m_matches = *outcome.value;
    m_results->setRowCount(int(m_matches.size()));
    int firstHit = -1;
    for (int row = 0; row < m_matches.size(); ++row) {
        const SlotMatch &m = m_matches.at(row);
        auto *where = new QTableWidgetItem(m.env.displayName());
        auto *taken = new QTableWidgetItem(
            m.takenAt.isValid() ? QLocale().toString(m.takenAt.toLocalTime(), QLocale::ShortFormat) : tr("now"));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, m.count);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *item : {where, taken, count}) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (m.count == 0)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_results->setItem(row, EnvironmentColumn, where);
        m_results->setItem(row, TakenColumn, taken);
        m_results->setItem(row, CountColumn, count);
        if (m.count > 0 && firstHit < 0)
            firstHit = row;
    }
    if (firstHit >= 0) {
        m_results->selectRow(firstHit);
    } else {
        m_error->setText(tr("No generation and not production has a record of “%1” containing “%2”.")
                             .arg(m_searchedDb, m_text->text().trimmed()));
        m_error->show();
    }
    updateButtons();
}

void SlotSearchDialog::onMatchSelected()
{
    m_ids->clear();
    const QList<QTableWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return;
    const SlotMatch &m = m_matches.at(selected.first()->row());
    for (qint64 rid : m.rids) {
        auto *item = new QListWidgetItem(QString::number(rid), m_ids);
        item->setData(Qt::UserRole, rid);
    }
    if (m.count > m.rids.size())
        m_ids->addItem(tr("… %1 more").arg(m.count - m.rids.size()));
    if (m_ids->count() > 0)
        m_ids->setCurrentRow(0);
    updateButtons();
}

void SlotSearchDialog::openTimeline()
{
    QListWidgetItem *item = m_ids->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    auto *dialog = new RecordTimelineDialog(m_dir, m_clock, m_searchedDb, item->data(Qt::UserRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordTimelineDialog::productionChanged, this, &SlotSearchDialog::productionChanged);
    dialog->open();
}

} // namespace Rewind
