// The console window, driven like a user would: real MainWindow on a real demo data folder,
// widgets found by objectName, assertions on models and state, never on fixed sleeps.

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QLockFile>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

#include "TestSupport.h"
#include "ArchivesPane.h"
#include "BackupWindowBanner.h"
#include "DbList.h"
#include "EnvironmentBar.h"
#include "FileDialogs.h"
#include "HistoryModel.h"
#include "HistoryPane.h"
#include "JobStatusBanner.h"
#include "JobStatusIndicator.h"
#include <QComboBox>
#include "MainWindow.h"
#include "RecordTimelineDialog.h"
#include "RecordsPane.h"
#include "SlotSearchDialog.h"
#include "compare/RecordTimeline.h"
#include "MessageBoxes.h"
#include "ReadOnlyBanner.h"
#include "SchedulePane.h"
#include "ScheduleEditor.h"
#include "SettingsPane.h"
#include "SettingsView.h"
#include "UsersPane.h"
#include "access/Access.h"
#include "access/Users.h"
#include "backup/GenerationStore.h"
#include "demo/DemoBuilder.h"
#include "history/HistoryStore.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobRunner.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/RecordTableModel.h"

using namespace Qt::StringLiterals;
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 20000;
using namespace Rewind;

namespace
{
// A Sunday: the simulated week runs Monday 11-16 … Sunday 11-22, so Monday's generation is the
// first one, taken before the demo added the field "LINE ID" to 顧客 on its second day.
const QDate kToday(2026, 11, 22);
const QDate kMonday(2026, 11, 16);
const auto kCustomers = u"顧客"_s;
const auto kContacts = u"担当者"_s;
const auto kQuoteLines = u"見積明細"_s;
const auto kLineIdField = u"LINE ID"_s;

QString dayLabel(const QDate &date)
{
    return u"%1/%2 01:30"_s.arg(date.month()).arg(date.day());
}

/// Translates two strings, to prove every widget retranslates on QEvent::LanguageChange.
class FakeJapanese final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QString key = QLatin1StringView(context) + u"|"_s + QLatin1StringView(sourceText);
        if (key == "Rewind::EnvironmentId|Production"_L1)
            return u"本番"_s;
        if (key == "Rewind::MainWindow|Records"_L1)
            return u"レコード"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void weekdayButtonsShowGenerationDates();
    void removedSlotIsDisabled();
    void switchingEnvironmentChangesRecords();
    void keyboardSelectsEnvironments();
    void bannerOnlyForGenerations();
    void recordViewIsReadOnlyAndSortable();
    void searchNarrowsRows();
    void settingsShowFieldsOfThatDay();
    void settingsNameDeletedLinkTargets();
    void languageSwitchRetranslates();
    void missingProductionSaysWhatToDo();
    void aboutGoesThroughMessageBoxes();
    void workspacePanesReachableByKeyboard();
    void scheduledWorkWritesDueGeneration();
    void followsRunStartedElsewhere();
    void failedRunShowsInBanner();
    void backupRunShowsLockBanner();
    void newDbFromCsvFile();
    void grabEachPane();
    void recordWeekFromAnyRecord();

    // Roles: what the window shows, hides and disables for whom, and core's refusal behind it.
    void managerSeesNoUsersTransfersOrGenerations();
    void supportGetsGenerationsWhenGranted();
    void adminSeesUsersTab();
    void refusedGenerationShowsCoreMessage();
    void everyRoleChangesOwnPassword();
    void lockedUserIsLoggedOut();

private:
    /// The window of the demo's administrator.
    std::unique_ptr<MainWindow> openWindow(const QString &root);
    std::unique_ptr<MainWindow> openWindow(const QString &root, const Clock &clock);
    /// The window of `user`.
    std::unique_ptr<MainWindow> openWindowAs(const QString &root, const Session &user);
    /// A copy of the demo (its users and their logins included) in the scratch folder.
    QString copyOfDemo(const QString &name);
    /// Every weekday button of the environment bar.
    static QList<QToolButton *> weekdayButtons(MainWindow *window);
    /// Counts rows through the test's own read-only connection, never through the console.
    ConnectionSpec productionSpec() const { return Production::readOnly(DataDir(m_demo.path())); }
    static ConnectionSpec productionSpecOf(const DataDir &dir) { return Production::readOnly(dir); }
    ConnectionSpec slotSpec(Weekday day) const { return GenerationStore(DataDir(m_demo.path())).connectionSpec(day); }
    static void selectDb(MainWindow *window, const QString &name);
    static RecordTableModel *recordModel(MainWindow *window);

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    std::unique_ptr<QSettings> m_settings;
    QList<MessageBoxes::Request> m_messages;
    // The demo's users, logged in once into the demo before any copy was made, so every copy holds the
    // logins and the sessions are valid in each of them.
    Session m_admin;
    Session m_support; // no generation grant (the demo's default)
    Session m_manager;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    DemoBuilder builder(DataDir(m_demo.path()), DemoOptions{2000, 7, kToday});
    const auto summary = builder.build();
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().generations, 7);
    m_admin = RewindTest::adminSession(DataDir(m_demo.path()));
    QVERIFY(m_admin.isAdmin());
    m_support = RewindTest::demoSession(DataDir(m_demo.path()), Role::Support);
    QCOMPARE(m_support.role, Role::Support);
    QVERIFY(!m_support.canOpenGenerations);
    m_manager = RewindTest::demoSession(DataDir(m_demo.path()), Role::Manager);
    QCOMPARE(m_manager.role, Role::Manager);
    m_settings = std::make_unique<QSettings>(m_scratch.filePath(u"rewind.ini"_s), QSettings::IniFormat);
}

void TestMainWindow::init()
{
    I18n::install(u"en"_s);
    m_messages.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return QMessageBox::Ok;
    });
}

void TestMainWindow::cleanup()
{
    MessageBoxes::setHandler({});
}

