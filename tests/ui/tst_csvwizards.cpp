// The CSV export dialog and the CSV import wizard, driven like a user would: the real main window on a
// real demo data folder, widgets found by objectName, message boxes and file dialogs pre-answered,
// results checked through the test's own read-only connections, never on fixed sleeps.

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "CsvExportDialog.h"
#include "CsvImportWizard.h"
#include "DbList.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "backup/GenerationStore.h"
#include "sql/Connection.h"
#include "transfer/CsvImporter.h"
#include "util/I18n.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordTableModel.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
const QDate kToday(2026, 11, 22); // a Sunday: the demo week runs Monday 11-16 … Sunday 11-22
const auto kCustomers = u"顧客"_s;
const auto kContacts = u"担当者"_s;
const auto kQuoteLines = u"見積明細"_s;
constexpr int kWorkerTimeoutMs = 30000;
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 20000;

/// Data records in a CSV file's bytes: line breaks outside quotes, minus the header. Works for UTF-8 and
/// CP932 alike, since neither uses the bytes of '"' or '\n' inside a multibyte character.
qint64 csvRecords(const QByteArray &bytes)
{
    qint64 lines = 0;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++lines;
    return lines - 1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Saves a picture of `widget` when REWIND_SCREENSHOT_DIR is set (for looking at the dialogs by eye).
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}
} // namespace

class TestCsvWizards final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportGenerationAsCp932AndUtf8Bom();
    void exportCurrentSearchResult();
    void exportSelectedRows();
    void cancelledExportLeavesNoFile();
    void importFileErrorsDisableNext_data();
    void importFileErrorsDisableNext();
    void importDetectsShiftJisAndRefusesWrongEncoding();
    void importWizardUpdatesRegistersAndUndoes();
    void importRefusedDuringBackupRun();

private:
    struct Customer
    {
        qint64 rid = 0;
        QString name;
        QString date;
    };

    QString freshDemo(const QString &name, qint64 records = 2000);
    std::unique_ptr<MainWindow> openWindow(const QString &root);
    static void selectDb(MainWindow *window, const QString &name);
    static RecordTableModel *recordModel(MainWindow *window);
    /// Counts through the test's own read-only connection, never through the console.
    static std::optional<Customer> customer(const QString &root, qint64 rid);
    static Customer firstCustomerWithDate(const QString &root);
    static qint64 freeCustomerId(const QString &root);
    CsvExportDialog *openExportDialog(MainWindow *window);
    static bool runExport(CsvExportDialog *dialog);
    CsvImportWizard *openImportWizard(MainWindow *window);
    static void next(QWizard *wizard);

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    std::unique_ptr<QSettings> m_settings;
    QList<MessageBoxes::Request> m_messages;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_fileAnswer;
};

void TestCsvWizards::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path(), 2000, 7, kToday));
    m_settings = std::make_unique<QSettings>(m_scratch.filePath(u"rewind.ini"_s), QSettings::IniFormat);
}

void TestCsvWizards::init()
{
    I18n::install(u"en"_s);
    m_messages.clear();
    m_fileRequests.clear();
    m_fileAnswer.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return request.buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileRequests.append(request);
        return m_fileAnswer;
    });
}

void TestCsvWizards::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
}

QString TestCsvWizards::freshDemo(const QString &name, qint64 records)
{
    const QString root = m_scratch.filePath(name);
    DemoBuilder builder(DataDir(root), DemoOptions{records, 7, kToday});
    return builder.build().ok() ? root : QString();
}

std::unique_ptr<MainWindow> TestCsvWizards::openWindow(const QString &root)
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

void TestCsvWizards::selectDb(MainWindow *window, const QString &name)
{
    auto *list = window->findChild<DbList *>(u"dbList"_s);
    QVERIFY(list);
    QVERIFY(list->selectDb(name));
    QCOMPARE(recordModel(window)->query().db.name, name);
}

RecordTableModel *TestCsvWizards::recordModel(MainWindow *window)
{
    auto *view = window->findChild<QTableView *>(u"recordView"_s);
    return view ? qobject_cast<RecordTableModel *>(view->model()) : nullptr;
}

