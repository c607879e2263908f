// The template export and load wizards, the deleted-DB restore and the settings differences, driven like a
// user would: the real main window on a real demo data folder, widgets found by objectName, message boxes
// and file dialogs pre-answered, production checked through the test's own SQL, never on fixed sleeps.

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

#include "TestSupport.h"
#include "DbList.h"
#include "DbRestoreWizard.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "SettingsDiffPanel.h"
#include "SettingsPane.h"
#include "TemplateExportWizard.h"
#include "TemplateImportWizard.h"
#include "backup/GenerationStore.h"
#include "demo/DemoBuilder.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "transfer/TemplateExporter.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// A Sunday: the simulated week runs Monday 11-16 … Sunday 11-22. Monday's generation still has the
// aggregation "月別請求額" of 請求 (deleted on the fourth day) and lacks the field "LINE ID" of 顧客 (added on
// the second).
const QDate kToday(2026, 11, 22);
const auto kDeals = u"案件"_s;
const auto kCustomers = u"顧客"_s;
const auto kContacts = u"担当者"_s;
const auto kQuotes = u"見積"_s;
const auto kQuoteLines = u"見積明細"_s;
const auto kInvoices = u"請求"_s;
const auto kMonthlyInvoices = u"月別請求額"_s;
constexpr int kWorkerTimeoutMs = 30000;

/// Saves a picture of `widget` when REWIND_SCREENSHOT_DIR is set (for looking at the screens by eye).
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

/// One value through the test's own connection.
QVariant scalar(const ConnectionSpec &spec, const QString &sql, const QVariantList &binds = {})
{
    auto connection = ScopedConnection::open(spec, u"test-scalar"_s);
    if (!connection)
        return {};
    QSqlQuery q(connection.value()->db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

/// A backup run as far as production can tell: the run lock held and the state file written, the way a
/// running rewindctl backup holds them, until finish() or destruction.
class BackupRun final
{
public:
    explicit BackupRun(const DataDir &dir) : m_lock(dir.backupLockPath()), m_state(dir.root() + u"/backup.state"_s) {}
    ~BackupRun() { finish(); }
    BackupRun(const BackupRun &) = delete;
    BackupRun &operator=(const BackupRun &) = delete;

    bool start()
    {
        if (!m_lock.tryLock(0) || !m_state.open(QIODevice::WriteOnly))
            return false;
        m_state.write(R"({"slot":"mon","startedAt":"2026-11-23T01:00:00","pid":1})");
        m_state.close();
        return true;
    }
    bool finish()
    {
        if (!m_lock.isLocked())
            return true;
        m_lock.unlock();
        return QFile::remove(m_state.fileName());
    }

private:
    QLockFile m_lock;
    QFile m_state;
};

/// Deletes the DB with `id` from production behind the console's back, as a person with a SQL tool would.
bool deleteDb(const DataDir &dir, qint64 id)
{
    auto connection = ScopedConnection::open(Production::writable(dir), u"test-delete"_s);
    if (!connection)
        return false;
    QSqlQuery q(connection.value()->db());
    for (const QString &sql : {u"DELETE FROM rw_field WHERE db_id = ?"_s, u"DELETE FROM rw_setting WHERE db_id = ?"_s,
                               u"DELETE FROM rw_db WHERE id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return q.exec(u"DROP TABLE rec_%1"_s.arg(id));
}

QTreeWidgetItem *findTopLevel(QTreeWidget *tree, int column, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}
} // namespace

class TestTemplateWizards final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportFromGenerationWithRelatedDbs();
    void loadTemplateRenamingOneAndSkippingOthers();
    void damagedTemplateIsRefusedOnTheFirstPage();
    void restoreDeletedDbFromGenerationAndUndo();
    void reapplySettingsDifferenceFromGeneration();
    void loadRefusedWhileABackupRuns();
    void reapplyRefusedWhileABackupRuns();
    void restoreKeepsLinksToRecordsDeletedSince();

private:
    QString copyOfDemo(const QString &name);
    std::unique_ptr<MainWindow> openWindow(const QString &root);
    static void selectDb(MainWindow *window, const QString &name);
    template <typename Wizard> static Wizard *openWizard(MainWindow *window, const QString &action);
    static void next(QWizard *wizard);
    static QString makeTemplate(const QString &root, const TemplateExportOptions &options);
    static qint64 dbId(const QString &root, const QString &name);

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    std::unique_ptr<QSettings> m_settings;
    QList<MessageBoxes::Request> m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_fileAnswer;
};

void TestTemplateWizards::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path(), 2000, 7, kToday));
    m_settings = std::make_unique<QSettings>(m_scratch.filePath(u"rewind.ini"_s), QSettings::IniFormat);
}