void TestMainWindow::cleanupTestCase()
{
    I18n::install(u"en"_s);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &root)
{
    return openWindowAs(root, m_admin);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindowAs(const QString &root, const Session &user)
{
    auto window = std::make_unique<MainWindow>(DataDir(root), user, m_settings.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QString TestMainWindow::copyOfDemo(const QString &name)
{
    const QString root = m_scratch.filePath(name);
    return RewindTest::copyFolder(m_demo.path(), root) ? root : QString();
}

QList<QToolButton *> TestMainWindow::weekdayButtons(MainWindow *window)
{
    QList<QToolButton *> buttons;
    for (Weekday day : kAllWeekdays) {
        if (auto *button = window->findChild<QToolButton *>(u"env_"_s + weekdayKey(day)))
            buttons.append(button);
    }
    return buttons;
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &root, const Clock &clock)
{
    auto window = std::make_unique<MainWindow>(DataDir(root), clock, m_admin, m_settings.get());
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::selectDb(MainWindow *window, const QString &name)
{
    auto *list = window->findChild<DbList *>(u"dbList"_s);
    QVERIFY(list);
    const auto items = list->findItems(name, Qt::MatchExactly, 0);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    QCOMPARE(list->currentItem(), items.first());
}

RecordTableModel *TestMainWindow::recordModel(MainWindow *window)
{
    auto *view = window->findChild<QTableView *>(u"recordView"_s);
    return view ? qobject_cast<RecordTableModel *>(view->model()) : nullptr;
}

void TestMainWindow::weekdayButtonsShowGenerationDates()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QVERIFY(window->findChild<EnvironmentBar *>(u"environmentBar"_s));
    auto *production = window->findChild<QToolButton *>(u"env_production"_s);
    QVERIFY(production);
    QVERIFY(production->isEnabled());
    QVERIFY(production->isChecked());
    for (Weekday day : kAllWeekdays) {
        auto *button = window->findChild<QToolButton *>(u"env_"_s + weekdayKey(day));
        QVERIFY2(button, qPrintable(weekdayKey(day)));
        const QDate date = kMonday.addDays(int(day) - 1);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QVERIFY2(button->text().contains(dayLabel(date)), qPrintable(button->text()));
        QVERIFY(button->text().startsWith(weekdayShortName(day)));
        QVERIFY(!button->isChecked());
        QVERIFY(button->toolTip().contains(QString::number(date.year())));
    }
}

void TestMainWindow::removedSlotIsDisabled()
{
    const QString root = m_scratch.filePath(u"removed-slot"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    auto window = openWindow(root);
    QVERIFY(window);
    auto *wednesday = window->findChild<QToolButton *>(u"env_wed"_s);
    auto *thursday = window->findChild<QToolButton *>(u"env_thu"_s);
    auto *production = window->findChild<QToolButton *>(u"env_production"_s);
    auto *banner = window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s);
    QVERIFY(wednesday && thursday && production && banner);
    QTest::mouseClick(wednesday, Qt::LeftButton);
    QVERIFY(wednesday->isChecked());
    QVERIFY(banner->isVisible());

    // Explicit refresh (View > Refresh Generations).
    QVERIFY(QFile::remove(DataDir(root).slotPath(Weekday::Wed)));
    auto *bar = window->findChild<EnvironmentBar *>(u"environmentBar"_s);
    QSignalSpy refreshed(bar, &EnvironmentBar::refreshed);
    bar->refresh();
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(!wednesday->isEnabled());
    QVERIFY(!wednesday->text().contains(dayLabel(kMonday.addDays(2))));
    QVERIFY(!wednesday->toolTip().isEmpty());
    // The generation on screen went away: the window falls back to production.
    QVERIFY(production->isChecked());
    QVERIFY(!banner->isVisible());

    // Without being asked: the folder watcher notices a run (or a person) changing the slots.
    QVERIFY(thursday->isEnabled());
    QVERIFY(QFile::remove(DataDir(root).slotPath(Weekday::Thu)));
    QTRY_VERIFY_WITH_TIMEOUT(!thursday->isEnabled(), 10000);
    QVERIFY(window->findChild<QToolButton *>(u"env_fri"_s)->isEnabled());
}

void TestMainWindow::switchingEnvironmentChangesRecords()
{
    const qint64 inProduction = RewindTest::countRecords(productionSpec(), kQuoteLines);
    const qint64 onMonday = RewindTest::countRecords(slotSpec(Weekday::Mon), kQuoteLines);
    QVERIFY(inProduction > 0);
    QVERIFY(onMonday > 0);
    QVERIFY2(inProduction != onMonday, "the demo week should change the number of quote lines");

    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    selectDb(window.get(), kQuoteLines);
    RecordTableModel *model = recordModel(window.get());
    QVERIFY(model);
    auto *label = window->findChild<QLabel *>(u"rowCountLabel"_s);
    QVERIFY(label);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(inProduction), kUiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact(), kUiTimeoutMs);
    QTRY_VERIFY2(label->text().contains(QLocale().toString(inProduction)), qPrintable(label->text()));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QCOMPARE(model->query().spec.path, DataDir(m_demo.path()).slotPath(Weekday::Mon));
    QCOMPARE(model->query().spec.mode, ConnectionSpec::Mode::Immutable);
    // The selected DB stays selected across environments.
    QCOMPARE(model->query().db.name, kQuoteLines);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(onMonday), kUiTimeoutMs);
    QTRY_VERIFY2(label->text().contains(QLocale().toString(onMonday)), qPrintable(label->text()));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_production"_s), Qt::LeftButton);
    QCOMPARE(model->query().spec.mode, ConnectionSpec::Mode::ReadOnly);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(inProduction), kUiTimeoutMs);
}

void TestMainWindow::keyboardSelectsEnvironments()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QToolButton *>(u"env_wed"_s)->isChecked(), kUiTimeoutMs);
    QVERIFY(window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s)->isVisible());
    QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QToolButton *>(u"env_production"_s)->isChecked(), kUiTimeoutMs);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLineEdit *>(u"searchEdit"_s)->hasFocus(), kUiTimeoutMs);
}

void TestMainWindow::bannerOnlyForGenerations()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    auto *banner = window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(weekdayName(Weekday::Mon)), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"2026-11-16 01:30"_s), qPrintable(banner->text()));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_sun"_s), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"2026-11-22"_s), qPrintable(banner->text()));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_production"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::recordViewIsReadOnlyAndSortable()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    auto *view = window->findChild<QTableView *>(u"recordView"_s);
    QVERIFY(view);
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(view->isSortingEnabled());

    for (const QString &env : {u"env_production"_s, u"env_tue"_s}) {
        QTest::mouseClick(window->findChild<QToolButton *>(env), Qt::LeftButton);
        selectDb(window.get(), kCustomers);
        RecordTableModel *model = recordModel(window.get());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 &&
                                     model->data(model->index(0, 0), RecordTableModel::LoadedRole).toBool(),
                                 kUiTimeoutMs);
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!(model->flags(model->index(row, column)) & Qt::ItemIsEditable));
        }
        // A double click selects, it never opens an editor.
        const QModelIndex cell = model->index(0, 1);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QVERIFY(view->viewport()->findChildren<QLineEdit *>().isEmpty());
    }

    // Clicking a header sorts through the model.
    RecordTableModel *model = recordModel(window.get());
    QHeaderView *header = view->horizontalHeader();
    const int column = 1;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(model->query().sortColumn, column, kUiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() > 0 && model->data(model->index(0, 0), RecordTableModel::LoadedRole).toBool(), kUiTimeoutMs);
}