std::optional<TestCsvWizards::Customer> TestCsvWizards::customer(const QString &root, qint64 rid)
{
    auto connection = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-customer"_s);
    if (!connection)
        return std::nullopt;
    const auto catalog = Catalog::load(connection.value()->db());
    const DbDef *db = catalog ? catalog->dbByName(kCustomers) : nullptr;
    if (!db)
        return std::nullopt;
    QSqlQuery q(connection.value()->db());
    q.prepare(u"SELECT rid, %1, %2 FROM %3 WHERE rid = ?"_s.arg(
        db->fieldByName(u"顧客名"_s)->column(), db->fieldByName(u"取引開始日"_s)->column(), db->table()));
    q.addBindValue(rid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

TestCsvWizards::Customer TestCsvWizards::firstCustomerWithDate(const QString &root)
{
    auto connection = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-first"_s);
    if (!connection)
        return {};
    const auto catalog = Catalog::load(connection.value()->db());
    const DbDef *db = catalog->dbByName(kCustomers);
    QSqlQuery q(connection.value()->db());
    if (!q.exec(u"SELECT rid, %1, %2 FROM %3 WHERE %2 IS NOT NULL ORDER BY rid LIMIT 1"_s.arg(
            db->fieldByName(u"顧客名"_s)->column(), db->fieldByName(u"取引開始日"_s)->column(), db->table())) ||
        !q.next())
        return {};
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

qint64 TestCsvWizards::freeCustomerId(const QString &root)
{
    auto connection = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-free"_s);
    if (!connection)
        return 0;
    const auto catalog = Catalog::load(connection.value()->db());
    QSqlQuery q(connection.value()->db());
    return q.exec(u"SELECT max(rid) + 1000 FROM "_s + catalog->dbByName(kCustomers)->table()) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

CsvExportDialog *TestCsvWizards::openExportDialog(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(u"exportCsvAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    // The button beside the search field triggers the same action.
    auto *button = window->findChild<QToolButton *>(u"exportCsvActionButton"_s);
    if (!button || button->defaultAction() != action)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // A dialog closed earlier may still wait for its deferred delete: take the one on screen.
    for (auto *dialog : window->findChildren<CsvExportDialog *>(u"csvExportDialog"_s)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

bool TestCsvWizards::runExport(CsvExportDialog *dialog)
{
    auto *exportButton = dialog->findChild<QPushButton *>(u"exportButton"_s);
    if (!exportButton || !exportButton->isEnabled())
        return false;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    return true;
}

CsvImportWizard *TestCsvWizards::openImportWizard(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(u"importCsvAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    for (auto *wizard : window->findChildren<CsvImportWizard *>(u"csvImportWizard"_s)) {
        if (wizard->isVisible())
            return wizard;
    }
    return nullptr;
}

void TestCsvWizards::next(QWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && button->isVisible(), kWorkerTimeoutMs);
    const int before = wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), before + 1);
}

void TestCsvWizards::exportGenerationAsCp932AndUtf8Bom()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    selectDb(window.get(), kCustomers);
    const qint64 expected =
        RewindTest::countRecords(GenerationStore(DataDir(m_demo.path())).connectionSpec(Weekday::Mon), kCustomers);
    QVERIFY(expected > 0);

    CsvExportDialog *dialog = openExportDialog(window.get());
    QVERIFY(dialog);
    // The browser's environment and DB are preselected; every field is checked, in order.
    auto *env = dialog->findChild<QComboBox *>(u"exportEnvCombo"_s);
    auto *db = dialog->findChild<QComboBox *>(u"exportDbCombo"_s);
    QCOMPARE(env->currentData().toString(), u"mon"_s);
    QCOMPARE(db->currentText(), kCustomers);
    QVERIFY(dialog->findChild<QRadioButton *>(u"exportScopeAll"_s)->isChecked());
    QVERIFY(dialog->findChild<QCheckBox *>(u"exportFormulaGuard"_s)->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"exportFormulaGuard"_s)->toolTip().isEmpty());
    QCOMPARE(dialog->options().fields.first(), u"顧客名"_s);
    auto *encoding = dialog->findChild<QComboBox *>(u"exportEncodingCombo"_s);
    QCOMPARE(CsvEncoding(encoding->currentData().toInt()), CsvEncoding::Utf8Bom);
    snap(dialog, u"export-dialog"_s);

    // Shift_JIS, the file chosen through the (pre-answered) file dialog.
    const QString cp932Path = m_scratch.filePath(u"mon-customers-cp932.csv"_s);
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Cp932)));
    m_fileAnswer = cp932Path;
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportBrowseButton"_s), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Save);
    QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(u"exportPathEdit"_s)->text()), cp932Path);
    QVERIFY(runExport(dialog));
    auto *result = dialog->findChild<QLabel *>(u"exportResult"_s);
    auto *error = dialog->findChild<QLabel *>(u"exportError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() || error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(result->isVisible(), qPrintable(error->text()));
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(cp932Path)), qPrintable(result->text()));
    snap(dialog, u"export-dialog-done"_s);
    const QByteArray cp932 = readAll(cp932Path);
    QVERIFY(!cp932.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csvRecords(cp932), expected);
    QStringDecoder decoder("Shift_JIS");
    QVERIFY(decoder.isValid());
    const QString decoded = decoder.decode(cp932);
    QVERIFY(!decoder.hasError());
    QVERIFY(decoded.startsWith(u"Record ID,顧客名,"_s));

    // UTF-8 with BOM, the path typed into the field.
    const QString bomPath = m_scratch.filePath(u"mon-customers-bom.csv"_s);
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8Bom)));
    auto *path = dialog->findChild<QLineEdit *>(u"exportPathEdit"_s);
    path->clear();
    QTest::keyClicks(path, bomPath);
    QVERIFY(runExport(dialog));
    // Wait for this export's own outcome: the button comes back a moment before the result is shown.
    QTRY_VERIFY_WITH_TIMEOUT((result->isVisible() && result->text().contains(QDir::toNativeSeparators(bomPath))) ||
                                 error->isVisible(),
                             kWorkerTimeoutMs);
    QVERIFY2(result->isVisible(), qPrintable(error->text()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled(), kWorkerTimeoutMs);
    const QByteArray bom = readAll(bomPath);
    QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bom.mid(3).startsWith(u"Record ID,顧客名,"_s.toUtf8()));
    QCOMPARE(csvRecords(bom), expected);
    QVERIFY(m_messages.isEmpty()); // new files: nothing to confirm
    dialog->close();
}

