// The Archives pane and "Backup now", driven like a user would: a real demo data folder, a ManualClock so
// dates and countdowns are fixed, widgets found by objectName, message boxes and file dialogs pre-answered,
// results checked on disk, in the history and through the test's own connections, never on fixed sleeps.

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include "ArchiveTableModel.h"
#include "ArchivesPane.h"
#include "BackupNowDialog.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "history/HistoryStore.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/Production.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// The clock of every test: the day after the demo week (which ends Friday 2026-11-20), mid-morning.
const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 24));
const auto kNextFullText = u"2026-12-21 10:24"_s; // kNow + the policy's 30 days
constexpr qint64 kDay = 24 * 3600;
constexpr int kWorkerTimeoutMs = 60000;
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 20000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every production record, counted with the test's own read-only connection.
qint64 productionRecords(const QString &root)
{
    auto connection = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-total"_s);
    if (!connection)
        return -1;
    const auto catalog = Catalog::load(connection.value()->db());
    if (!catalog)
        return -1;
    qint64 total = 0;
    for (const DbDef &db : catalog->dbs) {
        QSqlQuery q(connection.value()->db());
        if (!q.exec(u"SELECT count(*) FROM "_s + db.table()) || !q.next())
            return -1;
        total += q.value(0).toLongLong();
    }
    return total;
}

QList<HistoryEvent> eventsOf(const QString &root, const Session &reader, const char *kind)
{
    HistoryFilter filter;
    filter.kinds = {QString::fromLatin1(kind)};
    auto events = HistoryStore(DataDir(root)).events(reader, filter);
    return events.ok() ? events.value() : QList<HistoryEvent>{};
}

/// Saves a picture of `widget` when REWIND_SCREENSHOT_DIR is set (for looking at the states by eye).
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

QString cell(const ArchiveTableModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}
} // namespace

class TestArchivesPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyPaneStatesPolicyAndContact();
    void fullArchiveThroughDialogThenCooldown();
    void customRangeSplitsIntoContiguousArchives();
    void cancelStopsSplitAfterCurrentPiece();
    void saveAsWritesIdenticalCopyAndHistory();
    void deleteAsksAndRemovesFile();
    void verifyReportsOk();
    void countdownMovesOnAndExpires();
    void nonPrimaryContactSeesDisabledButtons();
    void coreRefusesWhenContactChangesWhileDialogOpen();
    void screenshot();

private:
    QString freshDir(const QString &name);
    std::unique_ptr<ArchivesPane> openPane(const QString &root);
    BackupNowDialog *openDialog(ArchivesPane *pane);
    /// Clicks Create and waits until the dialog closed (success) or shows an error; true on success.
    static bool create(QPointer<BackupNowDialog> dialog);
    ArchiveInfo makeArchive(const QString &root, const ArchiveRequest &request);
    /// Adds a second administrator "someone-else" to the workspace in `root` and makes them its primary
    /// contact, so the test's own administrator no longer is.
    bool handContactToSomeoneElse(const QString &root);

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    Session m_admin; // the demo's administrator and primary contact, logged in
    std::unique_ptr<ManualClock> m_clock;
    QList<MessageBoxes::Request> m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_fileAnswer;
};

void TestArchivesPane::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path(), 2000, 7, RewindTest::demoToday()));
    // The demo's administrator is its primary contact: the user this test logs in as. Logged in once
    // here, so every copy of the demo already holds the login and the session is valid in each of them.
    m_admin = RewindTest::adminSession(DataDir(m_demo.path()));
    QVERIFY(m_admin.userId != 0);
    QVERIFY(m_admin.primaryContact);
    auto contact = Access::primaryContact(DataDir(m_demo.path()));
    QVERIFY(contact.ok());
    QCOMPARE(contact.value(), m_admin.login);
}