void TestMainWindow::searchNarrowsRows()
{
    const auto term = u"山田"_s;
    const qint64 all = RewindTest::countRecords(productionSpec(), kContacts);
    const qint64 matching = RewindTest::countRecords(productionSpec(), kContacts, term);
    QVERIFY(matching > 0);
    QVERIFY(matching < all);

    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    selectDb(window.get(), kContacts);
    RecordTableModel *model = recordModel(window.get());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(all), kUiTimeoutMs);

    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    // Japanese is typed through an input method: commit the converted text as an IME would.
    search->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(term);
    QApplication::sendEvent(search, &commit);
    QCOMPARE(search->text(), term);
    QTRY_COMPARE_WITH_TIMEOUT(model->query().search, term, kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(matching), kUiTimeoutMs);
    auto *label = window->findChild<QLabel *>(u"rowCountLabel"_s);
    QTRY_VERIFY2(label->text().contains(QLocale().toString(matching)), qPrintable(label->text()));

    // The search stays applied when looking at another day.
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QCOMPARE(model->query().search, term);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(RewindTest::countRecords(slotSpec(Weekday::Mon), kContacts, term)),
                              kUiTimeoutMs);

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(RewindTest::countRecords(slotSpec(Weekday::Mon), kContacts)),
                              kUiTimeoutMs);
}

void TestMainWindow::settingsShowFieldsOfThatDay()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"mainTabs"_s);
    auto *settings = window->findChild<SettingsView *>(u"settingsView"_s);
    auto *pane = window->findChild<SettingsPane *>(u"settingsPane"_s);
    QVERIFY(tabs && settings && pane);
    selectDb(window.get(), kCustomers);
    tabs->setCurrentWidget(pane);
    QVERIFY(settings->isVisible());
    auto hasField = [settings](const QString &name) {
        return !settings->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty();
    };
    QVERIFY(hasField(u"顧客名"_s));
    QVERIFY(hasField(kLineIdField));
    // Setting kinds and their definitions are listed too.
    QVERIFY(hasField(u"有効な顧客"_s));
    QVERIFY(hasField(u"columns"_s));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QVERIFY(hasField(u"顧客名"_s));
    QVERIFY(!hasField(kLineIdField));

    QTest::mouseClick(window->findChild<QToolButton *>(u"env_tue"_s), Qt::LeftButton);
    QVERIFY(hasField(kLineIdField));

    // Links in and out: 担当者 links to 顧客.
    selectDb(window.get(), kContacts);
    const auto linkTargets = settings->findItems(u"→ %1"_s.arg(kCustomers), Qt::MatchExactly | Qt::MatchRecursive, 1);
    QVERIFY(!linkTargets.isEmpty());
}

void TestMainWindow::settingsNameDeletedLinkTargets()
{
    Catalog catalog;
    DbDef db;
    db.id = 1;
    db.name = u"案件"_s;
    FieldDef link;
    link.id = 10;
    link.dbId = 1;
    link.name = u"顧客"_s;
    link.type = FieldType::Link;
    link.linkDbId = 42;
    db.fields.append(link);
    catalog.dbs.append(db);

    SettingsView view;
    view.showDb(catalog, 1);
    const auto items = view.findItems(u"(deleted DB #42)"_s, Qt::MatchExactly | Qt::MatchRecursive, 1);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->parent()->text(0), u"顧客"_s);
}

void TestMainWindow::languageSwitchRetranslates()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    auto *production = window->findChild<QToolButton *>(u"env_production"_s);
    auto *tabs = window->findChild<QTabWidget *>(u"mainTabs"_s);
    QCOMPARE(production->text(), u"Production"_s);
    QCOMPARE(tabs->tabText(0), u"Records"_s);
    selectDb(window.get(), kCustomers);
    RecordTableModel *model = recordModel(window.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() > 0 && model->data(model->index(0, 0), RecordTableModel::LoadedRole).toBool(), kUiTimeoutMs);
    const QModelIndex created = model->index(0, model->columnCount() - 2);
    const QString createdInEnglish = model->data(created).toString();

    // The menu: installs the language, remembers it, and every label follows.
    auto *japanese = window->findChild<QAction *>(u"language_ja"_s);
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(I18n::current(), u"ja"_s);
    QVERIFY(japanese->isChecked());
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"ja"_s);
    QTRY_COMPARE_WITH_TIMEOUT(production->text(), QCoreApplication::translate("Rewind::EnvironmentId", "Production"),
                              kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(0), QCoreApplication::translate("Rewind::MainWindow", "Records"),
                              kUiTimeoutMs);
    QVERIFY(window->findChild<QToolButton *>(u"env_mon"_s)->text().startsWith(weekdayShortName(Weekday::Mon)));
    // Dates follow the locale whatever the state of the translation files.
    QVERIFY(model->data(created).toString() != createdInEnglish);

    // Retranslation itself, independent of what rewind_ja.ts holds today: a translator that knows two strings.
    FakeJapanese fake;
    QVERIFY(QCoreApplication::installTranslator(&fake));
    QTRY_COMPARE_WITH_TIMEOUT(production->text(), u"本番"_s, kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(0), u"レコード"_s, kUiTimeoutMs);
    QVERIFY(QCoreApplication::removeTranslator(&fake));

    window->findChild<QAction *>(u"language_en"_s)->trigger();
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"en"_s);
    QTRY_COMPARE_WITH_TIMEOUT(production->text(), u"Production"_s, kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(0), u"Records"_s, kUiTimeoutMs);
    QCOMPARE(model->data(created).toString(), createdInEnglish);
}

void TestMainWindow::missingProductionSaysWhatToDo()
{
    const QString root = m_scratch.filePath(u"empty"_s);
    auto window = openWindow(root);
    QVERIFY(window);
    auto *message = window->findChild<QLabel *>(u"environmentMessage"_s);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"--demo"_s), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"rewindctl"_s), qPrintable(message->text()));
    for (Weekday day : kAllWeekdays)
        QVERIFY(!window->findChild<QToolButton *>(u"env_"_s + weekdayKey(day))->isEnabled());
    QVERIFY(!window->findChild<QWidget *>(u"recordView"_s)->isVisible());
    QVERIFY(m_messages.isEmpty()); // shown in the window, not in a dialog

    // Once a workspace is there, View > Refresh opens it.
    DemoBuilder builder(DataDir(root), DemoOptions{300, 3, kToday});
    QVERIFY(builder.build().ok());
    auto *refresh = window->findChild<QAction *>(u"refreshAction"_s);
    QVERIFY(refresh);
    refresh->trigger();
    QVERIFY(!message->isVisible());
    QVERIFY(window->findChild<QWidget *>(u"recordView"_s)->isVisible());
    QVERIFY(window->findChild<DbList *>(u"dbList"_s)->topLevelItemCount() > 0);
    for (Weekday day : kAllWeekdays)
        QVERIFY(window->findChild<QToolButton *>(u"env_"_s + weekdayKey(day))->isEnabled());
}