void TestCsvWizards::exportCurrentSearchResult()
{
    const auto term = u"山田"_s;
    const qint64 all = RewindTest::countRecords(Production::readOnly(DataDir(m_demo.path())), kContacts);
    const qint64 matching = RewindTest::countRecords(Production::readOnly(DataDir(m_demo.path())), kContacts, term);
    QVERIFY(matching > 0);
    QVERIFY(matching < all);

    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    selectDb(window.get(), kContacts);
    CsvExportDialog *dialog = openExportDialog(window.get());
    QVERIFY(dialog);
    // Without a search, the search scope is not offered.
    QVERIFY(!dialog->findChild<QRadioButton *>(u"exportScopeSearch"_s)->isEnabled());
    dialog->close();

    window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(term);
    QTRY_COMPARE_WITH_TIMEOUT(recordModel(window.get())->query().search, term, kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(recordModel(window.get())->rowCount(), int(matching), kUiTimeoutMs);
    dialog = openExportDialog(window.get());
    QVERIFY(dialog);
    auto *scope = dialog->findChild<QRadioButton *>(u"exportScopeSearch"_s);
    QVERIFY(scope->isEnabled());
    QVERIFY2(scope->text().contains(term), qPrintable(scope->text()));
    QTest::mouseClick(scope, Qt::LeftButton, {}, QPoint(8, scope->height() / 2)); // on the indicator
    QVERIFY(scope->isChecked());
    QCOMPARE(dialog->options().search, term);
    const QString out = m_scratch.filePath(u"contacts-yamada.csv"_s);
    dialog->findChild<QLineEdit *>(u"exportPathEdit"_s)->setText(out);
    QVERIFY(runExport(dialog));
    auto *result = dialog->findChild<QLabel *>(u"exportResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() || dialog->findChild<QLabel *>(u"exportError"_s)->isVisible(),
                             kWorkerTimeoutMs);
    QVERIFY(result->isVisible());
    QCOMPARE(csvRecords(readAll(out)), matching);

    // Another DB in the dialog: the browser's search does not apply there.
    dialog->findChild<QComboBox *>(u"exportDbCombo"_s)->setCurrentText(kCustomers);
    QVERIFY(!scope->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(u"exportScopeAll"_s)->isChecked());
    dialog->close();
}

void TestCsvWizards::exportSelectedRows()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    selectDb(window.get(), kCustomers);
    RecordTableModel *model = recordModel(window.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() > 10 && model->data(model->index(9, 0), RecordTableModel::LoadedRole).toBool(), kUiTimeoutMs);
    auto *view = window->findChild<QTableView *>(u"recordView"_s);
    view->selectionModel()->select(QItemSelection(model->index(2, 0), model->index(6, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QList<qint64> expectedIds;
    for (int row = 2; row <= 6; ++row)
        expectedIds.append(model->data(model->index(row, 0), RecordTableModel::RecordIdRole).toLongLong());

    CsvExportDialog *dialog = openExportDialog(window.get());
    QVERIFY(dialog);
    auto *scope = dialog->findChild<QRadioButton *>(u"exportScopeSelection"_s);
    QVERIFY(scope->isEnabled());
    QVERIFY2(scope->text().contains(u"5"_s), qPrintable(scope->text()));
    scope->setChecked(true);
    QCOMPARE(dialog->options().recordIds, expectedIds);
    // Only two fields, the second first.
    auto *fields = dialog->findChild<QListWidget *>(u"fieldList"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"fieldsNoneButton"_s), Qt::LeftButton);
    fields->item(2)->setCheckState(Qt::Checked); // 業種
    fields->item(0)->setCheckState(Qt::Checked); // 顧客名
    fields->setCurrentRow(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"fieldUpButton"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"fieldUpButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->options().fields, (QStringList{u"業種"_s, u"顧客名"_s}));

    const QString out = m_scratch.filePath(u"selected.csv"_s);
    dialog->findChild<QLineEdit *>(u"exportPathEdit"_s)->setText(out);
    QVERIFY(runExport(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(u"exportResult"_s)->isVisible(), kWorkerTimeoutMs);
    const QByteArray bytes = readAll(out);
    QCOMPARE(csvRecords(bytes), 5);
    QVERIFY(bytes.mid(3).startsWith(u"Record ID,業種,顧客名\r\n"_s.toUtf8()) ||
            bytes.mid(3).startsWith(u"Record ID,業種,顧客名\n"_s.toUtf8()));
    dialog->close();
}

void TestCsvWizards::cancelledExportLeavesNoFile()
{
    // Big enough that the exporter passes its first cancel check (every 16384 rows) long before it ends.
    const QString root = freshDemo(u"big"_s, 100000);
    QVERIFY(!root.isEmpty());
    QVERIFY(RewindTest::countRecords(Production::readOnly(DataDir(root)), kQuoteLines) > 30000);
    auto window = openWindow(root);
    QVERIFY(window);
    selectDb(window.get(), kQuoteLines);
    CsvExportDialog *dialog = openExportDialog(window.get());
    QVERIFY(dialog);
    QTemporaryDir out;
    const QString path = out.filePath(u"lines.csv"_s);
    dialog->findChild<QLineEdit *>(u"exportPathEdit"_s)->setText(path);
    QVERIFY(runExport(dialog));
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled()); // no second run meanwhile
    auto *cancel = dialog->findChild<QPushButton *>(u"exportProgressCancel"_s);
    QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"exportError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && error->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(error->text().contains(u"cancelled"_s), qPrintable(error->text()));
    QVERIFY(!dialog->findChild<QLabel *>(u"exportResult"_s)->isVisible());
    QVERIFY(!QFile::exists(path));
    QVERIFY2(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).join(u", "_s)));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled(), kWorkerTimeoutMs);
    dialog->close();
}