void TestTemplateWizards::init()
{
    I18n::install(u"en"_s);
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

void TestTemplateWizards::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
}

QString TestTemplateWizards::copyOfDemo(const QString &name)
{
    const QString root = m_scratch.filePath(name);
    return RewindTest::copyFolder(m_demo.path(), root) ? root : QString();
}

std::unique_ptr<MainWindow> TestTemplateWizards::openWindow(const QString &root)
{
    // The console after its administrator logged in: the window acts as them.
    const Session admin = RewindTest::adminSession(DataDir(root));
    if (!admin.isAdmin())
        return nullptr;
    auto window = std::make_unique<MainWindow>(DataDir(root), admin, m_settings.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestTemplateWizards::selectDb(MainWindow *window, const QString &name)
{
    auto *list = window->findChild<DbList *>(u"dbList"_s);
    QVERIFY(list);
    QVERIFY(list->selectDb(name));
}

template <typename Wizard> Wizard *TestTemplateWizards::openWizard(MainWindow *window, const QString &action)
{
    auto *a = window->findChild<QAction *>(action);
    if (!a || !a->isEnabled())
        return nullptr;
    a->trigger();
    // A wizard closed earlier may still wait for its deferred delete: take the one on screen.
    for (auto *wizard : window->findChildren<Wizard *>()) {
        if (wizard->isVisible())
            return wizard;
    }
    return nullptr;
}

void TestTemplateWizards::next(QWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && button->isVisible(), kWorkerTimeoutMs);
    const int before = wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), before + 1);
}

QString TestTemplateWizards::makeTemplate(const QString &root, const TemplateExportOptions &options)
{
    auto result =
        TemplateExporter(DataDir(root), Clock::system(), RewindTest::adminSession(DataDir(root))).run(options);
    return result ? result->path : QString();
}

qint64 TestTemplateWizards::dbId(const QString &root, const QString &name)
{
    const QVariant id = scalar(Production::readOnly(DataDir(root)), u"SELECT id FROM rw_db WHERE name = ?"_s, {name});
    return id.isValid() ? id.toLongLong() : 0;
}