void TestArchivesPane::init()
{
    I18n::install(u"en"_s);
    m_clock = std::make_unique<ManualClock>(kNow);
    m_messages.clear();
    m_answer = QMessageBox::Yes;
    m_fileRequests.clear();
    m_fileAnswer.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return request.buttons.testFlag(m_answer) ? m_answer : QMessageBox::Ok;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileRequests.append(request);
        return m_fileAnswer;
    });
}

void TestArchivesPane::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
}

QString TestArchivesPane::freshDir(const QString &name)
{
    const QString root = m_scratch.filePath(name);
    return RewindTest::copyFolder(m_demo.path(), root) ? root : QString();
}

std::unique_ptr<ArchivesPane> TestArchivesPane::openPane(const QString &root)
{
    auto pane = std::make_unique<ArchivesPane>(DataDir(root), *m_clock, m_admin);
    pane->resize(1100, 520);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

BackupNowDialog *TestArchivesPane::openDialog(ArchivesPane *pane)
{
    auto *button = pane->findChild<QPushButton *>(u"archiveBackupNowButton"_s);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // A dialog closed earlier may still wait for its deferred delete: take the one on screen.
    for (auto *dialog : pane->findChildren<BackupNowDialog *>(u"backupNowDialog"_s)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

bool TestArchivesPane::create(QPointer<BackupNowDialog> dialog)
{
    auto *button = dialog->findChild<QPushButton *>(u"backupCreateButton"_s);
    auto *error = dialog->findChild<QLabel *>(u"backupError"_s);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    const bool settled =
        QTest::qWaitFor([&] { return !dialog || !dialog->isVisible() || (error->isVisible() && !dialog->isRunning()); },
                        kWorkerTimeoutMs);
    if (!settled)
        return false;
    if (dialog && dialog->isVisible()) {
        qWarning("Backup now failed: %s", qPrintable(error->text()));
        return false;
    }
    return true;
}

ArchiveInfo TestArchivesPane::makeArchive(const QString &root, const ArchiveRequest &request)
{
    ArchiveService service(DataDir(root), *m_clock, m_admin);
    auto info = service.create(request);
    if (!info.ok()) {
        qWarning("create failed: %s", qPrintable(info.error().message));
        return {};
    }
    return info.value();
}

bool TestArchivesPane::handContactToSomeoneElse(const QString &root)
{
    UserStore users(DataDir(root), *m_clock);
    auto other = users.createUser(m_admin, u"someone-else"_s, {}, Role::Admin, QByteArray("someone-else-pass"), false);
    if (!other) {
        qWarning("creating someone-else failed: %s", qPrintable(other.error().message));
        return false;
    }
    if (auto st = users.setPrimaryContact(m_admin, other->id); !st) {
        qWarning("handing on the primary contact failed: %s", qPrintable(st.error().message));
        return false;
    }
    return true;
}

void TestArchivesPane::emptyPaneStatesPolicyAndContact()
{
    const QString root = freshDir(u"empty"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->model()->rowCount(), 0);
    auto *empty = pane->findChild<QLabel *>(u"archiveEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No archives yet. Backup now makes one."_s);
    QVERIFY(!pane->findChild<QTableView *>(u"archiveView"_s)->isVisible());
    snap(pane.get(), u"archives-empty"_s);

    const QString policy = pane->findChild<QLabel *>(u"archivePolicyLine"_s)->text();
    QCOMPARE(policy, u"A full archive at most every 30 days — allowed now; custom ranges up to 31 days; archives "
                     "are kept 7 days."_s);
    const QString access = pane->findChild<QLabel *>(u"archiveAccessLine"_s)->text();
    QVERIFY2(access.contains(m_admin.login) && access.contains(u"(you)"_s), qPrintable(access));

    // Backup now is possible; Save as, Delete and Verify need a selected archive.
    QVERIFY(pane->findChild<QPushButton *>(u"archiveBackupNowButton"_s)->isEnabled());
    for (const auto &name : {u"archiveSaveButton"_s, u"archiveDeleteButton"_s, u"archiveVerifyButton"_s})
        QVERIFY2(!pane->findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    // Every action button has a mnemonic and a tooltip.
    for (const auto &name : {u"archiveBackupNowButton"_s, u"archiveSaveButton"_s, u"archiveDeleteButton"_s,
                             u"archiveVerifyButton"_s, u"archiveRefreshButton"_s}) {
        auto *button = pane->findChild<QPushButton *>(name);
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
    }
}

void TestArchivesPane::fullArchiveThroughDialogThenCooldown()
{
    const QString root = freshDir(u"full"_s);
    QVERIFY(!root.isEmpty());
    const qint64 records = productionRecords(root);
    QVERIFY(records > 0);
    auto pane = openPane(root);
    QVERIFY(pane);

    QPointer<BackupNowDialog> dialog = openDialog(pane.get());
    QVERIFY(dialog);
    auto *full = dialog->findChild<QRadioButton *>(u"backupFullRadio"_s);
    QVERIFY(full->isChecked()); // allowed now, so the usual choice is preselected
    QVERIFY2(dialog->findChild<QLabel *>(u"backupFullNote"_s)->text().startsWith(u"Allowed now"_s),
             qPrintable(dialog->findChild<QLabel *>(u"backupFullNote"_s)->text()));
    QCOMPARE(dialog->findChild<QPushButton *>(u"backupCreateButton"_s)->text(), u"C&reate archive"_s);
    QVERIFY(create(dialog));
    QVERIFY(m_messages.isEmpty());

    // The ZIP is in the archives folder, the table lists it, the history says it is ready.
    const QString id = u"20261121-102400-full"_s;
    const QString zip = ArchiveService::folder(DataDir(root)) + u"/"_s + id + u".zip"_s;
    QVERIFY(QFileInfo::exists(zip));
    const ArchiveTableModel *model = pane->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, ArchiveTableModel::IdColumn), id);
    QCOMPARE(cell(model, 0, ArchiveTableModel::KindColumn), u"Full"_s);
    QCOMPARE(cell(model, 0, ArchiveTableModel::RangeColumn), u"everything"_s);
    QCOMPARE(cell(model, 0, ArchiveTableModel::RecordsColumn), QLocale().toString(records));
    QCOMPARE(cell(model, 0, ArchiveTableModel::SizeColumn), ArchiveTableModel::megabytesText(QFileInfo(zip).size()));
    QCOMPARE(cell(model, 0, ArchiveTableModel::CreatedColumn), u"2026-11-21 10:24 by %1"_s.arg(m_admin.historyName()));
    QCOMPARE(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"7 d 0 h"_s);
    QCOMPARE(pane->selectedId(), id);
    QVERIFY(pane->findChild<QLabel *>(u"archiveEmptyLabel"_s)->isHidden());
    const QString status = pane->findChild<QLabel *>(u"archiveStatus"_s)->text();
    QVERIFY2(status.contains(id) && status.contains(u"2026-11-28 10:24"_s), qPrintable(status));
    const auto ready = eventsOf(root, m_admin, HistoryKind::ArchiveReady);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().details.value(u"id"_s).toString(), id);
    QCOMPARE(ready.first().details.value(u"records"_s).toInteger(), records);

    // A minute later the countdown has moved on; the policy line names the next full archive.
    m_clock->advanceSecs(60);
    pane->refresh();
    QCOMPARE(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"6 d 23 h"_s);
    QVERIFY(pane->findChild<QLabel *>(u"archivePolicyLine"_s)->text().contains(u"next allowed "_s + kNextFullText));

    // A second full archive: the dialog says when, preselects Custom, and refuses Full in core's words.
    dialog = openDialog(pane.get());
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(u"backupCustomRadio"_s)->isChecked());
    QVERIFY2(dialog->findChild<QLabel *>(u"backupFullNote"_s)->text().contains(kNextFullText),
             qPrintable(dialog->findChild<QLabel *>(u"backupFullNote"_s)->text()));
    full = dialog->findChild<QRadioButton *>(u"backupFullRadio"_s);
    QTest::mouseClick(full, Qt::LeftButton, {}, QPoint(8, full->height() / 2)); // on the indicator
    QVERIFY(full->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"backupCreateButton"_s), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY2(m_messages.first().text.contains(kNextFullText), qPrintable(m_messages.first().text));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isRunning());
    snap(dialog, u"backup-cooldown"_s);
    QCOMPARE(QDir(ArchiveService::folder(DataDir(root))).entryList({u"*.zip"_s}, QDir::Files).size(), 1);
    QCOMPARE(eventsOf(root, m_admin, HistoryKind::ArchiveStarted).size(), 1);
    dialog->close();
}