void TestMainWindow::aboutGoesThroughMessageBoxes()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QAction *about = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(!m_messages.first().title.isEmpty());
    QVERIFY(m_messages.first().text.contains(QDir::toNativeSeparators(m_demo.path())));
}

void TestMainWindow::workspacePanesReachableByKeyboard()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *tabs = window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->tabText(0), u"Browse"_s);
    QCOMPARE(tabs->tabText(1), u"Archives"_s);
    QCOMPARE(tabs->tabText(2), u"Schedule"_s);
    QCOMPARE(tabs->tabText(3), u"History"_s);
    QCOMPARE(tabs->tabText(4), u"Compare"_s);
    QCOMPARE(tabs->tabText(5), u"Users"_s); // the administrator's window: adminSeesUsersTab()
    auto *archives = qobject_cast<ArchivesPane *>(tabs->widget(1));
    auto *schedule = qobject_cast<SchedulePane *>(tabs->widget(2));
    auto *history = qobject_cast<HistoryPane *>(tabs->widget(3));
    QVERIFY(archives && schedule && history);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Browse);
    QVERIFY(window->findChild<QWidget *>(u"recordView"_s)->isVisible());

    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(schedule->isVisible(), kUiTimeoutMs);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Schedule);
    // Shown means read: the daily generation line is filled in.
    QVERIFY(!window->findChild<QLabel *>(u"dailyNext"_s)->text().isEmpty());
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(archives->isVisible(), kUiTimeoutMs);
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(history->isVisible(), kUiTimeoutMs);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->widget(4)->isVisible(), kUiTimeoutMs);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Compare);

    // Alt+digit still picks an environment from another pane, and shows it.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentPane(), MainWindow::Pane::Browse, kUiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QToolButton *>(u"env_tue"_s)->isChecked(), kUiTimeoutMs);
    // On Browse the environment buttons take the keys themselves (no ambiguous shortcut).
    QTest::keyClick(window.get(), Qt::Key_0, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QToolButton *>(u"env_production"_s)->isChecked(), kUiTimeoutMs);

    // Find goes back to Browse from anywhere.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(schedule->isVisible(), kUiTimeoutMs);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLineEdit *>(u"searchEdit"_s)->hasFocus(), kUiTimeoutMs);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Browse);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Browse);

    // No scheduled work unless asked for.
    QVERIFY(!window->jobMonitor());
}

void TestMainWindow::scheduledWorkWritesDueGeneration()
{
    const QString root = m_scratch.filePath(u"scheduled-work"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    // Monday 09:00, the day after the demo's last day: Monday's 01:00 generation did not happen.
    const QDateTime now(kToday.addDays(1), QTime(9, 0));
    ManualClock clock(now);
    auto window = openWindow(root, clock);
    QVERIFY(window);
    auto *indicator = window->findChild<JobStatusIndicator *>(u"jobStatus"_s);
    auto *bar = window->findChild<QProgressBar *>(u"jobStatusBar"_s);
    auto *jobBanner = window->findChild<JobStatusBanner *>(u"jobBanner"_s);
    auto *monday = window->findChild<QToolButton *>(u"env_mon"_s);
    QVERIFY(indicator && bar && jobBanner && monday);
    QVERIFY(monday->text().contains(dayLabel(kMonday)));
    QVERIFY(!indicator->isVisible());
    QVERIFY(!jobBanner->isVisible());

    window->startScheduledWork();
    JobMonitor *monitor = window->jobMonitor();
    QVERIFY(monitor);
    // start() checked at once: the run started here, and the missed run is in the banner.
    QVERIFY(indicator->isVisible());
    QVERIFY(jobBanner->isVisible());
    QVERIFY2(jobBanner->text().contains(u"did not run"_s), qPrintable(jobBanner->text()));
    QVERIFY2(jobBanner->text().contains(u"2026-11-23 01:00"_s), qPrintable(jobBanner->text()));

    QStringList shown;
    QList<int> percents;
    connect(monitor, &JobMonitor::progress, this, [&] {
        shown.append(indicator->isVisible() ? indicator->text() : QString());
        percents.append(bar->value());
    });
    QSignalSpy finished(monitor, &JobMonitor::runFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiTimeoutMs);

    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.first().startsWith(u"Writing Monday's generation… "_s), qPrintable(shown.join(u" | "_s)));
    QVERIFY2(shown.contains(u"Writing Monday's generation… 40%"_s), qPrintable(shown.join(u" | "_s)));
    QVERIFY(percents.contains(40));
    QCOMPARE(percents.last(), 100);
    // Then finished: the line is gone, the status bar says what was done, and the new generation shows.
    QVERIFY(!indicator->isVisible());
    const QStringList done = finished.first().at(0).toStringList();
    QCOMPARE(done, QStringList{u"Monday's generation written and verified."_s});
    QCOMPARE(window->statusBar()->currentMessage(), done.first());
    const GenerationInfo info = GenerationStore(DataDir(root)).info(Weekday::Mon);
    QVERIFY(info.manifest);
    QCOMPARE(info.manifest->takenAt, now);
    QVERIFY2(monday->text().contains(u"11/23 09:00"_s), qPrintable(monday->text()));
    QVERIFY(monday->isEnabled());
    // Every pane read again, also one not shown since the window opened.
    auto events = HistoryStore(DataDir(root)).events(); // in the order recorded
    QVERIFY(events.ok());
    QCOMPARE(window->findChild<HistoryPane *>()->model()->rowCount(), int(events->size()));
    QCOMPARE(events->last().kind, QString::fromLatin1(HistoryKind::GenerationRun));
    // The banner keeps the missed run and says it was caught up, until dismissed.
    QVERIFY2(jobBanner->text().contains(done.first()), qPrintable(jobBanner->text()));
    QTest::mouseClick(window->findChild<QToolButton *>(u"jobBannerDismiss"_s), Qt::LeftButton);
    QVERIFY(!jobBanner->isVisible());

    // Nothing more is due: a later check starts nothing.
    QSignalSpy started(monitor, &JobMonitor::runStarted);
    monitor->checkNow();
    QCOMPARE(started.size(), 0);
    QVERIFY(!monitor->isBusy());
}