void TestCsvWizards::importFileErrorsDisableNext_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a word the message must contain
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("utf-16 with BOM") << QByteArray("\xFF\xFE"
                                                   "R\0e\0c\0,\0",
                                                   10)
                                     << u"UTF-16"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\0\x08\0binary\0\0\x01\x02", 19) << QString();
    QTest::newRow("bytes invalid as UTF-8 and CP932")
        << QByteArray("Record ID,顧客名\n1,\x81\x20\xFF\xFE\n") << QString();
}

void TestCsvWizards::importFileErrorsDisableNext()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    CsvImportWizard *wizard = openImportWizard(window.get());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::FilePage));
    const QString path =
        m_scratch.filePath(u"bad-%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(writeFile(path, bytes));
    auto *error = wizard->findChild<QLabel *>(u"importFileError"_s);
    wizard->findChild<QLineEdit *>(u"importFileEdit"_s)->setText(path);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWorkerTimeoutMs);
    QVERIFY(!error->text().isEmpty());
    if (!expected.isEmpty())
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->findChild<QTableWidget *>(u"importPreviewTable"_s)->rowCount(), 0);
    if (QByteArray(QTest::currentDataTag()) == "utf-16 with BOM")
        snap(wizard, u"import-1-file-error"_s);
    wizard->reject();
}

