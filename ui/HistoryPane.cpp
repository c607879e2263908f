#include "HistoryPane.h"
#include "ConsoleUser.h"

#include <QShowEvent>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "FileDialogs.h"
#include "HistoryChart.h"
#include "HistoryColors.h"
#include "HistoryModel.h"
#include "backup/GenerationStore.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kMaxInitialColumnWidth = 260; // pixels; the description takes the rest
const auto kDateFormat = u"yyyy-MM-dd"_s;
} // namespace

HistoryPane::HistoryPane(DataDir dir, QWidget *parent) : QWidget(parent), m_dir(std::move(dir))
{
    setObjectName(u"historyPane"_s);
    m_model = new HistoryModel(this);

    // Filters and actions.
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"historyKindCombo"_s);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindLabel->setBuddy(m_kind);
    m_userLabel = new QLabel(this);
    m_user = new QComboBox(this);
    m_user->setObjectName(u"historyUserCombo"_s);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userLabel->setBuddy(m_user);

    auto makeDate = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(kDateFormat);
        edit->setDate(QDate(2000, 1, 1)); // replaced by the history's range once it is read
        edit->setEnabled(false);
        return edit;
    };
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(u"historyFromCheck"_s);
    m_from = makeDate(u"historyFromEdit"_s);
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(u"historyToCheck"_s);
    m_to = makeDate(u"historyToEdit"_s);

    m_count = new QLabel(this);
    m_count->setObjectName(u"historyCountLabel"_s);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"historyExportButton"_s);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"historyVerifyButton"_s);

    // The outcome of the last export or verification.
    m_messageBox = new QWidget(this);
    m_messageIcon = new QLabel(m_messageBox);
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(u"historyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageBox);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageBox->hide();

    // Chart above the table.
    m_chart = new HistoryChart(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"historyView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"historySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addSpacing(6);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_count);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_verify);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_messageBox);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_kind, m_user);
    setTabOrder(m_user, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_export);
    setTabOrder(m_export, m_verify);
    setTabOrder(m_verify, m_view);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        if (on)
            onFromChanged(); // keeps from ≤ to, then reloads
        else
            reload();
    });
    connect(m_toCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        if (on)
            onToChanged();
        else
            reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_fromCheck->isChecked())
            onFromChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_toCheck->isChecked())
            onToChanged();
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryPane::exportCsv);
    connect(m_verify, &QPushButton::clicked, this, &HistoryPane::verifyChain);
    connect(m_chart, &HistoryChart::eventClicked, this, [this](qint64 id) { selectEvent(id); });

    retranslateUi(); // fills the kind picker
    refresh();
}

HistoryPane::~HistoryPane() = default;

HistoryFilter HistoryPane::filter() const
{
    HistoryFilter f;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        f.kinds = QStringList{kind};
    f.user = m_user->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    return f;
}

void HistoryPane::refresh()
{
    m_stale = false;
    fillUsers();
    reload();
}

void HistoryPane::reload()
{
    const qint64 selected = selectedEventId();
    auto events = HistoryStore(m_dir).events(ConsoleUser::session(), filter());
    if (!events) {
        m_readError = events.error().message;
        m_model->setEvents({});
        m_chart->setEvents({});
        const QString message = m_readError;
        showMessage([message] { return message; }, Tone::Problem);
        updateCount();
        return;
    }
    if (!m_readError.isEmpty()) { // the history is readable again: drop the old complaint
        m_readError.clear();
        m_messageBox->hide();
        m_messageText = {};
    }
    m_model->setEvents(events.value());
    m_chart->setEvents(events.value());

    // Dates not filtered on show the range of what is listed, so ticking the box starts from there.
    if (!events->isEmpty()) {
        if (!m_fromCheck->isChecked()) {
            const QSignalBlocker blocker(m_from);
            m_from->setDate(events->constFirst().at.date());
        }
        if (!m_toCheck->isChecked()) {
            const QSignalBlocker blocker(m_to);
            m_to->setDate(events->constLast().at.date());
        }
    }

    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        for (int c = 0; c < HistoryModel::DescriptionColumn; ++c) {
            m_view->resizeColumnToContents(c);
            if (m_view->columnWidth(c) > kMaxInitialColumnWidth)
                m_view->setColumnWidth(c, kMaxInitialColumnWidth);
        }
    }
    updateCount();
    if (!(selected > 0 && selectEvent(selected)))
        m_view->scrollToBottom(); // the newest event is at the bottom
}

void HistoryPane::fillKinds()
{
    const QScopedValueRollback guard(m_filling, true);
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : HistoryStore::knownKinds())
        m_kind->addItem(HistoryStore::kindName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));
}

void HistoryPane::fillUsers()
{
    const QString current = m_user->currentData().toString();
    {
        const QScopedValueRollback guard(m_filling, true);
        m_user->clear();
        m_user->addItem(tr("All users"), QString());
        auto users = HistoryStore(m_dir).users(ConsoleUser::session());
        if (users) {
            for (const QString &user : users.value())
                m_user->addItem(user, user);
        }
        // A user picked before stays picked, even with no events left, so the listing does not jump.
        if (!current.isEmpty() && m_user->findData(current) < 0)
            m_user->addItem(current, current);
        m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
    }
}

void HistoryPane::clearFilters()
{
    const QScopedValueRollback guard(m_filling, true);
    const QSignalBlocker fromBlocker(m_fromCheck);
    const QSignalBlocker toBlocker(m_toCheck);
    m_kind->setCurrentIndex(0);
    m_user->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_from->setEnabled(false);
    m_toCheck->setChecked(false);
    m_to->setEnabled(false);
}

void HistoryPane::onFromChanged()
{
    if (m_toCheck->isChecked() && m_from->date() > m_to->date()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(m_from->date());
    }
    reload();
}