void TestArchivesPane::customRangeSplitsIntoContiguousArchives()
{
    const QString root = freshDir(u"split"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QPointer<BackupNowDialog> dialog = openDialog(pane.get());
    QVERIFY(dialog);
    auto *custom = dialog->findChild<QRadioButton *>(u"backupCustomRadio"_s);
    QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(8, custom->height() / 2));
    QVERIFY(custom->isChecked());
    auto *from = dialog->findChild<QDateEdit *>(u"backupFrom"_s);
    auto *to = dialog->findChild<QDateEdit *>(u"backupTo"_s);
    QVERIFY(from->isEnabled() && to->isEnabled());
    QVERIFY(from->calendarPopup());
    auto *line = dialog->findChild<QLabel *>(u"backupRangeLine"_s);
    auto *split = dialog->findChild<QCheckBox *>(u"backupSplitCheck"_s);
    auto *createButton = dialog->findChild<QPushButton *>(u"backupCreateButton"_s);

    from->setDate(QDate(2026, 11, 1));
    to->setDate(QDate(2026, 11, 20));
    QCOMPARE(line->text(), u"20 days"_s);
    QVERIFY(split->isHidden());
    QVERIFY(createButton->isEnabled());

    from->setDate(QDate(2026, 10, 1));
    QCOMPARE(line->text(), u"51 days — more than 31: split into 2 archives: 10-01–10-26, 10-27–11-20"_s);
    QVERIFY(split->isVisible());
    QVERIFY(!split->isChecked());
    QVERIFY(!createButton->isEnabled()); // too long, and splitting not chosen
    QVERIFY(dialog->requests().isEmpty());
    split->setChecked(true);
    QCOMPARE(createButton->text(), u"C&reate 2 archives"_s);
    QCOMPARE(dialog->requests().size(), 2);

    auto *encoding = dialog->findChild<QComboBox *>(u"backupEncodingCombo"_s);
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Cp932)));
    QSignalSpy each(dialog.data(), &BackupNowDialog::archiveCreated);
    QVERIFY(create(dialog));
    QCOMPARE(each.size(), 2);
    QVERIFY(m_messages.isEmpty());

    auto listed = ArchiveService(DataDir(root), *m_clock, m_admin).list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    QList<ArchiveManifest> made;
    for (const ArchiveInfo &a : listed.value()) {
        QVERIFY(QFileInfo::exists(a.path));
        QCOMPARE(a.manifest.kind, ArchiveKind::Custom);
        QCOMPARE(a.manifest.encoding, CsvEncoding::Cp932);
        made.append(a.manifest);
    }
    std::sort(made.begin(), made.end(),
              [](const ArchiveManifest &a, const ArchiveManifest &b) { return a.rangeFrom < b.rangeFrom; });
    // Contiguous, covering exactly the range asked for, each within the limit.
    QCOMPARE(made[0].rangeFrom, QDate(2026, 10, 1));
    QCOMPARE(made[0].rangeTo.addDays(1), made[1].rangeFrom);
    QCOMPARE(made[1].rangeTo, QDate(2026, 11, 20));
    for (const ArchiveManifest &m : made)
        QVERIFY(m.rangeFrom.daysTo(m.rangeTo) + 1 <= 31);
    QVERIFY(made[0].totalRecords() + made[1].totalRecords() > 0);

    // Both rows, newest first; the status names both.
    QCOMPARE(pane->model()->rowCount(), 2);
    QStringList ranges{cell(pane->model(), 0, ArchiveTableModel::RangeColumn),
                       cell(pane->model(), 1, ArchiveTableModel::RangeColumn)};
    ranges.sort();
    QCOMPARE(ranges, QStringList({u"2026-10-01 – 2026-10-26"_s, u"2026-10-27 – 2026-11-20"_s}));
    const QString status = pane->findChild<QLabel *>(u"archiveStatus"_s)->text();
    QVERIFY2(status.startsWith(u"2 archives are ready"_s), qPrintable(status));

    // The end before the start: said at once, nothing to create.
    dialog = openDialog(pane.get());
    QVERIFY(dialog);
    custom = dialog->findChild<QRadioButton *>(u"backupCustomRadio"_s);
    QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(8, custom->height() / 2));
    QVERIFY(custom->isChecked());
    dialog->findChild<QDateEdit *>(u"backupFrom"_s)->setDate(QDate(2026, 11, 20));
    dialog->findChild<QDateEdit *>(u"backupTo"_s)->setDate(QDate(2026, 11, 10));
    QCOMPARE(dialog->findChild<QLabel *>(u"backupRangeLine"_s)->text(), u"The end date lies before the start date."_s);
    QVERIFY(!dialog->findChild<QPushButton *>(u"backupCreateButton"_s)->isEnabled());
    dialog->close();
}