void TestCsvWizards::importDetectsShiftJisAndRefusesWrongEncoding()
{
    // As Excel's "CSV (comma delimited)" writes it on Japanese Windows, awkward characters included.
    QStringEncoder encoder("Shift_JIS");
    QVERIFY(encoder.isValid());
    const QString text = u"Record ID,顧客名,備考\r\n1,株式会社～テスト①,\"髙橋様へ＼1,000－\"\r\n"_s;
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const QString path = m_scratch.filePath(u"sjis.csv"_s);
    QVERIFY(writeFile(path, bytes));

    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    CsvImportWizard *wizard = openImportWizard(window.get());
    QVERIFY(wizard);
    wizard->findChild<QComboBox *>(u"importDbCombo"_s)->setCurrentText(kCustomers);
    wizard->findChild<QLineEdit *>(u"importFileEdit"_s)->setText(path);
    auto *preview = wizard->findChild<QTableWidget *>(u"importPreviewTable"_s);
    auto *detected = wizard->findChild<QLabel *>(u"importDetectedEncoding"_s);
    auto *error = wizard->findChild<QLabel *>(u"importFileError"_s);
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 1, kWorkerTimeoutMs);
    QVERIFY2(detected->text().contains(csvEncodingName(CsvEncoding::Cp932)), qPrintable(detected->text()));
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), u"顧客名"_s);
    QCOMPARE(preview->item(0, 1)->text(), u"株式会社～テスト①"_s);
    QCOMPARE(preview->item(0, 2)->text(), u"髙橋様へ＼1,000－"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kUiTimeoutMs);

    // Read as UTF-8 on purpose: the page says why it cannot, and Next is disabled.
    auto *encoding = wizard->findChild<QComboBox *>(u"importEncodingCombo"_s);
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8)));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWorkerTimeoutMs);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(preview->rowCount(), 0);

    encoding->setCurrentIndex(0); // detect again
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 1, kWorkerTimeoutMs);
    QVERIFY(!error->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), kUiTimeoutMs);
    wizard->reject();
}