void HistoryPane::onToChanged()
{
    if (m_fromCheck->isChecked() && m_to->date() < m_from->date()) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(m_to->date());
    }
    reload();
}

qint64 HistoryPane::selectedEventId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->data(rows.constFirst(), HistoryModel::EventIdRole).toLongLong();
}

bool HistoryPane::selectEvent(qint64 id)
{
    const int row = m_model->rowOfEvent(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void HistoryPane::verifyChain()
{
    const QList<HistoryAnchor> anchors = GenerationStore(m_dir).historyAnchors();
    auto check = HistoryStore(m_dir).check(anchors);
    if (!check) {
        const QString message = check.error().message;
        showMessage([message] { return message; }, Tone::Problem);
        return;
    }
    if (check->ok()) {
        const qint64 events = check->events;
        const qint64 anchored = anchors.size();
        showMessage(
            [events, anchored] {
                const QString n = QLocale().toString(events);
                if (anchored == 0)
                    return tr("The history is intact: %1 events, each chained to the one before.").arg(n);
                return tr("The history is intact: %1 events, each chained to the one before, and the %2 "
                          "generations that recorded it agree.")
                    .arg(n, QLocale().toString(anchored));
            },
            Tone::Success);
        return;
    }
    // Show what is stored now and put the event named on screen, widening the filter if it hides it.
    const QString problem = check->problem;
    showMessage([problem] { return problem; }, Tone::Problem);
    refresh();
    if (!selectEvent(check->brokenEventId)) {
        clearFilters();
        reload();
        selectEvent(check->brokenEventId); // an event removed from the history has no row to select
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

QString HistoryPane::suggestedExportPath() const
{
    QString folder = m_exportFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Named after the dates it covers (the console has no clock of its own to name it by).
    const QList<HistoryEvent> &events = m_model->events();
    QString name = tr("history") + u".csv"_s;
    if (!events.isEmpty())
        name = tr("history") + u"-%1-%2.csv"_s.arg(events.constFirst().at.toString(u"yyyyMMdd"_s),
                                                   events.constLast().at.toString(u"yyyyMMdd"_s));
    return QDir(folder).filePath(name);
}

void HistoryPane::exportCsv()
{
    const HistoryFilter f = filter(); // what is listed when the button is pressed
    FileDialogs::saveFile(this, tr("Export History as CSV"), suggestedExportPath(),
                          tr("CSV files (*.csv);;All files (*)"), [this, f](const QString &path) {
                              m_exportFolder = QFileInfo(path).absolutePath();
                              auto written = HistoryStore(m_dir).exportCsv(ConsoleUser::session(), f, path);
                              if (!written) {
                                  const QString message = written.error().message;
                                  showMessage([message] { return message; }, Tone::Problem);
                                  return;
                              }
                              const qint64 n = written.value();
                              const QString file = QDir::toNativeSeparators(path);
                              showMessage(
                                  [n, file] {
                                      return n == 1 ? tr("Wrote 1 event to %1.").arg(file)
                                                    : tr("Wrote %1 events to %2.").arg(QLocale().toString(n), file);
                                  },
                                  Tone::Success);
                          });
}

void HistoryPane::showMessage(std::function<QString()> text, Tone tone)
{
    m_messageText = std::move(text);
    m_messageTone = tone;
    m_message->setText(m_messageText());
    applyMessageTone();
    m_messageBox->show();
}

void HistoryPane::applyMessageTone()
{
    const bool problem = m_messageTone == Tone::Problem;
    m_message->setProperty("problem", problem);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 problem ? HistoryColors::failure(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    const QStyle::StandardPixmap icon = problem                          ? QStyle::SP_MessageBoxCritical
                                        : m_messageTone == Tone::Success ? QStyle::SP_DialogApplyButton
                                                                         : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void HistoryPane::updateCount()
{
    const int n = m_model->rowCount();
    const HistoryFilter f = filter();
    const bool filtered = !f.kinds.isEmpty() || !f.user.isEmpty() || f.from.isValid() || f.to.isValid();
    QString text;
    if (n == 0)
        text = filtered ? tr("No events match") : tr("No events yet");
    else if (n == 1)
        text = filtered ? tr("1 event matches") : tr("1 event");
    else
        text = filtered ? tr("%1 events match").arg(QLocale().toString(n)) : tr("%1 events").arg(QLocale().toString(n));
    m_count->setText(text);
}

void HistoryPane::retranslateUi()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_userLabel->setText(tr("&User:"));
    m_fromCheck->setText(tr("Fro&m:"));
    m_fromCheck->setToolTip(tr("Only events on or after this date"));
    m_toCheck->setText(tr("&To:"));
    m_toCheck->setToolTip(tr("Only events on or before this date"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Write the events listed to a CSV file (UTF-8 with BOM, opens in Excel)"));
    m_verify->setText(tr("Verify &Chain"));
    m_verify->setToolTip(tr("Check that no event was changed or removed since it was written, and that every "
                            "generation's record of the history agrees"));
    m_view->setAccessibleName(tr("History events"));
    fillKinds();
    if (m_user->count() > 0)
        m_user->setItemText(0, tr("All users"));
    m_model->retranslate();
    updateCount();
    if (m_messageText)
        m_message->setText(m_messageText());
}

void HistoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_messageText)
        applyMessageTone();
    QWidget::changeEvent(event);
}

void HistoryPane::showEvent(QShowEvent *event)
{
    // Other processes (backup runs, rewindctl) and other tabs append events: every time the pane is shown
    // it reads afresh (one query). A window merely restored from minimised keeps what it shows.
    if (m_stale || !event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

void HistoryPane::hideEvent(QHideEvent *event)
{
    m_stale = true;
    QWidget::hideEvent(event);
}

} // namespace Rewind
