#include "ArchivesPane.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "ArchiveTableModel.h"
#include "BackupNowDialog.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kErrorStyle = u"color: #b3261e;"_s;
constexpr int kMaxInitialColumnWidth = 360; // pixels
constexpr int kColumnPadding = 18;          // pixels

QString minutesText(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

/// A file name part without the characters Windows, macOS or Linux refuse.
QString fileNamePart(QString text)
{
    static const QString forbidden = u"\\/:*?\"<>|"_s;
    for (QChar &c : text) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    text = text.trimmed();
    while (text.startsWith(u'.'))
        text.remove(0, 1);
    return text;
}

QLabel *lineLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ArchivesPane::ArchivesPane(DataDir dir, const Clock &clock, Session session, QWidget *parent)
    : QWidget(parent), m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(session))
{
    setObjectName(u"archivesPane"_s);
    m_model = new ArchiveTableModel(this);

    m_policyLine = lineLabel(u"archivePolicyLine"_s, this);
    m_accessLine = lineLabel(u"archiveAccessLine"_s, this);

    m_backup = new QPushButton(this);
    m_backup->setObjectName(u"archiveBackupNowButton"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"archiveSaveButton"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"archiveDeleteButton"_s);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"archiveVerifyButton"_s);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"archiveRefreshButton"_s);
    connect(m_backup, &QPushButton::clicked, this, &ArchivesPane::backupNow);
    connect(m_save, &QPushButton::clicked, this, &ArchivesPane::saveSelected);
    connect(m_delete, &QPushButton::clicked, this, &ArchivesPane::deleteSelected);
    connect(m_verify, &QPushButton::clicked, this, &ArchivesPane::verifySelected);
    connect(m_refresh, &QPushButton::clicked, this, &ArchivesPane::refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backup);
    buttons->addSpacing(12);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);

    m_view = new QTableView(this);
    m_view->setObjectName(u"archiveView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            saveSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArchivesPane::updateButtons);

    // The same operations on the row's context menu.
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"archiveSaveAction"_s);
    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(u"archiveDeleteAction"_s);
    m_verifyAction = new QAction(this);
    m_verifyAction->setObjectName(u"archiveVerifyAction"_s);
    connect(m_saveAction, &QAction::triggered, this, &ArchivesPane::saveSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ArchivesPane::deleteSelected);
    connect(m_verifyAction, &QAction::triggered, this, &ArchivesPane::verifySelected);
    m_view->addActions({m_saveAction, m_deleteAction, m_verifyAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"archiveEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_progress = new TaskProgress(u"archiveProgress"_s, TaskOutcome<bool>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    m_status = lineLabel(u"archiveStatus"_s, this);
    m_status->hide();
    m_error = lineLabel(u"archiveError"_s, this);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_policyLine);
    layout->addWidget(m_accessLine);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(&m_saveWatcher, &QFutureWatcher<TaskOutcome<bool>>::progressValueChanged, m_progress,
            &TaskProgress::setValue);
    connect(&m_saveWatcher, &QFutureWatcher<TaskOutcome<bool>>::finished, this, &ArchivesPane::onSaveFinished);
    connect(&m_deleteWatcher, &QFutureWatcher<TaskOutcome<bool>>::finished, this, &ArchivesPane::onDeleteFinished);
    connect(&m_verifyWatcher, &QFutureWatcher<TaskOutcome<ArchiveVerifyReport>>::finished, this,
            &ArchivesPane::onVerifyFinished);

    m_countdown = new QTimer(this);
    m_countdown->setObjectName(u"archiveCountdownTimer"_s);
    m_countdown->setInterval(kCountdownIntervalMs);
    connect(m_countdown, &QTimer::timeout, this, &ArchivesPane::tick);
    m_countdown->start();

    retranslateUi();
    refresh();
}

ArchivesPane::~ArchivesPane()
{
    // Workers read the clock, which may go with the pane's owner: stop them and let them finish.
    if (m_cancel)
        m_cancel->store(true);
    m_saveWatcher.waitForFinished();
    m_deleteWatcher.waitForFinished();
    m_verifyWatcher.waitForFinished();
}