void TestTemplateWizards::exportFromGenerationWithRelatedDbs()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    selectDb(window.get(), kDeals);
    auto *wizard = openWizard<TemplateExportWizard>(window.get(), u"exportTemplateAction"_s);
    QVERIFY(wizard);

    // 1 DBs: the browser's generation and DB are preselected.
    QCOMPARE(wizard->findChild<QComboBox *>(u"templateEnvCombo"_s)->currentData().toString(), u"mon"_s);
    auto *dbs = wizard->findChild<QListWidget *>(u"templateDbList"_s);
    QVERIFY(dbs->count() >= 7);
    for (int i = 0; i < dbs->count(); ++i)
        QCOMPARE(dbs->item(i)->checkState() == Qt::Checked, dbs->item(i)->text() == kDeals);
    snap(wizard, u"template-export-1-dbs"_s);
    next(wizard);

    // 2 Related: every DB linked with 案件, directly or not, pre-checked with how it is related.
    auto *related = wizard->findChild<QTreeWidget *>(u"templateRelatedList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    QCOMPARE(related->topLevelItemCount(), 6);
    for (int i = 0; i < related->topLevelItemCount(); ++i) {
        QCOMPARE(related->topLevelItem(i)->checkState(0), Qt::Checked);
        QVERIFY(!related->topLevelItem(i)->text(1).isEmpty());
    }
    QTreeWidgetItem *customers = findTopLevel(related, 0, kCustomers);
    QVERIFY(customers);
    QVERIFY2(customers->text(1).contains(kDeals), qPrintable(customers->text(1)));
    auto *dangling = wizard->findChild<QListWidget *>(u"templateDanglingList"_s);
    QVERIFY(!dangling->isVisible());

    // Leaving 顧客 out: the links to it will dangle, and the page says which.
    customers->setCheckState(0, Qt::Unchecked);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    QVERIFY(dangling->isVisible());
    QVERIFY(!dangling->findItems(u"%1.%2 → %3"_s.arg(kDeals, kCustomers, kCustomers), Qt::MatchExactly).isEmpty());
    QVERIFY(!dangling->findItems(u"担当者.%1 → %1"_s.arg(kCustomers), Qt::MatchExactly).isEmpty());
    snap(wizard, u"template-export-2-related"_s);

    // Leaving 見積 out too stops the walk there: 見積明細 and 商品, linked only through it, go with it.
    QTreeWidgetItem *quotes = findTopLevel(related, 0, kQuotes);
    QVERIFY(quotes);
    quotes->setCheckState(0, Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    for (const QString &name : {kQuoteLines, u"商品"_s}) {
        QTreeWidgetItem *item = findTopLevel(related, 0, name);
        QVERIFY2(item && !(item->flags() & Qt::ItemIsEnabled), qPrintable(name));
        QCOMPARE(item->checkState(0), Qt::Unchecked);
    }
    QVERIFY2(wizard->findChild<QLabel *>(u"templateRelatedStatus"_s)->text().contains(u"(3)"_s),
             qPrintable(wizard->findChild<QLabel *>(u"templateRelatedStatus"_s)->text()));
    findTopLevel(related, 0, kQuotes)->setCheckState(0, Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    QVERIFY(findTopLevel(related, 0, kQuoteLines)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(findTopLevel(related, 0, kQuoteLines)->checkState(0), Qt::Checked);
    next(wizard);

    // 3 Review: what the template leaves out, and where it goes (through the file dialog).
    auto *omitted = wizard->findChild<QTableWidget *>(u"templateOmittedTable"_s);
    QVERIFY(omitted->rowCount() >= 6);
    bool userRight = false;
    for (int r = 0; r < omitted->rowCount(); ++r)
        userRight = userRight ||
                    (omitted->item(r, 0)->text() == kInvoices && omitted->item(r, 1)->text().contains(u"佐藤さん"_s));
    QVERIFY(userRight);
    QVERIFY(wizard->findChild<QLabel *>(u"templateReviewDangling"_s)->text().contains(kCustomers));
    const QString path = m_scratch.filePath(u"deals-mon.zip"_s);
    m_fileAnswer = path;
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"templateBrowseButton"_s), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Save);
    QCOMPARE(QDir::fromNativeSeparators(wizard->findChild<QLineEdit *>(u"templatePathEdit"_s)->text()), path);
    QAbstractButton *write = wizard->button(QWizard::CommitButton);
    QVERIFY(write->isVisible() && write->isEnabled());
    snap(wizard, u"template-export-3-review"_s);
    QTest::mouseClick(write, Qt::LeftButton);

    // 4 Result: written on a worker.
    auto *summary = wizard->findChild<QLabel *>(u"templateExportSummary"_s);
    auto *error = wizard->findChild<QLabel *>(u"templateExportError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    QVERIFY(wizard->findChild<QLabel *>(u"templateExportDetails"_s)->text().contains(kCustomers));
    snap(wizard, u"template-export-4-result"_s);
    const auto doc = TemplateDocument::read(path);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->dbs.size(), 6);
    QCOMPARE(doc->sourceEnvironment, u"mon"_s);
    QVERIFY(std::none_of(doc->dbs.begin(), doc->dbs.end(), [](const TemplateDb &d) { return d.name == kCustomers; }));
    QCOMPARE(doc->externals.size(), 1);
    QCOMPARE(doc->externals.first().name, kCustomers);

    // Writing again over the same file needs the replace box ticked.
    wizard->restart();
    next(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    next(wizard);
    wizard->findChild<QLineEdit *>(u"templatePathEdit"_s)->setText(path);
    auto *replace = wizard->findChild<QCheckBox *>(u"templateReplaceCheck"_s);
    QVERIFY(replace->isVisible());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    replace->setChecked(true);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
}

void TestTemplateWizards::loadTemplateRenamingOneAndSkippingOthers()
{
    const QString root = copyOfDemo(u"load"_s);
    QVERIFY(!root.isEmpty());
    TemplateExportOptions options;
    options.env = EnvironmentId::generation(Weekday::Mon);
    options.dbs = {kDeals};
    options.leaveOut = {kCustomers};
    options.outPath = m_scratch.filePath(u"load.zip"_s);
    const QString file = makeTemplate(root, options);
    QVERIFY(!file.isEmpty());
    const auto doc = TemplateDocument::read(file);
    QVERIFY(doc.ok());
    const auto quote =
        std::find_if(doc->dbs.begin(), doc->dbs.end(), [](const TemplateDb &d) { return d.name == kQuotes; });
    QVERIFY(quote != doc->dbs.end());
    const QString renamed = u"%1 (2)"_s.arg(kQuotes);
    const ConnectionSpec production = Production::readOnly(DataDir(root));
    const qint64 dbsBefore = scalar(production, u"SELECT count(*) FROM rw_db"_s).toLongLong();

    auto window = openWindow(root);
    QVERIFY(window);
    auto *wizard = openWizard<TemplateImportWizard>(window.get(), u"loadTemplateAction"_s);
    QVERIFY(wizard);

    // 1 File: read and validated on a worker.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    m_fileAnswer = file;
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"templateFileBrowse"_s), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Open);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kWorkerTimeoutMs);
    QVERIFY(wizard->findChild<QLabel *>(u"templateFileInfo"_s)->text().contains(kQuotes));
    QVERIFY(!wizard->findChild<QLabel *>(u"templateFileError"_s)->isVisible());
    snap(wizard, u"template-load-1-file"_s);
    next(wizard);

    // 2 Preview: every DB with its fields and settings.
    auto *tree = wizard->findChild<QTreeWidget *>(u"templatePreviewTree"_s);
    QTreeWidgetItem *quoteItem = findTopLevel(tree, 0, kQuotes);
    QVERIFY(quoteItem);
    QCOMPARE(quoteItem->child(0)->childCount(), quote->fields.size());
    QCOMPARE(quoteItem->child(1)->childCount(), quote->settings.size());
    QVERIFY(wizard->findChild<QLabel *>(u"templatePreviewSummary"_s)->text().contains(u"already has 6"_s));
    snap(wizard, u"template-load-2-preview"_s);
    next(wizard);

    // 3 Choices: every DB clashes; skip is the default, 見積 is renamed to the suggested name.
    for (const TemplateDb &d : doc->dbs) {
        auto *action = wizard->findChild<QComboBox *>(u"conflictAction_"_s + d.key);
        QVERIFY2(action, qPrintable(d.name));
        QCOMPARE(action->currentData().toString(), u"skip"_s);
    }
    auto *action = wizard->findChild<QComboBox *>(u"conflictAction_"_s + quote->key);
    action->setCurrentIndex(action->findData(u"rename"_s));
    auto *name = wizard->findChild<QLineEdit *>(u"conflictName_"_s + quote->key);
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), renamed);
    // A name production already has is refused before anything runs.
    name->setText(kDeals);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(u"templateChoicesProblem"_s)->isVisible());
    name->setText(renamed);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // Replace needs its confirmation.
    const auto invoice =
        std::find_if(doc->dbs.begin(), doc->dbs.end(), [](const TemplateDb &d) { return d.name == kInvoices; });
    QVERIFY(invoice != doc->dbs.end());
    auto *replaceAction = wizard->findChild<QComboBox *>(u"conflictAction_"_s + invoice->key);
    replaceAction->setCurrentIndex(replaceAction->findData(u"replace"_s));
    auto *confirm = wizard->findChild<QCheckBox *>(u"conflictConfirm_"_s + invoice->key);
    QVERIFY(confirm->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    confirm->setChecked(true);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    snap(wizard, u"template-load-3-choices"_s);
    replaceAction->setCurrentIndex(replaceAction->findData(u"skip"_s));
    // The link leaving the template goes to production's DB of the same name.
    auto *link = wizard->findChild<QComboBox *>(u"externalLink_"_s + doc->externals.first().key);
    QVERIFY(link);
    QCOMPARE(link->currentData().toString(), kCustomers);
    QCOMPARE(link->itemData(0).toString(), QString()); // (leave unlinked)
    next(wizard);

    // 4 Dry run: nothing written yet.
    QAbstractButton *load = wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), kWorkerTimeoutMs);
    auto *dryTree = wizard->findChild<QTreeWidget *>(u"templateDryRunTree"_s);
    QTreeWidgetItem *dbsGroup = dryTree->topLevelItem(0);
    QCOMPARE(dbsGroup->childCount(), 6);
    bool plannedRename = false;
    for (int i = 0; i < dbsGroup->childCount(); ++i)
        plannedRename =
            plannedRename || (dbsGroup->child(i)->text(0) == kQuotes && dbsGroup->child(i)->text(1) == renamed);
    QVERIFY(plannedRename);
    QVERIFY(wizard->findChild<QLabel *>(u"templateDryRunSummary"_s)->text().contains(u"creates DBs: 1,"_s));
    QCOMPARE(dbId(root, renamed), 0);
    snap(wizard, u"template-load-4-dryrun"_s);

    // 5 Load.
    QTest::mouseClick(load, Qt::LeftButton);
    auto *summary = wizard->findChild<QLabel *>(u"templateLoadSummary"_s);
    auto *error = wizard->findChild<QLabel *>(u"templateLoadError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    QVERIFY(wizard->findChild<QLabel *>(u"templateLoadDetails"_s)->text().contains(u"Restore point"_s));
    snap(wizard, u"template-load-5-result"_s);

    const qint64 newId = dbId(root, renamed);
    QVERIFY(newId > 0);
    QCOMPARE(scalar(production, u"SELECT count(*) FROM rw_db"_s).toLongLong(), dbsBefore + 1);
    QCOMPARE(scalar(production, u"SELECT count(*) FROM rw_field WHERE db_id = ?"_s, {newId}).toLongLong(),
             qint64(quote->fields.size()));
    QCOMPARE(scalar(production, u"SELECT count(*) FROM rw_setting WHERE db_id = ?"_s, {newId}).toLongLong(),
             qint64(quote->settings.size()));
    // Its link into the template points at production's 案件, which was skipped.
    QCOMPARE(scalar(production, u"SELECT link_db_id FROM rw_field WHERE db_id = ? AND name = ?"_s, {newId, kDeals})
                 .toLongLong(),
             dbId(root, kDeals));
    const auto events = HistoryStore(DataDir(root)).events();
    QVERIFY(events.ok() && !events->isEmpty());
    QCOMPARE(events->last().kind, u"template-load"_s);
    QVERIFY(events->last().description.contains(renamed));

    // Undo, after a confirmation.
    auto *undo = wizard->findChild<QPushButton *>(u"templateLoadUndoButton"_s);
    QVERIFY(undo->isVisible() && undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.first().text.contains(u"restore point"_s));
    auto *undone = wizard->findChild<QLabel *>(u"templateLoadUndoStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(undone->isVisible(), kWorkerTimeoutMs);
    QCOMPARE(dbId(root, renamed), 0);
    QCOMPARE(scalar(production, u"SELECT count(*) FROM rw_db"_s).toLongLong(), dbsBefore);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void TestTemplateWizards::damagedTemplateIsRefusedOnTheFirstPage()
{
    TemplateExportOptions options;
    options.env = EnvironmentId::generation(Weekday::Tue);
    options.dbs = {kQuotes};
    options.outPath = m_scratch.filePath(u"damaged.zip"_s);
    const QString file = makeTemplate(m_demo.path(), options);
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();

    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    auto *wizard = openWizard<TemplateImportWizard>(window.get(), u"loadTemplateAction"_s);
    QVERIFY(wizard);
    auto *edit = wizard->findChild<QLineEdit *>(u"templateFileEdit"_s);
    edit->setText(QDir::toNativeSeparators(file));
    auto *error = wizard->findChild<QLabel *>(u"templateFileError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(error->text().contains(u"damaged.zip"_s), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    snap(wizard, u"template-load-1-damaged"_s);

    // A path that is not there says so too.
    edit->setText(m_scratch.filePath(u"missing.zip"_s));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(u"missing.zip"_s), kWorkerTimeoutMs);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

void TestTemplateWizards::restoreDeletedDbFromGenerationAndUndo()
{
    const QString root = copyOfDemo(u"restore"_s);
    QVERIFY(!root.isEmpty());
    const DataDir dir(root);
    const ConnectionSpec sunday = GenerationStore(dir).connectionSpec(Weekday::Sun);
    const qint64 oldId = dbId(root, kCustomers);
    QVERIFY(oldId > 0);
    const QString table = u"rec_%1"_s.arg(oldId);
    const qint64 records = scalar(sunday, u"SELECT count(*) FROM "_s + table).toLongLong();
    const qint64 ridSum = scalar(sunday, u"SELECT sum(rid) FROM "_s + table).toLongLong();
    QVERIFY(records > 0);

    // Someone deletes 顧客 in production; 担当者 and 案件 still link to it.
    QVERIFY(deleteDb(dir, oldId));
    const ConnectionSpec production = Production::readOnly(dir);
    QCOMPARE(dbId(root, kCustomers), 0);

    // The button in the read-only banner of the generation on screen.
    auto window = openWindow(root);
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_sun"_s), Qt::LeftButton);
    auto *bannerButton = window->findChild<QToolButton *>(u"restoreDbActionButton"_s);
    QVERIFY(bannerButton && bannerButton->isVisible());
    QTest::mouseClick(bannerButton, Qt::LeftButton);
    DbRestoreWizard *wizard = nullptr;
    for (auto *w : window->findChildren<DbRestoreWizard *>()) {
        if (w->isVisible())
            wizard = w;
    }
    QVERIFY(wizard);

    // 1 Choose: the generation shown is preselected; 顧客 is listed with its records and who links to it.
    QCOMPARE(wizard->findChild<QComboBox *>(u"restoreGenerationCombo"_s)->currentData().toString(), u"sun"_s);
    auto *list = wizard->findChild<QTreeWidget *>(u"restoreDeletedList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, kWorkerTimeoutMs);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0), kCustomers);
    QCOMPARE(item->text(1), QLocale().toString(records));
    QVERIFY2(item->text(2).contains(u"%1.%2"_s.arg(kContacts, kCustomers)), qPrintable(item->text(2)));
    QVERIFY2(item->text(2).contains(u"%1.%2"_s.arg(kDeals, kCustomers)), qPrintable(item->text(2)));
    snap(wizard, u"restore-1-choose"_s);
    next(wizard);

    // 2 Dry run.
    QAbstractButton *restore = wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(restore->isEnabled(), kWorkerTimeoutMs);
    QCOMPARE(wizard->findChild<QLabel *>(u"restoreDryRunRecords"_s)->text(), QLocale().toString(records));
    QVERIFY(wizard->findChild<QLabel *>(u"restoreDryRunSummary"_s)->text().contains(kContacts));
    QCOMPARE(dbId(root, kCustomers), 0);
    snap(wizard, u"restore-2-dryrun"_s);

    // 3 Restore.
    QTest::mouseClick(restore, Qt::LeftButton);
    auto *summary = wizard->findChild<QLabel *>(u"restoreResultSummary"_s);
    auto *error = wizard->findChild<QLabel *>(u"restoreResultError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    snap(wizard, u"restore-3-result"_s);
    const qint64 newId = dbId(root, kCustomers);
    QVERIFY(newId > 0);
    const QString newTable = u"rec_%1"_s.arg(newId);
    QCOMPARE(scalar(production, u"SELECT count(*) FROM "_s + newTable).toLongLong(), records);
    QCOMPARE(scalar(production, u"SELECT sum(rid) FROM "_s + newTable).toLongLong(), ridSum); // original IDs
    // Links from other DBs point at it again.
    const QString linkSql = u"SELECT link_db_id FROM rw_field WHERE db_id = ? AND name = ?"_s;
    const qint64 contacts = dbId(root, kContacts);
    const qint64 deals = dbId(root, kDeals);
    QCOMPARE(scalar(production, linkSql, {contacts, kCustomers}).toLongLong(), newId);
    QCOMPARE(scalar(production, linkSql, {deals, kCustomers}).toLongLong(), newId);
    const auto events = HistoryStore(dir).events();
    QVERIFY(events.ok() && !events->isEmpty());
    QCOMPARE(events->last().kind, u"db-restore"_s);

    // Undo brings production back to how it was: 顧客 deleted again.
    auto *undo = wizard->findChild<QPushButton *>(u"restoreUndoButton"_s);
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    auto *undone = wizard->findChild<QLabel *>(u"restoreUndoStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(undone->isVisible(), kWorkerTimeoutMs);
    QCOMPARE(dbId(root, kCustomers), 0);
    QCOMPARE(scalar(production, linkSql, {contacts, kCustomers}).toLongLong(), oldId);
    QCOMPARE(scalar(production, linkSql, {deals, kCustomers}).toLongLong(), oldId);
    snap(wizard, u"restore-3-undone"_s);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void TestTemplateWizards::reapplySettingsDifferenceFromGeneration()
{
    const QString root = copyOfDemo(u"settings"_s);
    QVERIFY(!root.isEmpty());
    const ConnectionSpec production = Production::readOnly(DataDir(root));
    const qint64 invoices = dbId(root, kInvoices);
    const QString settingSql = u"SELECT count(*) FROM rw_setting WHERE db_id = ? AND name = ?"_s;
    QCOMPARE(scalar(production, settingSql, {invoices, kMonthlyInvoices}).toLongLong(), 0);

    auto window = openWindow(root);
    QVERIFY(window);
    auto *pane = window->findChild<SettingsPane *>(u"settingsPane"_s);
    auto *toggle = window->findChild<QPushButton *>(u"settingsDiffToggle"_s);
    QVERIFY(pane && toggle);
    window->findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(pane);
    selectDb(window.get(), kCustomers);
    QVERIFY(!toggle->isVisible()); // production has nothing to compare with

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QVERIFY(toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    auto *list = window->findChild<QTreeWidget *>(u"settingsDiffList"_s);
    QVERIFY(list->isVisible());

    // 顧客 on Monday lacks "LINE ID": re-applying would delete it, and the question says so. Answer No.
    QTreeWidgetItem *lineId = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((lineId = findTopLevel(list, 1, u"LINE ID"_s)) != nullptr, kWorkerTimeoutMs);
    QCOMPARE(lineId->text(0), u"Field added to production"_s);
    lineId->setCheckState(0, Qt::Checked);
    auto *reapply = window->findChild<QPushButton *>(u"settingsReapplyButton"_s);
    QVERIFY(reapply->isEnabled());
    m_answer = QMessageBox::No;
    QTest::mouseClick(reapply, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().text.contains(u"Warning"_s), qPrintable(m_messages.first().text));
    QVERIFY(m_messages.first().text.contains(u"LINE ID"_s));
    QCOMPARE(scalar(production, u"SELECT count(*) FROM rw_field WHERE name = 'LINE ID'"_s).toLongLong(), 1);

    // 請求 on Monday still has the aggregation deleted on Thursday: put it back.
    m_answer = QMessageBox::Yes;
    m_messages.clear();
    selectDb(window.get(), kInvoices);
    auto *panel = pane->diffPanel();
    const QString monthlyName = u"%1 (%2)"_s.arg(kMonthlyInvoices, settingKindName(SettingKind::Aggregation));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && findTopLevel(list, 1, monthlyName), kWorkerTimeoutMs);
    QTreeWidgetItem *monthly = findTopLevel(list, 1, monthlyName);
    QCOMPARE(monthly->text(0), u"Setting deleted from production"_s);
    QVERIFY(!reapply->isEnabled());
    monthly->setCheckState(0, Qt::Checked);
    list->setCurrentItem(monthly);
    QVERIFY(reapply->isEnabled());
    snap(window.get(), u"settings-diff"_s);
    QTest::mouseClick(reapply, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.first().text.contains(kMonthlyInvoices));
    QVERIFY(!m_messages.first().text.contains(u"Warning"_s));
    auto *result = window->findChild<QLabel *>(u"settingsReapplyResult"_s);
    auto *error = window->findChild<QLabel *>(u"settingsDiffError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(result->isVisible(), qPrintable(error->text()));
    QCOMPARE(scalar(production, settingSql, {invoices, kMonthlyInvoices}).toLongLong(), 1);
    // Compared again: production now matches the generation for that setting.
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kWorkerTimeoutMs);
    QVERIFY(!findTopLevel(list, 1, monthlyName));
    QVERIFY(std::none_of(panel->differences().begin(), panel->differences().end(),
                         [](const SettingsDifference &d) { return d.name == kMonthlyInvoices; }));
    snap(window.get(), u"settings-diff-reapplied"_s);

    // Undo takes it away again.
    QTest::mouseClick(window->findChild<QPushButton *>(u"settingsReapplyUndoButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(u"settingsReapplyUndoStatus"_s)->isVisible(),
                             kWorkerTimeoutMs);
    QCOMPARE(scalar(production, settingSql, {invoices, kMonthlyInvoices}).toLongLong(), 0);
}

void TestTemplateWizards::loadRefusedWhileABackupRuns()
{
    const QString root = copyOfDemo(u"refused"_s);
    QVERIFY(!root.isEmpty());
    TemplateExportOptions options;
    options.env = EnvironmentId::generation(Weekday::Mon);
    options.dbs = {kInvoices};
    options.withRelated = false;
    options.outPath = m_scratch.filePath(u"refused.zip"_s);
    const QString file = makeTemplate(root, options);
    QVERIFY(!file.isEmpty());
    const auto doc = TemplateDocument::read(file);
    QVERIFY(doc.ok() && doc->dbs.size() == 1);
    const QString renamed = u"%1 (2)"_s.arg(kInvoices);

    auto window = openWindow(root);
    QVERIFY(window);
    auto *wizard = openWizard<TemplateImportWizard>(window.get(), u"loadTemplateAction"_s);
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(u"templateFileEdit"_s)->setText(file);
    next(wizard);
    next(wizard);
    auto *action = wizard->findChild<QComboBox *>(u"conflictAction_"_s + doc->dbs.first().key);
    action->setCurrentIndex(action->findData(u"rename"_s));
    next(wizard);
    QAbstractButton *load = wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), kWorkerTimeoutMs);

    // A backup run starts meanwhile.
    BackupRun run{DataDir(root)};
    QVERIFY(run.start());

    QTest::mouseClick(load, Qt::LeftButton);
    auto *error = wizard->findChild<QLabel *>(u"templateLoadError"_s);
    auto *summary = wizard->findChild<QLabel *>(u"templateLoadSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() || summary->isVisible(), kWorkerTimeoutMs);
    QVERIFY(!summary->isVisible());
    QVERIFY2(error->text().contains(u"backup"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(weekdayName(Weekday::Mon)), qPrintable(error->text()));
    QVERIFY(!wizard->findChild<QPushButton *>(u"templateLoadUndoButton"_s)->isVisible());
    auto *retry = wizard->findChild<QPushButton *>(u"templateLoadRetry"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    snap(wizard, u"template-load-5-refused"_s);
    QCOMPARE(dbId(root, renamed), 0);

    // Once the run is over, Try Again loads it.
    QVERIFY(run.finish());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || (error->isVisible() && retry->isVisible()), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    QVERIFY(dbId(root, renamed) > 0);
    wizard->accept();
}

void TestTemplateWizards::reapplyRefusedWhileABackupRuns()
{
    const QString root = copyOfDemo(u"settings-refused"_s);
    QVERIFY(!root.isEmpty());
    const ConnectionSpec production = Production::readOnly(DataDir(root));
    const QString settingSql = u"SELECT count(*) FROM rw_setting WHERE db_id = ? AND name = ?"_s;
    const qint64 invoices = dbId(root, kInvoices);
    auto window = openWindow(root);
    QVERIFY(window);
    auto *pane = window->findChild<SettingsPane *>(u"settingsPane"_s);
    window->findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(pane);
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    selectDb(window.get(), kInvoices);
    QTest::mouseClick(window->findChild<QPushButton *>(u"settingsDiffToggle"_s), Qt::LeftButton);
    auto *list = window->findChild<QTreeWidget *>(u"settingsDiffList"_s);
    const QString monthlyName = u"%1 (%2)"_s.arg(kMonthlyInvoices, settingKindName(SettingKind::Aggregation));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->diffPanel()->isBusy() && findTopLevel(list, 1, monthlyName), kWorkerTimeoutMs);
    findTopLevel(list, 1, monthlyName)->setCheckState(0, Qt::Checked);

    BackupRun run{DataDir(root)};
    QVERIFY(run.start());
    QTest::mouseClick(window->findChild<QPushButton *>(u"settingsReapplyButton"_s), Qt::LeftButton);
    auto *error = window->findChild<QLabel *>(u"settingsDiffError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(error->text().contains(u"backup"_s), qPrintable(error->text()));
    QVERIFY(!window->findChild<QLabel *>(u"settingsReapplyResult"_s)->isVisible());
    QVERIFY(!window->findChild<QPushButton *>(u"settingsReapplyUndoButton"_s)->isVisible());
    QCOMPARE(scalar(production, settingSql, {invoices, kMonthlyInvoices}).toLongLong(), 0);
    // The choice stays, so the same click works once the run is over.
    QVERIFY(window->findChild<QPushButton *>(u"settingsReapplyButton"_s)->isEnabled());
    QVERIFY(run.finish());
    QTest::mouseClick(window->findChild<QPushButton *>(u"settingsReapplyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(u"settingsReapplyResult"_s)->isVisible(), kWorkerTimeoutMs);
    QVERIFY(!error->isVisible());
    QCOMPARE(scalar(production, settingSql, {invoices, kMonthlyInvoices}).toLongLong(), 1);
}

void TestTemplateWizards::restoreKeepsLinksToRecordsDeletedSince()
{
    // Some quotes of the generation link to deals deleted during the week: those values come back as they were.
    const QString root = copyOfDemo(u"restore-dangling"_s);
    QVERIFY(!root.isEmpty());
    const DataDir dir(root);
    const qint64 oldId = dbId(root, kQuotes);
    const qint64 records =
        scalar(GenerationStore(dir).connectionSpec(Weekday::Sun), u"SELECT count(*) FROM rec_%1"_s.arg(oldId))
            .toLongLong();
    QVERIFY(deleteDb(dir, oldId));

    auto window = openWindow(root);
    QVERIFY(window);
    auto *wizard = openWizard<DbRestoreWizard>(window.get(), u"restoreDbAction"_s);
    QVERIFY(wizard);
    // Opened from production: the newest generation is preselected.
    QCOMPARE(wizard->findChild<QComboBox *>(u"restoreGenerationCombo"_s)->currentData().toString(), u"sun"_s);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->findChild<QTreeWidget *>(u"restoreDeletedList"_s)->topLevelItemCount(), 1,
                              kWorkerTimeoutMs);
    next(wizard);
    QAbstractButton *restore = wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(restore->isEnabled(), kWorkerTimeoutMs);
    QTest::mouseClick(restore, Qt::LeftButton);
    auto *summary = wizard->findChild<QLabel *>(u"restoreResultSummary"_s);
    auto *error = wizard->findChild<QLabel *>(u"restoreResultError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    const QString details = wizard->findChild<QLabel *>(u"restoreResultDetails"_s)->text();
    QVERIFY2(details.contains(u"deleted since"_s), qPrintable(details));
    const qint64 newId = dbId(root, kQuotes);
    QCOMPARE(scalar(Production::readOnly(dir), u"SELECT count(*) FROM rec_%1"_s.arg(newId)).toLongLong(), records);
    snap(wizard, u"restore-3-dangling"_s);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

QTEST_MAIN(TestTemplateWizards)
#include "tst_templatewizards.moc"