void TestCsvWizards::importWizardUpdatesRegistersAndUndoes()
{
    const QString root = freshDemo(u"import"_s);
    QVERIFY(!root.isEmpty());
    const Customer original = firstCustomerWithDate(root);
    QVERIFY(original.rid > 0 && !original.date.isEmpty());
    const qint64 freeId = freeCustomerId(root);
    QVERIFY(freeId > 0);
    QVERIFY(!customer(root, freeId));
    const qint64 customersBefore = RewindTest::countRecords(Production::readOnly(DataDir(root)), kCustomers);
    const QString changedName = original.name + u"（更新）"_s;

    // One update, one new record with its own ID, one row with an impossible date; as Excel saves it.
    const QString csv = m_scratch.filePath(u"customers-import.csv"_s);
    const QString text = u"Record ID,顧客名,取引開始日\r\n"
                         "%1,%2,%3\r\n"
                         "%4,新規テスト商事,2024/04/01\r\n"
                         ",日付不正株式会社,2024-13-45\r\n"_s.arg(original.rid)
                             .arg(changedName, original.date)
                             .arg(freeId);
    QVERIFY(writeFile(csv, "\xEF\xBB\xBF" + text.toUtf8()));
    const QString rejects = m_scratch.filePath(u"customers-import-rejected.csv"_s);

    auto window = openWindow(root);
    QVERIFY(window);
    selectDb(window.get(), kCustomers);
    RecordTableModel *model = recordModel(window.get());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(customersBefore), kUiTimeoutMs);
    CsvImportWizard *wizard = openImportWizard(window.get());
    QVERIFY(wizard);

    // 1 File: production's DB shown in the browser is preselected; the file is read on a worker.
    QCOMPARE(wizard->findChild<QComboBox *>(u"importDbCombo"_s)->currentText(), kCustomers);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    m_fileAnswer = csv;
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"importBrowseButton"_s), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Open);
    auto *preview = wizard->findChild<QTableWidget *>(u"importPreviewTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 3, kWorkerTimeoutMs);
    QCOMPARE(preview->columnCount(), 3);
    QCOMPARE(preview->item(1, 1)->text(), u"新規テスト商事"_s);
    auto *detected = wizard->findChild<QLabel *>(u"importDetectedEncoding"_s);
    QVERIFY2(detected->text().contains(csvEncodingName(CsvEncoding::Utf8Bom)), qPrintable(detected->text()));
    QVERIFY(!wizard->findChild<QLabel *>(u"importFileError"_s)->isVisible());
    snap(wizard, u"import-1-file"_s);
    next(wizard);

    // 2 Mapping: prefilled from the header.
    auto combo = [wizard](int column) {
        return wizard->findChild<QComboBox *>(u"mappingCombo%1"_s.arg(column));
    };
    QVERIFY(combo(0) && combo(1) && combo(2));
    QCOMPARE(combo(0)->currentData().toString(), CsvImportOptions::kRecordId);
    QCOMPARE(combo(1)->currentData().toString(), u"顧客名"_s);
    QCOMPARE(combo(2)->currentData().toString(), u"取引開始日"_s);
    QVERIFY(wizard->findChild<QLabel *>(u"importMissingFields"_s)->text().contains(u"顧客名カナ"_s));
    // Two columns into one field: Next waits until that is resolved.
    combo(2)->setCurrentIndex(combo(2)->findData(u"顧客名"_s));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(u"importMappingProblem"_s)->isVisible());
    combo(2)->setCurrentIndex(combo(2)->findData(u"取引開始日"_s));
    snap(wizard, u"import-2-mapping"_s);
    next(wizard);

    // 3 Mode: update and register, matched by record ID; a rejects file beside the CSV is suggested.
    QVERIFY(wizard->findChild<QRadioButton *>(u"importModeUpsert"_s)->isChecked());
    QCOMPARE(wizard->findChild<QComboBox *>(u"importKeyCombo"_s)->currentData().toString(), QString());
    auto *rejectsEdit = wizard->findChild<QLineEdit *>(u"importRejectsEdit"_s);
    QCOMPARE(QDir::fromNativeSeparators(rejectsEdit->text()), rejects);
    auto *skip = wizard->findChild<QCheckBox *>(u"importSkipErrors"_s);
    QVERIFY(!skip->isChecked());
    snap(wizard, u"import-3-mode"_s);
    next(wizard);

    // 4 Dry run: runs on entering; errors keep Import disabled.
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::DryRunPage));
    auto *newRows = wizard->findChild<QLabel *>(u"dryRunNew"_s);
    auto *status = wizard->findChild<QLabel *>(u"dryRunStatus"_s);
    QTRY_COMPARE_WITH_TIMEOUT(newRows->text(), u"1"_s, kWorkerTimeoutMs);
    QCOMPARE(wizard->findChild<QLabel *>(u"dryRunUpdated"_s)->text(), u"1"_s);
    QCOMPARE(wizard->findChild<QLabel *>(u"dryRunUnchanged"_s)->text(), u"0"_s);
    QCOMPARE(wizard->findChild<QLabel *>(u"dryRunErrors"_s)->text(), u"1"_s);
    QAbstractButton *importButton = wizard->button(QWizard::CommitButton);
    QVERIFY(importButton->isVisible());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!status->text().isEmpty());
    auto *rowsView = wizard->findChild<QTableView *>(u"dryRunRowsView"_s);
    QCOMPARE(rowsView->model()->rowCount(), 3);
    const QString changes = rowsView->model()->index(0, 3).data().toString();
    QVERIFY2(changes.contains(u"顧客名: %1 → %2"_s.arg(original.name, changedName)), qPrintable(changes));
    QCOMPARE(rowsView->model()->index(1, 2).data().toString(), QString::number(freeId));
    auto *issuesView = wizard->findChild<QTableView *>(u"dryRunIssuesView"_s);
    QCOMPARE(issuesView->model()->rowCount(), 1);
    QCOMPARE(issuesView->model()->index(0, 0).data().toString(), u"3"_s);
    QCOMPARE(issuesView->model()->index(0, 1).data().toString(), u"4"_s); // the header is line 1
    QVERIFY(issuesView->model()->index(0, 2).data().toString().contains(u"取引開始日"_s));
    QCOMPARE(issuesView->model()->index(0, 3).data().toString(), u"取引開始日"_s);
    QVERIFY(!issuesView->model()->index(0, 4).data().toString().isEmpty());
    snap(wizard, u"import-4-dryrun-errors"_s);
    // Nothing was written by the dry run.
    QCOMPARE(customer(root, original.rid)->name, original.name);

    auto *skipHere = wizard->findChild<QCheckBox *>(u"dryRunSkipErrors"_s);
    QVERIFY(skipHere->isVisible());
    QTest::mouseClick(skipHere, Qt::LeftButton);
    QVERIFY(skipHere->isChecked());
    QVERIFY(skip->isChecked()); // the mode page's choice follows
    QVERIFY(importButton->isEnabled());
    wizard->findChild<QTabWidget *>(u"dryRunTabs"_s)->setCurrentWidget(rowsView);
    snap(wizard, u"import-4-dryrun"_s);

    // 5 Result: apply on a worker with the dry run's fingerprint.
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::ResultPage));
    auto *summary = wizard->findChild<QLabel *>(u"importResultSummary"_s);
    auto *resultError = wizard->findChild<QLabel *>(u"importResultError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || resultError->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(resultError->text()));
    QVERIFY2(summary->text().contains(u"1 new, 1 updated, 0 unchanged, 1 skipped"_s), qPrintable(summary->text()));
    const QString details = wizard->findChild<QLabel *>(u"importResultDetails"_s)->text();
    QVERIFY2(details.contains(QDir::toNativeSeparators(rejects)), qPrintable(details));
    QVERIFY(details.contains(u"Restore point"_s));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    snap(wizard, u"import-5-result"_s);

    const auto changed = customer(root, original.rid);
    QVERIFY(changed);
    QCOMPARE(changed->name, changedName);
    QCOMPARE(changed->date, original.date);
    const auto added = customer(root, freeId);
    QVERIFY(added);
    QCOMPARE(added->name, u"新規テスト商事"_s);
    QCOMPARE(added->date, u"2024-04-01"_s);
    QCOMPARE(RewindTest::countRecords(Production::readOnly(DataDir(root)), kCustomers), customersBefore + 1);
    const QString rejected = QString::fromUtf8(readAll(rejects));
    QVERIFY2(rejected.contains(u"日付不正株式会社"_s), qPrintable(rejected));
    QVERIFY(rejected.contains(u"Reason"_s));
    QVERIFY(rejected.contains(u"取引開始日: "_s));
    QVERIFY(!rejected.contains(u"新規テスト商事"_s));
    // The console's record view reads production again.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(customersBefore + 1), kWorkerTimeoutMs);

    // Undo, after a confirmation.
    auto *undo = wizard->findChild<QPushButton *>(u"importUndoButton"_s);
    QVERIFY(undo->isVisible() && undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Question);
    QVERIFY(m_messages.first().text.contains(u"restore point"_s));
    auto *undone = wizard->findChild<QLabel *>(u"importUndoStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(undone->isVisible() || resultError->isVisible(), kWorkerTimeoutMs);
    QVERIFY2(undone->isVisible(), qPrintable(resultError->text()));
    QVERIFY(!undo->isEnabled());
    snap(wizard, u"import-5-undone"_s);
    QCOMPARE(customer(root, original.rid)->name, original.name);
    QVERIFY(!customer(root, freeId));
    QCOMPARE(RewindTest::countRecords(Production::readOnly(DataDir(root)), kCustomers), customersBefore);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(customersBefore), kWorkerTimeoutMs);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<CsvImportWizard *>(u"csvImportWizard"_s), kUiTimeoutMs);
}

