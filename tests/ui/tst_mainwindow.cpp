// The console window, driven like a user would: real MainWindow on a real demo data folder,
// widgets found by objectName, assertions on models and state, never on fixed sleeps.

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

#include "TestSupport.h"
#include "DbList.h"
#include "EnvironmentBar.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "ReadOnlyBanner.h"
#include "SettingsPane.h"
#include "SettingsView.h"
#include "backup/GenerationStore.h"
#include "demo/DemoBuilder.h"
#include "sql/Connection.h"
#include "util/I18n.h"
#include "workspace/Catalog.h"
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

bool copyFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}
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

private:
    std::unique_ptr<MainWindow> openWindow(const QString &root);
    /// Counts rows through the test's own read-only connection, never through the console.
    ConnectionSpec productionSpec() const { return Production::readOnly(DataDir(m_demo.path())); }
    ConnectionSpec slotSpec(Weekday day) const { return GenerationStore(DataDir(m_demo.path())).connectionSpec(day); }
    static void selectDb(MainWindow *window, const QString &name);
    static RecordTableModel *recordModel(MainWindow *window);

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    std::unique_ptr<QSettings> m_settings;
    QList<MessageBoxes::Request> m_messages;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    DemoBuilder builder(DataDir(m_demo.path()), DemoOptions{2000, 7, kToday});
    const auto summary = builder.build();
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().generations, 7);
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
    auto window = std::make_unique<MainWindow>(DataDir(root), m_settings.get());
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
    QVERIFY(copyFolder(m_demo.path(), root));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