void ArchivesPane::refresh()
{
    const QString keep = selectedId();
    const QString previousReadError = m_readError;
    const ArchiveService service(m_dir, m_clock, m_actor);
    QStringList problems;

    auto policy = service.policy();
    if (policy.ok())
        m_policy = policy.value();
    else
        problems.append(policy.error().message);
    auto next = service.nextFullAllowed();
    m_nextFull = next.ok() ? std::optional<QDateTime>(next.value()) : std::nullopt;
    if (!next.ok())
        problems.append(next.error().message);
    auto contact = Access::primaryContact(m_dir);
    m_contact = contact.ok() ? contact.value() : QString();
    if (!contact.ok())
        problems.append(contact.error().message);
    // The same check core makes before every change, so the buttons say what core would answer.
    const Status allowed = Access::require(m_dir, m_actor, Right::ManageArchives);
    m_accessRefusal = allowed.ok() ? QString() : allowed.error().message;

    auto archives = service.list();
    m_model->setArchives(archives.ok() ? archives.value() : QList<ArchiveInfo>{}, m_clock.now());
    if (!archives.ok())
        problems.append(archives.error().message);
    m_readError = problems.join(u'\n');

    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    if (m_model->rowCount() > 0) {
        // Fit the contents with some air between columns, but let no long range push the others away.
        m_view->resizeColumnsToContents();
        for (int c = 0; c + 1 < m_model->columnCount(); ++c) // the last one stretches
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + kColumnPadding, kMaxInitialColumnWidth));
        if (!selectArchive(keep))
            selectArchive(m_model->archiveAt(0)->id);
    }
    if (!m_readError.isEmpty())
        showError(m_readError);
    else if (!previousReadError.isEmpty() && m_error->text() == previousReadError)
        m_error->hide(); // what the last refresh could not read is readable again
    updateLines();
    updateButtons();
}

void ArchivesPane::tick()
{
    m_model->setNow(m_clock.now());
    updateLines();
    updateButtons(); // an archive that just expired can no longer be saved
}

QString ArchivesPane::selectedId() const
{
    const ArchiveInfo *a = selectedArchive();
    return a ? a->id : QString();
}

const ArchiveInfo *ArchivesPane::selectedArchive() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->archiveAt(rows.first().row());
}