void TestArchivesPane::cancelStopsSplitAfterCurrentPiece()
{
    const QString root = freshDir(u"cancel"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QPointer<BackupNowDialog> dialog = openDialog(pane.get());
    QVERIFY(dialog);
    auto *custom = dialog->findChild<QRadioButton *>(u"backupCustomRadio"_s);
    QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(8, custom->height() / 2));
    // The seed's example: 75 days as three archives of 25.
    dialog->findChild<QDateEdit *>(u"backupFrom"_s)->setDate(QDate(2026, 9, 7));
    dialog->findChild<QDateEdit *>(u"backupTo"_s)->setDate(QDate(2026, 11, 20));
    QCOMPARE(dialog->findChild<QLabel *>(u"backupRangeLine"_s)->text(),
             u"75 days — more than 31: split into 3 archives: 09-07–10-01, 10-02–10-26, 10-27–11-20"_s);
    dialog->findChild<QCheckBox *>(u"backupSplitCheck"_s)->setChecked(true);

    // Cancel while the second piece runs: it stops (or, if it was done already, is kept); the third never starts.
    // The queued call may arrive after this function returned: it owns what it uses (no stack references),
    // and the dialog is its context, so it dies with the dialog.
    auto clicked = std::make_shared<bool>(false);
    connect(
        dialog.data(), &BackupNowDialog::archiveCreated, dialog.data(),
        [dialog, clicked] {
            auto *cancel = dialog ? dialog->findChild<QPushButton *>(u"backupProgressCancel"_s) : nullptr;
            if (*clicked || !cancel || !cancel->isVisible() || !cancel->isEnabled())
                return;
            *clicked = true;
            QTest::mouseClick(cancel, Qt::LeftButton);
        },
        Qt::QueuedConnection);
    QVERIFY(!create(dialog));
    QVERIFY(*clicked);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(u"backupCloseButton"_s)->isEnabled());
    const QString error = dialog->findChild<QLabel *>(u"backupError"_s)->text();
    const QDir folder(ArchiveService::folder(DataDir(root)));
    const qsizetype made = folder.entryList({u"*.zip"_s}, QDir::Files).size();
    QVERIFY2(made == 1 || made == 2, qPrintable(error));
    QVERIFY2(error.startsWith(u"%1 of 3 archives are ready"_s.arg(made)), qPrintable(error));
    QVERIFY(folder.entryList({u".*.partial"_s}, QDir::Files | QDir::Hidden).isEmpty());
    QCOMPARE(pane->model()->rowCount(), int(made)); // the pane listed each piece as it was made
    dialog->close();
    QVERIFY(!dialog || !dialog->isVisible());
}