void TestMainWindow::followsRunStartedElsewhere()
{
    const QString rewindctl = qEnvironmentVariable("REWINDCTL");
    if (rewindctl.isEmpty())
        QSKIP("REWINDCTL is not set (ctest sets it)");
    const QString root = m_scratch.filePath(u"run-elsewhere"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    const DataDir dir(root);
    // The window's clock: Sunday noon, after Sunday's generation: nothing is due for this console.
    ManualClock clock(QDateTime(kToday, QTime(12, 0)));
    auto due = JobRunner(dir, clock).due();
    QVERIFY(due.ok());
    QVERIFY(!due->generation && !due->archive);

    auto window = openWindow(root, clock);
    QVERIFY(window);
    window->startScheduledWork(50);
    JobMonitor *monitor = window->jobMonitor();
    QVERIFY(monitor);
    QVERIFY(!monitor->isBusy());
    auto *indicator = window->findChild<JobStatusIndicator *>(u"jobStatus"_s);
    QStringList shown;
    connect(monitor, &JobMonitor::runStarted, this, [&] { shown.append(indicator->text()); });
    connect(monitor, &JobMonitor::progress, this, [&] { shown.append(indicator->text()); });
    QSignalSpy started(monitor, &JobMonitor::runStarted);
    QSignalSpy finished(monitor, &JobMonitor::runFinished);

    // The timer's run, in another process, on Monday 03:00: Monday's generation is due there.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REWIND_CLOCK"_s, u"2026-11-23T03:00:00"_s);
    process.setProcessEnvironment(env);
    process.start(rewindctl, {u"--data-dir"_s, root, u"--lang"_s, u"en"_s, u"run-due"_s});
    QVERIFY2(process.waitForStarted(kUiTimeoutMs), qPrintable(process.errorString()));
    const qint64 childPid = process.processId();
    // The monitor's timer looks every 50 ms; the run holds its lock for only ~0.1 s on a small demo, so
    // also look the moment the lock appears (as a timer tick landing then would) rather than hope a tick
    // lands inside that window on a loaded machine. Polled without an event loop: nothing else runs.
    QDeadlineTimer deadline(kUiTimeoutMs);
    qint64 pid = 0;
    while (!JobRunner::runningElsewhere(dir, &pid) && process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QThread::usleep(200);
    if (started.isEmpty())
        monitor->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, kUiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kUiTimeoutMs);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(output.contains(u"Monday's generation written and verified."_s), qPrintable(output));
    QVERIFY2(pid == childPid, "the run's lock was not seen while it ran");

    // The window followed it: started elsewhere, then finished (with no lines: they are the other process's).
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toBool(), true);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), u"A run started by the timer is in progress"_s);
    // Its live progress, read from the run's socket (the latest report at least, sent on connecting). The
    // reports do not name the slot; the window reads it from backup.state, which is gone again when the
    // reports are handled only after the run (a loaded machine), so the day is not asserted.
    const QRegularExpression progressLine(
        u"^A run started by the timer is writing (Monday's|the daily) generation… \\d+%$"_s);
    QVERIFY2(progressLine.match(shown.last()).hasMatch(), qPrintable(shown.join(u" | "_s)));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!indicator->isVisible());
    QCOMPARE(window->statusBar()->currentMessage(),
             u"The run started by the timer has finished; the History tab shows what it did."_s);
    // And shows what it wrote.
    QTRY_VERIFY2_WITH_TIMEOUT(window->findChild<QToolButton *>(u"env_mon"_s)->text().contains(u"11/23 03:00"_s),
                              qPrintable(window->findChild<QToolButton *>(u"env_mon"_s)->text()), kUiTimeoutMs);
    QVERIFY(!monitor->isBusy());
}