bool ArchivesPane::selectArchive(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ArchivesPane::updateLines()
{
    QString next;
    if (!m_nextFull)
        next = tr("next allowed: unknown");
    else if (*m_nextFull <= m_clock.now())
        next = tr("allowed now");
    else
        next = tr("next allowed %1").arg(minutesText(*m_nextFull));
    m_policyLine->setText(
        tr("A full archive at most every %1 days — %2; custom ranges up to %3 days; archives are kept %4 days.")
            .arg(m_policy.fullCooldownDays)
            .arg(next)
            .arg(m_policy.maxRangeDays)
            .arg(m_policy.expiryDays));

    if (m_accessRefusal.isEmpty()) {
        m_accessLine->setText(tr("Primary contact: %1 (you). Only the primary contact may create, save and delete "
                                 "archives.")
                                  .arg(m_contact));
        m_accessLine->setStyleSheet(QString());
    } else if (m_contact.isEmpty()) {
        m_accessLine->setText(tr("The workspace has no primary contact, so nobody may create, save and delete "
                                 "archives. An administrator marks one in the Users tab."));
        m_accessLine->setStyleSheet(kErrorStyle);
    } else {
        m_accessLine->setText(tr("Only %1, the workspace's primary contact, may create, save and delete archives. "
                                 "You (%2) can see the list and verify archives.")
                                  .arg(m_contact, m_actor.login));
        m_accessLine->setStyleSheet(kErrorStyle);
    }
}

void ArchivesPane::updateButtons()
{
    const bool busy = isBusy();
    const bool may = m_accessRefusal.isEmpty();
    const ArchiveInfo *a = selectedArchive();
    const bool expired = a && m_model->isExpired(m_model->rowOf(a->id));

    m_backup->setEnabled(may && !busy);
    m_save->setEnabled(may && !busy && a && !expired);
    m_delete->setEnabled(may && !busy && a);
    m_verify->setEnabled(!busy && a);
    m_saveAction->setEnabled(m_save->isEnabled());
    m_deleteAction->setEnabled(m_delete->isEnabled());
    m_verifyAction->setEnabled(m_verify->isEnabled());

    if (!may) {
        // Why, in core's words, where the mouse and screen readers look.
        for (QPushButton *b : {m_backup, m_save, m_delete})
            b->setToolTip(m_accessRefusal);
        return;
    }
    m_backup->setToolTip(tr("Make an archive now: everything, or the records created or updated in a date range."));
    m_save->setToolTip(expired ? tr("This archive has expired and can no longer be saved.")
                               : tr("Save a copy of the selected archive as a ZIP file (Enter or double-click)."));
    m_delete->setToolTip(tr("Delete the selected archive after asking (Delete key)."));
}

void ArchivesPane::showStatus(const QString &text)
{
    m_error->hide();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ArchivesPane::showError(const QString &text)
{
    m_status->hide();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

// ---- Backup now ---------------------------------------------------------------------------------

void ArchivesPane::backupNow()
{
    if (!m_backup->isEnabled())
        return;
    auto *dialog = new BackupNowDialog(m_dir, m_clock, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupNowDialog::archiveCreated, this, [this](const ArchiveInfo &info) {
        refresh(); // each piece of a split range shows up as soon as it is ready
        selectArchive(info.id);
        emit archivesChanged();
    });
    connect(dialog, &BackupNowDialog::allCreated, this, &ArchivesPane::onCreated);
    // open(): window-modal without a nested event loop.
    dialog->open();
}

void ArchivesPane::onCreated(const QList<ArchiveInfo> &archives)
{
    if (archives.isEmpty())
        return;
    const QLocale locale;
    if (archives.size() == 1) {
        const ArchiveInfo &a = archives.first();
        showStatus(tr("Archive %1 is ready: %2 records, %3 MB, kept until %4.")
                       .arg(a.id, locale.toString(a.manifest.totalRecords()),
                            ArchiveTableModel::megabytesText(a.sizeBytes), minutesText(a.manifest.expiresAt)));
        return;
    }
    QStringList ids;
    qint64 records = 0;
    for (const ArchiveInfo &a : archives) {
        ids.append(a.id);
        records += a.manifest.totalRecords();
    }
    showStatus(tr("%1 archives are ready: %2 (%3 records in all).")
                   .arg(archives.size())
                   .arg(ids.join(u", "_s), locale.toString(records)));
}

// ---- Save as ------------------------------------------------------------------------------------

QString ArchivesPane::suggestedPath(const ArchiveInfo &archive) const
{
    QString folder = m_lastFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString workspace = fileNamePart(archive.manifest.workspaceName);
    if (workspace.isEmpty())
        workspace = u"Rewind"_s;
    return QDir(folder).filePath(workspace + u'-' + archive.id + u".zip"_s);
}

void ArchivesPane::saveSelected()
{
    const ArchiveInfo *a = selectedArchive();
    if (!a || !m_save->isEnabled())
        return;
    const QString id = a->id;
    FileDialogs::saveFile(this, tr("Save archive %1").arg(id), suggestedPath(*a),
                          tr("ZIP archives (*.zip);;All files (*)"),
                          [this, id](const QString &file) { startSave(id, QDir::fromNativeSeparators(file)); });
}

void ArchivesPane::startSave(const QString &id, const QString &file)
{
    if (isBusy())
        return;
    m_lastFolder = QFileInfo(file).absolutePath();
    m_runningId = id;
    m_runningFile = file;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    const Session actor = m_actor;
    m_saveWatcher.setFuture(runTask<bool>(
        m_cancel, [dir, clock, actor, id, file](const auto &progress, const std::atomic_bool *cancel) -> Result<bool> {
            ArchiveService service(dir, *clock, actor);
            service.setCancelFlag(cancel);
            service.setProgress([&](qint64 done, qint64 total, const QString &) { progress(done, total); });
            if (const Status st = service.saveAs(id, file); !st)
                return st.error();
            return true;
        }));
    m_busy = true;
    m_progress->setCancellable(true);
    m_progress->start(tr("Saving %1 to %2…").arg(id, QDir::toNativeSeparators(file)));
    m_status->hide();
    m_error->hide();
    updateButtons();
}

void ArchivesPane::onSaveFinished()
{
    m_busy = false;
    m_progress->finish();
    const TaskOutcome<bool> outcome = m_saveWatcher.result();
    const QString file = QDir::toNativeSeparators(m_runningFile);
    if (outcome.ok()) {
        showStatus(tr("Saved archive %1 to %2 (%3).")
                       .arg(m_runningId, file, QLocale().formattedDataSize(QFileInfo(m_runningFile).size())));
    } else if (outcome.cancelled() && outcome.error.message.isEmpty()) {
        showError(tr("Saving was cancelled; %1 was not written.").arg(file));
    } else {
        refresh(); // the archive may have gone meanwhile (expired, deleted by rewindctl)
        showError(outcome.error.message);
    }
    updateButtons();
}

// ---- Delete -------------------------------------------------------------------------------------

void ArchivesPane::deleteSelected()
{
    const ArchiveInfo *a = selectedArchive();
    if (!a || !m_delete->isEnabled())
        return;
    const QString id = a->id;
    const QString text =
        tr("Delete archive %1 (%2, %3, %4 records, %5 MB)?\n\nThe file is removed from the archives folder; "
           "copies saved elsewhere are kept.")
            .arg(id, archiveKindName(a->manifest.kind), a->manifest.rangeText(),
                 QLocale().toString(a->manifest.totalRecords()), ArchiveTableModel::megabytesText(a->sizeBytes));
    MessageBoxes::question(this, tr("Delete archive"), text, QMessageBox::Yes | QMessageBox::No,
                           [this, id](QMessageBox::StandardButton button) {
                               if (button == QMessageBox::Yes)
                                   startDelete(id);
                           });
}

void ArchivesPane::startDelete(const QString &id)
{
    if (isBusy())
        return;
    m_runningId = id;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    const Session actor = m_actor;
    m_deleteWatcher.setFuture(
        runTask<bool>(m_cancel, [dir, clock, actor, id](const auto &, const std::atomic_bool *) -> Result<bool> {
            ArchiveService service(dir, *clock, actor);
            if (const Status st = service.remove(id); !st)
                return st.error();
            return true;
        }));
    m_busy = true;
    m_progress->setCancellable(false); // one file removal: nothing to stop halfway
    m_progress->start(tr("Deleting %1…").arg(id));
    m_status->hide();
    m_error->hide();
    updateButtons();
}

void ArchivesPane::onDeleteFinished()
{
    m_busy = false;
    m_progress->finish();
    const TaskOutcome<bool> outcome = m_deleteWatcher.result();
    refresh();
    if (outcome.ok()) {
        showStatus(tr("Archive %1 was deleted.").arg(m_runningId));
        emit archivesChanged();
    } else {
        showError(outcome.error.message);
    }
    updateButtons();
}

// ---- Verify -------------------------------------------------------------------------------------

void ArchivesPane::verifySelected()
{
    const ArchiveInfo *a = selectedArchive();
    if (!a || !m_verify->isEnabled() || isBusy())
        return;
    m_runningId = a->id;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString path = a->path;
    m_verifyWatcher.setFuture(runTask<ArchiveVerifyReport>(
        m_cancel, [path](const auto &, const std::atomic_bool *) { return ArchiveService::verifyFile(path); }));
    m_busy = true;
    m_progress->setCancellable(false); // verifyFile takes no cancel flag
    m_progress->start(tr("Verifying %1…").arg(a->id));
    m_status->hide();
    m_error->hide();
    updateButtons();
}

void ArchivesPane::onVerifyFinished()
{
    m_busy = false;
    m_progress->finish();
    updateButtons();
    const TaskOutcome<ArchiveVerifyReport> outcome = m_verifyWatcher.result();
    const QString title = tr("Verify archive");
    if (!outcome.ok()) {
        MessageBoxes::warning(this, title, outcome.error.message);
        return;
    }
    const ArchiveVerifyReport &r = *outcome.value;
    const QLocale locale;
    if (r.ok()) {
        const QString text =
            tr("Archive %1 is OK: %2 files, %3 records; every file matches the SHA-256, size and record count "
               "its manifest names.")
                .arg(m_runningId, locale.toString(r.entriesChecked), locale.toString(r.manifest->totalRecords()));
        showStatus(text);
        MessageBoxes::information(this, title, text);
        return;
    }
    const QString text =
        tr("Archive %1 does not match its manifest:").arg(m_runningId) + u"\n\n"_s + r.problems.join(u'\n');
    showError(text);
    MessageBoxes::warning(this, title, text);
}

// ---- keys, language -----------------------------------------------------------------------------

bool ArchivesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                saveSelected();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                deleteSelected();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArchivesPane::retranslateUi()
{
    m_backup->setText(tr("&Backup now…"));
    m_save->setText(tr("&Save as…"));
    m_delete->setText(tr("&Delete"));
    m_verify->setText(tr("&Verify"));
    m_verify->setToolTip(tr("Read the selected archive back and check every file against its manifest."));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the archive list again (archives made by rewindctl or the schedule appear)."));
    m_saveAction->setText(tr("&Save as…"));
    m_deleteAction->setText(tr("&Delete"));
    m_verifyAction->setText(tr("&Verify"));
    m_empty->setText(tr("No archives yet. Backup now makes one."));
    m_view->setAccessibleName(tr("Archives"));
    m_model->retranslate();
    updateLines();
    updateButtons();
}

void ArchivesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!isBusy())
            refresh(); // core's messages (who may act, read errors) in the new language
    }
    QWidget::changeEvent(event);
}

void ArchivesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Archives come and go behind the console's back (rewindctl, the schedule, expiry): look again.
    if (!isBusy())
        refresh();
}

} // namespace Rewind