void TestArchivesPane::saveAsWritesIdenticalCopyAndHistory()
{
    const QString root = freshDir(u"save"_s);
    QVERIFY(!root.isEmpty());
    const ArchiveInfo made = makeArchive(root, ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Utf8Bom});
    QVERIFY(!made.id.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->selectedId(), made.id);

    // Enter on the row is Save as; the suggested name is "<workspace>-<id>.zip".
    const QString target = m_scratch.filePath(u"downloads/copy.zip"_s);
    m_fileAnswer = target;
    auto *view = pane->findChild<QTableView *>(u"archiveView"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Save);
    const QString workspace = made.manifest.workspaceName.isEmpty() ? u"Rewind"_s : made.manifest.workspaceName;
    QCOMPARE(QFileInfo(m_fileRequests.first().path).fileName(), workspace + u'-' + made.id + u".zip"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), kWorkerTimeoutMs);
    auto *status = pane->findChild<QLabel *>(u"archiveStatus"_s);
    QVERIFY2(status->isVisible(), qPrintable(pane->findChild<QLabel *>(u"archiveError"_s)->text()));
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(target)), qPrintable(status->text()));

    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(RewindTest::fileHash(target), RewindTest::fileHash(made.path));
    QCOMPARE(readAll(target).size(), made.sizeBytes);
    const auto downloads = eventsOf(root, m_admin, HistoryKind::DownloadStarted);
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().details.value(u"id"_s).toString(), made.id);
    QCOMPARE(downloads.first().details.value(u"file"_s).toString(), QDir::toNativeSeparators(target));
    QCOMPARE(downloads.first().user, m_admin.historyName());

    // A double-click is Save as too, and the next suggestion starts in the folder used last.
    m_fileAnswer.clear(); // the user cancels the file dialog: nothing is written, nothing recorded
    const QRect rect = view->visualRect(pane->model()->index(0, ArchiveTableModel::IdColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_fileRequests.size(), 2);
    QCOMPARE(QFileInfo(m_fileRequests.last().path).absolutePath(), QFileInfo(target).absolutePath());
    QVERIFY(!pane->isBusy());
    QCOMPARE(eventsOf(root, m_admin, HistoryKind::DownloadStarted).size(), 1);
}