void TestMainWindow::failedRunShowsInBanner()
{
    const QString root = m_scratch.filePath(u"failed-run"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    ManualClock clock(QDateTime(kToday.addDays(1), QTime(9, 0)));
    auto window = openWindow(root, clock);
    QVERIFY(window);
    auto *jobBanner = window->findChild<JobStatusBanner *>(u"jobBanner"_s);
    QVERIFY(jobBanner);
    // The run fails after copying, as an I/O error would (core's test hook, read by the worker).
    qputenv("REWIND_FAULT", "verified:fail");
    window->startScheduledWork();
    QSignalSpy finished(window->jobMonitor(), &JobMonitor::runFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiTimeoutMs);
    qunsetenv("REWIND_FAULT");

    const QStringList failures = finished.first().at(2).toStringList();
    QCOMPARE(failures.size(), 1);
    QVERIFY(finished.first().at(0).toStringList().isEmpty());
    QVERIFY(jobBanner->isVisible());
    QVERIFY(jobBanner->hasFailures());
    QVERIFY2(jobBanner->text().startsWith(u"Scheduled work failed:\n  • "_s + failures.first()),
             qPrintable(jobBanner->text()));
    QVERIFY2(jobBanner->text().contains(u"did not run"_s), qPrintable(jobBanner->text())); // still missed
    QCOMPARE(window->statusBar()->currentMessage(), u"Scheduled work failed; see the banner above."_s);
    QVERIFY(!window->findChild<JobStatusIndicator *>(u"jobStatus"_s)->isVisible());
    // Monday keeps its previous generation.
    QVERIFY(window->findChild<QToolButton *>(u"env_mon"_s)->text().contains(dayLabel(kMonday)));
    QTest::mouseClick(window->findChild<QToolButton *>(u"jobBannerDismiss"_s), Qt::LeftButton);
    QVERIFY(!jobBanner->isVisible());
    QVERIFY(jobBanner->text().isEmpty());
}

void TestMainWindow::backupRunShowsLockBanner()
{
    const QString root = m_scratch.filePath(u"backup-window"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    const DataDir dir(root);
    auto window = openWindow(root);
    QVERIFY(window);
    auto *banner = window->findChild<BackupWindowBanner *>(u"backupWindowBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto writeState = [&] {
        QFile state(dir.root() + u"/backup.state"_s);
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"slot":"mon","startedAt":"2026-11-23T01:00:00.000"})");
    };
    {
        // A run of this process (the console's own scheduled work) holds the lock, as tests simulate a run.
        QLockFile held(dir.backupLockPath());
        QVERIFY(held.tryLock(0));
        writeState();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"Monday's generation"_s),
                                 kUiTimeoutMs);
        const QString text = banner->text();
        QVERIFY2(text.startsWith(u"A backup run is writing Monday's generation (since "_s), qPrintable(text));
        QVERIFY2(text.contains(u"expected to end about "_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"field changes, aggregation and workflow settings, templates, creating DBs from files "
                          "and deleting all records are locked; reading, record edits and CSV export keep working."_s),
            qPrintable(text));
        QVERIFY(!window->findChild<QToolButton *>(u"env_mon"_s)->isEnabled()); // the same read disables the slot
        QVERIFY(QFile::remove(dir.root() + u"/backup.state"_s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kUiTimeoutMs);
    QVERIFY(banner->text().isEmpty());

    // A run started by another process (the timer's rewindctl): the lock names that live process.
    QProcess child;
    child.start(u"sleep"_s, {u"120"_s});
    QVERIFY(child.waitForStarted());
    {
        QFile lock(dir.backupLockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(child.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    writeState();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"Monday's generation"_s), kUiTimeoutMs);
    // It ends: the process goes and its lock with it.
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(QFile::remove(dir.backupLockPath()));
    QVERIFY(QFile::remove(dir.root() + u"/backup.state"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kUiTimeoutMs);
}

void TestMainWindow::newDbFromCsvFile()
{
    const QString root = m_scratch.filePath(u"new-db"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    const DataDir dir(root);
    const QString csv = m_scratch.filePath(u"仕入先.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("会社,電話\n山田商店,03-1234-5678\n鈴木物産,06-0000-0000\n");
    }
    auto window = openWindow(root);
    QVERIFY(window);
    QStringList asked;
    FileDialogs::setHandler([&](const FileDialogs::Request &request) {
        asked.append(request.caption);
        return csv;
    });
    auto *action = window->findChild<QAction *>(u"newDbFromCsvAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    auto createFrom = [&](const QString &name) {
        action->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<QInputDialog *>(u"newDbNameDialog"_s)), kUiTimeoutMs);
        QCOMPARE(dialog->textValue(), u"仕入先"_s); // the file's name, as a start
        dialog->setTextValue(name);
        dialog->accept();
    };

    // While a run holds the lock: refused, in a message saying why and until when.
    {
        QLockFile held(dir.backupLockPath());
        QVERIFY(held.tryLock(0));
        createFrom(u"仕入先"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_messages.size(), 1, kUiTimeoutMs);
        QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
        QVERIFY2(m_messages.first().text.startsWith(u"Creating a DB from a CSV file is not possible right now"_s),
                 qPrintable(m_messages.first().text));
    }
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kUiTimeoutMs);
    QCOMPARE(RewindTest::countRecords(productionSpecOf(dir), u"仕入先"_s), qint64(-1));

    // Afterwards: made, shown in the DB list, and the message says how to undo it.
    m_messages.clear();
    createFrom(u"仕入先"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_messages.size(), 1, kUiTimeoutMs);
    FileDialogs::setHandler({});
    QCOMPARE(m_messages.first().icon, QMessageBox::Information);
    QVERIFY2(m_messages.first().text.contains(u"2 fields, 2 records"_s) &&
                 m_messages.first().text.contains(u"rewindctl undo-import"_s),
             qPrintable(m_messages.first().text));
    QCOMPARE(asked, (QStringList{u"New DB from CSV File"_s, u"New DB from CSV File"_s}));
    QCOMPARE(RewindTest::countRecords(productionSpecOf(dir), u"仕入先"_s), qint64(2));
    auto *list = window->findChild<DbList *>(u"dbList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(u"仕入先"_s, Qt::MatchExactly, 0).isEmpty(), kUiTimeoutMs);
}

void TestMainWindow::recordWeekFromAnyRecord()
{
    const QString root = copyOfDemo(u"week"_s);
    QVERIFY(!root.isEmpty());
    auto window = openWindow(root);
    QVERIFY(window);
    auto *week = window->findChild<QAction *>(u"recordTimelineAction"_s);
    auto *find = window->findChild<QAction *>(u"slotSearchAction"_s);
    QVERIFY(week && find);
    QVERIFY(week->isVisible() && find->isVisible() && find->isEnabled());
    QCOMPARE(week->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));

    // From a record of Tuesday's generation and from one of production: the week of that record.
    auto *view = window->findChild<QTableView *>(u"recordView"_s);
    for (const QString &env : {u"env_tue"_s, u"env_production"_s}) {
        QTest::mouseClick(window->findChild<QToolButton *>(env), Qt::LeftButton);
        selectDb(window.get(), kCustomers);
        RecordTableModel *model = recordModel(window.get());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 &&
                                     model->data(model->index(0, 0), RecordTableModel::LoadedRole).toBool(),
                                 kUiTimeoutMs);
        QVERIFY(week->isEnabled());
        // Nothing selected: the status bar says what to do, no dialog.
        view->clearSelection();
        week->trigger();
        QVERIFY(!window->findChild<RecordTimelineDialog *>());
        view->selectRow(2);
        const qint64 rid = window->findChild<RecordsPane *>()->selectedRecordIds().value(0);
        QVERIFY(rid > 0);
        if (env == u"env_tue"_s)
            QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
        else
            week->trigger();
        auto *dialog = window->findChild<RecordTimelineDialog *>();
        QVERIFY2(dialog, qPrintable(env));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->timeline(), kUiTimeoutMs);
        QCOMPARE(dialog->timeline()->rid, rid);
        QCOMPARE(dialog->timeline()->db, kCustomers);
        const auto reference = RecordTimeline(DataDir(root), m_admin).run(kCustomers, rid);
        QVERIFY(reference.ok());
        QCOMPARE(dialog->timeline()->versions.size(), reference->versions.size());
        QCOMPARE(dialog->timeline()->events.size(), reference->events.size());
        dialog->close();
        QTRY_VERIFY(!window->findChild<RecordTimelineDialog *>()); // deleted on close
    }

    // Find in Every Generation opens on the DB shown.
    find->trigger();
    auto *search = window->findChild<SlotSearchDialog *>();
    QVERIFY(search);
    QCOMPARE(search->findChild<QComboBox *>(u"slotSearchDb"_s)->currentText(), kCustomers);
    search->close();

    // Who may not open generations has neither.
    auto managerWindow = openWindowAs(root, m_manager);
    QVERIFY(managerWindow);
    QVERIFY(!managerWindow->findChild<QAction *>(u"recordTimelineAction"_s)->isVisible());
    QVERIFY(!managerWindow->findChild<QAction *>(u"slotSearchAction"_s)->isVisible());
}