void TestCsvWizards::importRefusedDuringBackupRun()
{
    const QString root = freshDemo(u"refused"_s);
    QVERIFY(!root.isEmpty());
    const Customer original = firstCustomerWithDate(root);
    const QString csv = m_scratch.filePath(u"refused.csv"_s);
    QVERIFY(writeFile(csv, u"Record ID,顧客名\n%1,%2 変更\n"_s.arg(original.rid).arg(original.name).toUtf8()));

    auto window = openWindow(root);
    QVERIFY(window);
    selectDb(window.get(), kCustomers);
    CsvImportWizard *wizard = openImportWizard(window.get());
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(u"importFileEdit"_s)->setText(csv);
    next(wizard);
    next(wizard);
    next(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->findChild<QLabel *>(u"dryRunUpdated"_s)->text(), u"1"_s, kWorkerTimeoutMs);
    QAbstractButton *importButton = wizard->button(QWizard::CommitButton);
    QVERIFY(importButton->isEnabled());

    // A backup run starts meanwhile (held the way a running rewindctl backup holds it).
    const DataDir dir(root);
    QLockFile held(dir.backupLockPath());
    QVERIFY(held.tryLock(0));
    QFile state(dir.root() + u"/backup.state"_s);
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(R"({"slot":"mon","startedAt":"2026-11-23T01:00:00","pid":1})");
    state.close();

    QTest::mouseClick(importButton, Qt::LeftButton);
    auto *error = wizard->findChild<QLabel *>(u"importResultError"_s);
    auto *summary = wizard->findChild<QLabel *>(u"importResultSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() || summary->isVisible(), kWorkerTimeoutMs);
    QVERIFY(!summary->isVisible());
    QVERIFY2(error->text().contains(weekdayName(Weekday::Mon)), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"backup"_s), qPrintable(error->text()));
    QVERIFY(!wizard->findChild<QPushButton *>(u"importUndoButton"_s)->isVisible());
    auto *retry = wizard->findChild<QPushButton *>(u"importRetryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    snap(wizard, u"import-5-refused"_s);
    QCOMPARE(customer(root, original.rid)->name, original.name);

    // Once the run is over, Try Again imports.
    held.unlock();
    QVERIFY(QFile::remove(state.fileName()));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible() || (error->isVisible() && !retry->isHidden()), kWorkerTimeoutMs);
    QVERIFY2(summary->isVisible(), qPrintable(error->text()));
    QCOMPARE(customer(root, original.rid)->name, original.name + u" 変更"_s);
    wizard->accept();
}

QTEST_MAIN(TestCsvWizards)
#include "tst_csvwizards.moc"