void TestArchivesPane::deleteAsksAndRemovesFile()
{
    const QString root = freshDir(u"delete"_s);
    QVERIFY(!root.isEmpty());
    const ArchiveInfo made = makeArchive(
        root, ArchiveRequest{ArchiveKind::Custom, QDate(2026, 11, 1), QDate(2026, 11, 20), CsvEncoding::Utf8Bom});
    QVERIFY(!made.id.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->selectedId(), made.id);
    auto *view = pane->findChild<QTableView *>(u"archiveView"_s);

    // The Delete key asks, naming the archive; No keeps it.
    m_answer = QMessageBox::No;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Question);
    QVERIFY2(m_messages.first().text.contains(made.id), qPrintable(m_messages.first().text));
    QVERIFY2(m_messages.first().text.contains(u"2026-11-01 – 2026-11-20"_s), qPrintable(m_messages.first().text));
    QVERIFY(!pane->isBusy());
    QVERIFY(QFileInfo::exists(made.path));

    // The button, answered Yes: the file goes, the list empties, the history records it.
    m_answer = QMessageBox::Yes;
    QTest::mouseClick(pane->findChild<QPushButton *>(u"archiveDeleteButton"_s), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), kWorkerTimeoutMs);
    QVERIFY(!QFileInfo::exists(made.path));
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(pane->findChild<QLabel *>(u"archiveEmptyLabel"_s)->isVisible());
    QVERIFY2(pane->findChild<QLabel *>(u"archiveStatus"_s)->text().contains(made.id),
             qPrintable(pane->findChild<QLabel *>(u"archiveError"_s)->text()));
    const auto deleted = eventsOf(root, m_admin, HistoryKind::ArchiveDeleted);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().details.value(u"id"_s).toString(), made.id);
}