void TestMainWindow::grabEachPane()
{
    // Writes the screenshots only when asked (REWIND_SCREENSHOT_DIR=/tmp); always checks that grabbing works.
    const QString root = m_scratch.filePath(u"screenshots"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), root));
    ManualClock clock(QDateTime(kToday.addDays(1), QTime(9, 0)));
    auto window = openWindow(root, clock);
    QVERIFY(window);
    const QString folder = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
    selectDb(window.get(), kCustomers);
    window->startScheduledWork();
    QImage running;
    connect(window->jobMonitor(), &JobMonitor::progress, this, [&](const QString &, int percent) {
        if (percent == 40)
            running = window->grab().toImage();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!window->jobMonitor()->isBusy(), kUiTimeoutMs);
    QVERIFY(!running.isNull());
    if (!folder.isEmpty())
        QVERIFY(running.save(folder + u"/mainwindow-running.png"_s));
    auto *schedule = window->findChild<SchedulePane *>(u"schedulePane"_s);
    QVERIFY(schedule);
    ArchiveSchedule monthly;
    monthly.frequency = Frequency::Monthly;
    monthly.monthlyRule = MonthlyRule::DayOfMonth;
    monthly.dayOfMonth = 31;
    monthly.startDate = clock.now().date();
    schedule->editor()->setSchedule(monthly);

    const std::pair<MainWindow::Pane, QString> panes[] = {{MainWindow::Pane::Browse, u"browse"_s},
                                                          {MainWindow::Pane::Archives, u"archives"_s},
                                                          {MainWindow::Pane::Schedule, u"schedule"_s},
                                                          {MainWindow::Pane::History, u"history"_s}};
    for (const auto &[pane, name] : panes) {
        window->showPane(pane);
        for (int round = 0; round < 5; ++round) // nested layouts settle one event round per level
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window->size() * image.devicePixelRatio());
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + u"/mainwindow-"_s + name + u".png"_s));
    }
    // The Schedule tab once a schedule is set.
    window->showPane(MainWindow::Pane::Schedule);
    schedule->saveSchedule();
    QVERIFY(!schedule->isEditing());
    // Nested layouts settle one event round per level.
    auto *runs = window->findChild<QLabel *>(u"currentScheduleNextRuns"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runs->height() >= runs->sizeHint().height(), kUiTimeoutMs);
    const QImage set = window->grab().toImage();
    QVERIFY(!set.isNull());
    if (!folder.isEmpty())
        QVERIFY(set.save(folder + u"/mainwindow-schedule-set.png"_s));
}

namespace
{
/// The File-menu actions of CSV transfers, and of DB settings (templates, restoring a DB, a DB from a file).
const QStringList kCsvActions = {u"exportCsvAction"_s, u"importCsvAction"_s};
const QStringList kSettingsActions = {u"exportTemplateAction"_s, u"loadTemplateAction"_s, u"restoreDbAction"_s,
                                      u"newDbFromCsvAction"_s};
} // namespace

void TestMainWindow::managerSeesNoUsersTransfersOrGenerations()
{
    auto window = openWindowAs(m_demo.path(), m_manager);
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    for (int i = 0; i < int(MainWindow::Pane::Compare); ++i)
        QVERIFY2(tabs->isTabVisible(i), qPrintable(tabs->tabText(i)));
    QVERIFY(!tabs->isTabVisible(int(MainWindow::Pane::Compare))); // comparing reads generations
    QVERIFY(!tabs->isTabVisible(int(MainWindow::Pane::Users)));
    auto *showUsers = window->findChild<QAction *>(u"showUsersAction"_s);
    QVERIFY(showUsers);
    QVERIFY(!showUsers->isVisible());
    // Asked for anyway, the Users pane is not shown.
    window->showPane(MainWindow::Pane::Users);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Browse);
    QVERIFY(!window->findChild<UsersPane *>()->isVisible());

    // No CSV transfers and no settings changes: hidden, not greyed out.
    for (const QString &name : kCsvActions + kSettingsActions) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isVisible(), qPrintable(name));
    }

    // No generations: every weekday button disabled, its tooltip saying why, though the slots are ready.
    const QList<QToolButton *> buttons = weekdayButtons(window.get());
    QCOMPARE(buttons.size(), 7);
    for (QToolButton *button : buttons) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        const QString tip = button->toolTip();
        QVERIFY2(tip.contains(roleName(Role::Manager)) && tip.contains(u"may not open generations"_s), qPrintable(tip));
    }
    QCOMPARE(GenerationStore(DataDir(m_demo.path())).info(Weekday::Mon).state, SlotState::Ready);
    QVERIFY(window->findChild<QToolButton *>(u"env_production"_s)->isChecked());
    QVERIFY(window->findChild<QWidget *>(u"recordView"_s)->isVisible()); // production is read as usual

    // The status bar names who is logged in, and as what.
    auto *user = window->findChild<QLabel *>(u"userLabel"_s);
    QVERIFY(user);
    QVERIFY(user->isVisible());
    QVERIFY2(user->text().contains(m_manager.login) && user->text().contains(roleName(Role::Manager)),
             qPrintable(user->text()));
}

void TestMainWindow::supportGetsGenerationsWhenGranted()
{
    const QString root = copyOfDemo(u"support-grant"_s);
    QVERIFY(!root.isEmpty());
    auto window = openWindowAs(root, m_support);
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    QVERIFY(!tabs->isTabVisible(int(MainWindow::Pane::Users)));
    QVERIFY(!window->findChild<QAction *>(u"showUsersAction"_s)->isVisible());

    // CSV export and re-import: yes. DB settings: no.
    for (const QString &name : kCsvActions) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action && action->isVisible(), qPrintable(name));
    }
    QVERIFY(window->findChild<QAction *>(u"importCsvAction"_s)->isEnabled()); // production is there
    for (const QString &name : kSettingsActions) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action && !action->isVisible(), qPrintable(name));
    }
    auto *user = window->findChild<QLabel *>(u"userLabel"_s);
    QVERIFY2(user->text().contains(m_support.login) && user->text().contains(roleName(Role::Support)),
             qPrintable(user->text()));

    // Without the grant: every weekday button disabled, saying who grants it.
    const QList<QToolButton *> buttons = weekdayButtons(window.get());
    QCOMPARE(buttons.size(), 7);
    for (QToolButton *button : buttons) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY2(button->toolTip().contains(u"only when a system administrator grants it"_s),
                 qPrintable(button->toolTip()));
    }

    // Support staff read their own events only.
    window->showPane(MainWindow::Pane::History);
    auto *history = window->findChild<HistoryPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(history->isVisible(), kUiTimeoutMs);
    HistoryModel *events = history->model();
    QVERIFY(events->rowCount() > 0); // their login, at least
    for (int row = 0; row < events->rowCount(); ++row)
        QCOMPARE(events->index(row, HistoryModel::UserColumn).data().toString(), m_support.historyName());
    window->showPane(MainWindow::Pane::Browse);

    // An administrator grants it (here, in another console); the window re-reads its user when the Users
    // pane reports a change.
    VERIFY_OK(UserStore(DataDir(root), Clock::system()).setCanOpenGenerations(m_admin, m_support.userId, true));
    auto *usersPane = window->findChild<UsersPane *>();
    QVERIFY(usersPane);
    emit usersPane->usersChanged();
    for (Weekday day : kAllWeekdays) {
        QToolButton *button = buttons.at(int(day) - 1);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QVERIFY2(button->toolTip().contains(weekdayName(day)), qPrintable(button->toolTip()));
        QVERIFY(!button->toolTip().contains(u"grants it"_s));
    }
    // The grant opens generations, nothing more.
    for (const QString &name : kSettingsActions)
        QVERIFY2(!window->findChild<QAction *>(name)->isVisible(), qPrintable(name));
    QVERIFY(!tabs->isTabVisible(int(MainWindow::Pane::Users)));

    // And a generation opens.
    QTest::mouseClick(window->findChild<QToolButton *>(u"env_mon"_s), Qt::LeftButton);
    QVERIFY(window->findChild<QToolButton *>(u"env_mon"_s)->isChecked());
    QVERIFY(window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s)->isVisible());
    QVERIFY(!window->findChild<QLabel *>(u"environmentMessage"_s)->isVisible());
    selectDb(window.get(), kCustomers);
    QCOMPARE(recordModel(window.get())->query().spec.path, DataDir(root).slotPath(Weekday::Mon));

    // Revoked again: the window goes back to production and the buttons are disabled again.
    VERIFY_OK(UserStore(DataDir(root), Clock::system()).setCanOpenGenerations(m_admin, m_support.userId, false));
    emit usersPane->usersChanged();
    QVERIFY(window->findChild<QToolButton *>(u"env_production"_s)->isChecked());
    QVERIFY(!window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s)->isVisible());
    for (QToolButton *button : buttons)
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
}