void TestArchivesPane::verifyReportsOk()
{
    const QString root = freshDir(u"verify"_s);
    QVERIFY(!root.isEmpty());
    const ArchiveInfo made = makeArchive(root, ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Cp932});
    QVERIFY(!made.id.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QTest::mouseClick(pane->findChild<QPushButton *>(u"archiveVerifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Information);
    const QString expected = u"Archive %1 is OK: %2 files, %3 records"_s.arg(
        made.id, QString::number(made.manifest.entries.size()), QLocale().toString(made.manifest.totalRecords()));
    QVERIFY2(m_messages.first().text.startsWith(expected), qPrintable(m_messages.first().text));
}

void TestArchivesPane::countdownMovesOnAndExpires()
{
    const QString root = freshDir(u"expiry"_s);
    QVERIFY(!root.isEmpty());
    const ArchiveInfo made = makeArchive(root, ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Utf8Bom});
    QVERIFY(!made.id.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    const ArchiveTableModel *model = pane->model();
    QCOMPARE(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"7 d 0 h"_s);

    // The pane's timer moves the countdown on by itself (every 30 s; quicker here).
    auto *timer = pane->findChild<QTimer *>(u"archiveCountdownTimer"_s);
    QVERIFY(timer && timer->isActive());
    QCOMPARE(timer->interval(), ArchivesPane::kCountdownIntervalMs);
    timer->setInterval(20);
    m_clock->advanceSecs(3 * kDay + 3600);
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"3 d 23 h"_s, kUiTimeoutMs);
    m_clock->set(made.manifest.expiresAt.addSecs(-(3 * 3600 + 12 * 60)));
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"3 h 12 min"_s, kUiTimeoutMs);
    QVERIFY(pane->findChild<QPushButton *>(u"archiveSaveButton"_s)->isEnabled());
    timer->setInterval(ArchivesPane::kCountdownIntervalMs);

    // Eight days after it was made: expired; it can no longer be saved, but it can be deleted.
    m_clock->set(kNow.addDays(8));
    pane->refresh();
    QCOMPARE(cell(model, 0, ArchiveTableModel::ExpiresColumn), u"expired"_s);
    QVERIFY(model->data(model->index(0, 0), ArchiveTableModel::ExpiredRole).toBool());
    QVERIFY(!pane->findChild<QPushButton *>(u"archiveSaveButton"_s)->isEnabled());
    QVERIFY(pane->findChild<QPushButton *>(u"archiveDeleteButton"_s)->isEnabled());
    QTest::keyClick(pane->findChild<QTableView *>(u"archiveView"_s), Qt::Key_Return);
    QVERIFY(m_fileRequests.isEmpty());
}

void TestArchivesPane::nonPrimaryContactSeesDisabledButtons()
{
    const QString root = freshDir(u"other"_s);
    QVERIFY(!root.isEmpty());
    const ArchiveInfo made = makeArchive(root, ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Utf8Bom});
    QVERIFY(!made.id.isEmpty());
    QVERIFY(handContactToSomeoneElse(root));

    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->model()->rowCount(), 1); // the list is for everyone
    QCOMPARE(pane->selectedId(), made.id);
    const QString line = pane->findChild<QLabel *>(u"archiveAccessLine"_s)->text();
    QCOMPARE(line, u"Only someone-else, the workspace's primary contact, may create, save and delete archives. "
                   "You (%1) can see the list and verify archives."_s.arg(m_admin.login));
    for (const auto &name : {u"archiveBackupNowButton"_s, u"archiveSaveButton"_s, u"archiveDeleteButton"_s}) {
        auto *button = pane->findChild<QPushButton *>(name);
        QVERIFY2(!button->isEnabled(), qPrintable(name));
        QVERIFY2(button->toolTip().contains(u"only the primary contact (someone-else) may"_s),
                 qPrintable(button->toolTip()));
    }
    QVERIFY(pane->findChild<QPushButton *>(u"archiveVerifyButton"_s)->isEnabled());
    snap(pane.get(), u"archives-not-primary"_s);

    // Keys and slots do nothing either: no dialog, no question, the file stays.
    auto *view = pane->findChild<QTableView *>(u"archiveView"_s);
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(view, Qt::Key_Return);
    pane->backupNow();
    QVERIFY(m_messages.isEmpty());
    QVERIFY(m_fileRequests.isEmpty());
    QVERIFY(pane->findChildren<BackupNowDialog *>().isEmpty());
    QVERIFY(QFileInfo::exists(made.path));
}

void TestArchivesPane::coreRefusesWhenContactChangesWhileDialogOpen()
{
    const QString root = freshDir(u"refused"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QPointer<BackupNowDialog> dialog = openDialog(pane.get());
    QVERIFY(dialog);

    // The role moves on while the dialog is open: core refuses, the dialog shows core's message.
    QVERIFY(handContactToSomeoneElse(root));
    QVERIFY(!create(dialog));
    QVERIFY(dialog && dialog->isVisible());
    const QString error = dialog->findChild<QLabel *>(u"backupError"_s)->text();
    QVERIFY2(error.contains(u"only the primary contact (someone-else) may"_s), qPrintable(error));
    snap(dialog, u"backup-refused"_s);
    QVERIFY(QDir(ArchiveService::folder(DataDir(root))).entryList({u"*.zip"_s}, QDir::Files).isEmpty());
    QVERIFY(eventsOf(root, m_admin, HistoryKind::ArchiveReady).isEmpty());
    dialog->close();

    // The pane learns it at the next refresh.
    pane->refresh();
    QVERIFY(!pane->findChild<QPushButton *>(u"archiveBackupNowButton"_s)->isEnabled());
}

void TestArchivesPane::screenshot()
{
    const QString root = freshDir(u"screenshot"_s);
    QVERIFY(!root.isEmpty());
    QVERIFY(!makeArchive(root, ArchiveRequest{ArchiveKind::Full, {}, {}, CsvEncoding::Utf8Bom}).id.isEmpty());
    m_clock->advanceSecs(2 * kDay + 5 * 3600 + 17 * 60);
    for (const auto &[from, to] : ArchiveService::splitRange(QDate(2026, 9, 1), QDate(2026, 10, 15), 31)) {
        QVERIFY(!makeArchive(root, ArchiveRequest{ArchiveKind::Custom, from, to, CsvEncoding::Cp932}).id.isEmpty());
    }
    m_clock->advanceSecs(4 * kDay + 23 * 3600);
    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->model()->rowCount(), 3);
    pane->grab().save(u"/tmp/archivespane.png"_s);

    QPointer<BackupNowDialog> dialog = openDialog(pane.get());
    QVERIFY(dialog);
    auto *custom = dialog->findChild<QRadioButton *>(u"backupCustomRadio"_s);
    QTest::mouseClick(custom, Qt::LeftButton, {}, QPoint(8, custom->height() / 2));
    dialog->findChild<QDateEdit *>(u"backupFrom"_s)->setDate(QDate(2026, 10, 1));
    dialog->findChild<QDateEdit *>(u"backupTo"_s)->setDate(QDate(2026, 11, 20));
    dialog->adjustSize();
    dialog->grab().save(u"/tmp/backupnowdialog.png"_s);
    dialog->close();
}

QTEST_MAIN(TestArchivesPane)
#include "tst_archivespane.moc"