void TestMainWindow::adminSeesUsersTab()
{
    auto window = openWindow(m_demo.path());
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *tabs = window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    QVERIFY(tabs);
    QVERIFY(tabs->isTabVisible(int(MainWindow::Pane::Users)));
    QCOMPARE(tabs->tabText(int(MainWindow::Pane::Users)), u"Users"_s);
    auto *showUsers = window->findChild<QAction *>(u"showUsersAction"_s);
    QVERIFY(showUsers);
    QVERIFY(showUsers->isVisible());
    QCOMPARE(showUsers->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    auto *users = qobject_cast<UsersPane *>(tabs->widget(int(MainWindow::Pane::Users)));
    QVERIFY(users);
    QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(users->isVisible(), kUiTimeoutMs);
    QCOMPARE(window->currentPane(), MainWindow::Pane::Users);
    QCOMPARE(users->session().userId, m_admin.userId);

    // Everything else an administrator may do is there too.
    for (const QString &name : kCsvActions + kSettingsActions) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action && action->isVisible(), qPrintable(name));
    }
    for (QToolButton *button : weekdayButtons(window.get()))
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    auto *user = window->findChild<QLabel *>(u"userLabel"_s);
    QVERIFY2(user->text().contains(m_admin.login) && user->text().contains(roleName(Role::Admin)),
             qPrintable(user->text()));
}

void TestMainWindow::refusedGenerationShowsCoreMessage()
{
    const DataDir dir(m_demo.path());
    const EnvironmentId monday = EnvironmentId::generation(Weekday::Mon);
    // Core refuses a generation to support staff without the grant and to managers, naming the right.
    auto refused = Environments::readSpec(dir, m_support, monday);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    const QString why = refused.error().message;
    QVERIFY2(why.contains(Access::rightName(Right::OpenGenerations)) && why.contains(m_support.login), qPrintable(why));
    auto managerRefused = Environments::readSpec(dir, m_manager, monday);
    QVERIFY(!managerRefused.ok());
    QCOMPARE(managerRefused.error().code, ErrorCode::ReadOnly);
    QVERIFY2(managerRefused.error().message.contains(Access::rightName(Right::OpenGenerations)),
             qPrintable(managerRefused.error().message));
    // Production, and the generation for an administrator, are fine.
    VERIFY_OK(Environments::readSpec(dir, m_support, EnvironmentId::production()));
    VERIFY_OK(Environments::readSpec(dir, m_admin, monday));

    // The window: its buttons are disabled, and a way round them ends in core's refusal, shown in place
    // of the browser (not in a dialog).
    auto window = openWindowAs(m_demo.path(), m_support);
    QVERIFY(window);
    auto *message = window->findChild<QLabel *>(u"environmentMessage"_s);
    auto *banner = window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s);
    QVERIFY(message && banner);
    QVERIFY(!message->isVisible());
    window->openEnvironment(monday);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), why);
    QVERIFY(!window->findChild<QWidget *>(u"recordView"_s)->isVisible());
    QVERIFY(!banner->isVisible());
    QCOMPARE(window->findChild<DbList *>(u"dbList"_s)->topLevelItemCount(), 0);
    QVERIFY(m_messages.isEmpty());

    // Production still opens.
    window->openEnvironment(EnvironmentId::production());
    QVERIFY(!message->isVisible());
    QVERIFY(window->findChild<QWidget *>(u"recordView"_s)->isVisible());
    QVERIFY(window->findChild<DbList *>(u"dbList"_s)->topLevelItemCount() > 0);
}

// Only administrators see the Users tab, but everyone changes their own password from the File menu.
void TestMainWindow::everyRoleChangesOwnPassword()
{
    const QString root = copyOfDemo(u"own-password"_s);
    QVERIFY(!root.isEmpty());
    auto window = openWindowAs(root, m_manager);
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(u"changeOwnPasswordAction"_s);
    QVERIFY(action && action->isVisible() && action->isEnabled());
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<QDialog *>(u"setPasswordDialog"_s)) != nullptr, kUiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kUiTimeoutMs);
    dialog->findChild<QLineEdit *>(u"setPasswordCurrent"_s)->setText(QString::fromLatin1(kDemoUsers[2].password));
    dialog->findChild<QLineEdit *>(u"setPasswordNew"_s)->setText(u"manager-new-pass"_s);
    dialog->findChild<QLineEdit *>(u"setPasswordConfirm"_s)->setText(u"manager-new-pass"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"userDialogOk"_s), Qt::LeftButton);
    QPointer<QDialog> watched(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), kUiTimeoutMs);
    UserStore users(DataDir(root), Clock::system());
    VERIFY_OK(users.login(u"manager"_s, "manager-new-pass"));
    QVERIFY(!users.login(u"manager"_s, QByteArray(kDemoUsers[2].password)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"password"_s), kUiTimeoutMs);
}

// A user locked (or removed) by an administrator while their console is open is logged out at the next
// refresh: the window says why and closes, and shows nothing more.
void TestMainWindow::lockedUserIsLoggedOut()
{
    const QString root = copyOfDemo(u"locked-out"_s);
    QVERIFY(!root.isEmpty());
    auto window = openWindowAs(root, m_support);
    QVERIFY(window);
    VERIFY_OK(UserStore(DataDir(root), Clock::system())
                  .lock(RewindTest::demoSession(DataDir(root), Role::Admin), m_support.userId));
    window->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), kUiTimeoutMs);
    QVERIFY(std::any_of(m_messages.cbegin(), m_messages.cend(), [](const MessageBoxes::Request &r) {
        return r.title == u"Logged out"_s && r.text.contains(u"locked"_s);
    }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
