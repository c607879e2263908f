#include "MainWindow.h"

#include "PreferencesDialog.h"
#include "ConsoleUser.h"
#include "UsersPane.h"
#include "ComparePane.h"
#include "RecordTimelineDialog.h"
#include "SlotSearchDialog.h"
#include "access/Access.h"

#include <QAction>
#include <QTimer>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "ArchivesPane.h"
#include "BackupWindowBanner.h"
#include "CsvExportDialog.h"
#include "CsvImportWizard.h"
#include "DbList.h"
#include "DbRestoreWizard.h"
#include "EnvironmentBar.h"
#include "FileDialogs.h"
#include "HistoryPane.h"
#include "JobStatusBanner.h"
#include "JobStatusIndicator.h"
#include "MessageBoxes.h"
#include "ReadOnlyBanner.h"
#include "RecordsPane.h"
#include "SchedulePane.h"
#include "SettingsPane.h"
#include "TaskOutcome.h"
#include "TemplateExportWizard.h"
#include "TemplateImportWizard.h"
#include "backup/GenerationStore.h"
#include "jobs/JobMonitor.h"
#include "jobs/ScheduleService.h"
#include "transfer/DbFromCsv.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/RecordQuery.h"
#include "workspace/RecordTableModel.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kLanguageKey = u"ui/language"_s;
const auto kGeometryKey = u"ui/geometry"_s;
const auto kSplitterKey = u"ui/splitter"_s;
} // namespace

MainWindow::MainWindow(DataDir dir, Session user, QSettings *settings, QWidget *parent)
    : MainWindow(std::move(dir), Clock::system(), std::move(user), settings, parent)
{
}

MainWindow::MainWindow(DataDir dir, const Clock &clock, Session user, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(dir)), m_clock(clock), m_settings(settings), m_user(std::move(user))
{
    setObjectName(u"mainWindow"_s);
    ConsoleUser::set(m_user); // every page and wizard acts as this user

    m_bar = new EnvironmentBar(m_session.dataDir(), this);
    m_banner = new ReadOnlyBanner(this);

    m_dbList = new DbList(this);
    m_records = new RecordsPane(this);
    m_settingsPane = new SettingsPane(m_session.dataDir(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_records, {});
    m_tabs->addTab(m_settingsPane, {});

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"browserSplitter"_s);
    splitter->addWidget(m_dbList);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    splitter->setChildrenCollapsible(false);
    m_browser = new QWidget(this);
    auto *browserLayout = new QVBoxLayout(m_browser);
    browserLayout->setContentsMargins(6, 6, 6, 0);
    browserLayout->addWidget(splitter);

    m_message = new QLabel(this);
    m_message->setObjectName(u"environmentMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_message);

    // Browse: the environments and what they hold. The other panes are about the whole workspace.
    m_browsePage = new QWidget(this);
    m_browsePage->setObjectName(u"browsePage"_s);
    auto *browsePageLayout = new QVBoxLayout(m_browsePage);
    browsePageLayout->setContentsMargins(0, 0, 0, 0);
    browsePageLayout->setSpacing(0);
    browsePageLayout->addWidget(m_bar);
    browsePageLayout->addWidget(m_banner);
    browsePageLayout->addWidget(m_stack, 1);

    m_archivesPane = new ArchivesPane(m_session.dataDir(), m_clock, m_user, this);
    m_schedulePane = new SchedulePane(m_session.dataDir(), m_clock, m_user, this);
    m_historyPane = new HistoryPane(m_session.dataDir(), this);
    m_usersPane = new UsersPane(m_session.dataDir(), m_clock, m_user, this);
    m_comparePane = new ComparePane(m_session.dataDir(), m_clock, this);
    // The panes read what they show when they are shown (their showEvent), and after each run (below).
    m_workspaceTabs = new QTabWidget(this);
    m_workspaceTabs->setObjectName(u"workspaceTabs"_s);
    m_workspaceTabs->addTab(m_browsePage, {});
    m_workspaceTabs->addTab(m_archivesPane, {});
    m_workspaceTabs->addTab(m_schedulePane, {});
    m_workspaceTabs->addTab(m_historyPane, {});
    m_workspaceTabs->addTab(m_comparePane, {});
    m_workspaceTabs->addTab(m_usersPane, {});

    m_jobBanner = new JobStatusBanner(this);
    m_backupBanner = new BackupWindowBanner(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_jobBanner);
    layout->addWidget(m_backupBanner);
    layout->addWidget(m_workspaceTabs, 1);
    setCentralWidget(central);

    m_jobStatus = new JobStatusIndicator(this);
    statusBar()->addPermanentWidget(m_jobStatus);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_userLabel);
    m_dataDirLabel = new QLabel(this);
    m_dataDirLabel->setObjectName(u"dataDirLabel"_s);
    statusBar()->addPermanentWidget(m_dataDirLabel);

    createMenus();

    connect(m_bar, &EnvironmentBar::environmentRequested, this, &MainWindow::openEnvironment);
    connect(m_bar, &EnvironmentBar::refreshed, this, &MainWindow::onSlotsRefreshed);
    // The bar re-reads the slots whenever the data folder changes (a run taking or dropping its lock,
    // here or in another process) and on a slow timer: the banner follows the same reads.
    connect(m_bar, &EnvironmentBar::refreshed, this, [this] { m_backupBanner->refresh(m_session.dataDir()); });
    // The same reads keep the role current: a grant revoked or an account locked from another console counts
    // here within the bar's poll interval, not only at the next start.
    connect(m_bar, &EnvironmentBar::refreshed, this, &MainWindow::applyRole);
    connect(m_dbList, &DbList::currentDbChanged, this, &MainWindow::showDb);
    connect(m_records, &RecordsPane::recordCountKnown, m_dbList, &DbList::setRecordCount);
    connect(m_workspaceTabs, &QTabWidget::currentChanged, this, &MainWindow::onPaneChanged);
    // A change to yourself (a role, a grant) counts at once; core re-reads it for every action anyway.
    connect(m_usersPane, &UsersPane::usersChanged, this, &MainWindow::applyRole);
    // A restore from the Compare tab changed production: what Browse shows is read again.
    connect(m_comparePane, &ComparePane::productionChanged, this, &MainWindow::reload);
    connect(m_usersPane, &UsersPane::changeDone, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    // A changed daily time or schedule may make work due now.
    connect(m_schedulePane, &SchedulePane::settingsChanged, this, [this] {
        if (m_monitor)
            m_monitor->checkNow();
    });

    resize(1280, 800);
    if (m_settings) {
        restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
        splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    }
    applyRole();
    retranslateUi();
    m_backupBanner->refresh(m_session.dataDir()); // the bar's first read happened before the connection
    openEnvironment(EnvironmentId::production());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::openCsvExport);
    m_exportCsvAction->setObjectName(u"exportCsvAction"_s);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::openCsvImport);
    m_importCsvAction->setObjectName(u"importCsvAction"_s);
    m_importCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_records->addToolButton(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_exportTemplateAction = m_fileMenu->addAction(QString(), this, &MainWindow::openTemplateExport);
    m_exportTemplateAction->setObjectName(u"exportTemplateAction"_s);
    m_loadTemplateAction = m_fileMenu->addAction(QString(), this, &MainWindow::openTemplateImport);
    m_loadTemplateAction->setObjectName(u"loadTemplateAction"_s);
    m_restoreDbAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDbRestore);
    m_restoreDbAction->setObjectName(u"restoreDbAction"_s);
    m_banner->addToolButton(m_restoreDbAction);
    m_fileMenu->addSeparator();
    m_newDbFromCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::openNewDbFromCsv);
    m_newDbFromCsvAction->setObjectName(u"newDbFromCsvAction"_s);
    m_fileMenu->addSeparator();
    m_changePasswordAction = m_fileMenu->addAction(QString(), m_usersPane, &UsersPane::changeOwnPassword);
    m_changePasswordAction->setObjectName(u"changeOwnPasswordAction"_s);
    m_preferencesAction = m_fileMenu->addAction(QString(), this, &MainWindow::openPreferences);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        showPane(Pane::Browse);
        m_tabs->setCurrentWidget(m_records);
        m_records->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_slotSearchAction = m_viewMenu->addAction(QString(), this, &MainWindow::openSlotSearch);
    m_slotSearchAction->setObjectName(u"slotSearchAction"_s);
    m_slotSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_timelineAction = m_viewMenu->addAction(QString(), this, &MainWindow::openRecordTimeline);
    m_timelineAction->setObjectName(u"recordTimelineAction"_s);
    m_timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_records->addToolButton(m_timelineAction);
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::reload);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    // The workspace panes: Ctrl+1…6 (Alt+0…7 pick environments).
    const std::pair<Pane, QString> panes[] = {
        {Pane::Browse, u"showBrowseAction"_s},     {Pane::Archives, u"showArchivesAction"_s},
        {Pane::Schedule, u"showScheduleAction"_s}, {Pane::History, u"showHistoryAction"_s},
        {Pane::Compare, u"showCompareAction"_s},   {Pane::Users, u"showUsersAction"_s}};
    for (const auto &[pane, name] : panes) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, pane] { showPane(pane); });
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(pane))));
        m_paneActions.append(action);
    }
    // Alt+0…7 belong to the environment bar's buttons, which only take shortcuts while Browse is on
    // screen. From another pane the same keys go back to Browse and pick that environment; these
    // shortcuts are disabled while Browse is shown, so the two never compete for a key.
    for (int id = 0; id <= 7; ++id) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + id)), this);
        shortcut->setObjectName(u"environmentShortcut%1"_s.arg(id));
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, [this, id] {
            showPane(Pane::Browse);
            const EnvironmentId env = id == 0 ? EnvironmentId::production() : EnvironmentId::generation(Weekday(id));
            if (QToolButton *button = m_bar->button(env); button && button->isEnabled())
                button->click();
        });
        m_environmentShortcuts.append(shortcut);
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, so they are never translated.
    const std::pair<QString, QString> languages[] = {{u"ja"_s, u"日本語"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(u"language_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(I18n::current() == code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_exportCsvAction->setText(tr("&Export CSV…"));
    m_exportCsvAction->setToolTip(tr("Write records of the DB shown to a CSV file"));
    m_importCsvAction->setText(tr("&Import CSV into Production…"));
    m_exportTemplateAction->setText(tr("Export &Template…"));
    m_exportTemplateAction->setToolTip(tr("Write the settings of DBs, without records, to a template file"));
    m_loadTemplateAction->setText(tr("&Load Template into Production…"));
    m_restoreDbAction->setText(tr("Restore &Deleted DB…"));
    m_restoreDbAction->setToolTip(
        tr("Bring a DB deleted from production back from a generation, with its settings and records"));
    m_newDbFromCsvAction->setText(tr("&New DB from CSV File…"));
    m_newDbFromCsvAction->setToolTip(
        tr("Create a production DB with one text field per column of a CSV file, and its rows as records"));
    m_changePasswordAction->setText(tr("Change My &Password…"));
    m_preferencesAction->setText(tr("Pre&ferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find Records"));
    m_slotSearchAction->setText(tr("Find in Every &Generation…"));
    m_slotSearchAction->setToolTip(
        tr("Which generations hold a record whose field contains a text (“it was there last week”)"));
    m_timelineAction->setText(tr("Record's &Week…"));
    m_timelineAction->setToolTip(
        tr("The selected record in every generation and production, each change with its day, and one-click "
           "restore of any version"));
    m_refreshAction->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Rewind"));
    m_tabs->setTabText(m_tabs->indexOf(m_records), tr("Records"));
    m_tabs->setTabText(m_tabs->indexOf(m_settingsPane), tr("Settings"));
    const QString paneNames[] = {tr("Browse"),  tr("Archives"), tr("Schedule"),
                                 tr("History"), tr("Compare"),  tr("Users")};
    const QString paneMenuNames[] = {tr("&Browse"),  tr("&Archives"), tr("&Schedule"),
                                     tr("&History"), tr("&Compare"),  tr("&Users")};
    for (int i = 0; i < 6; ++i) {
        m_workspaceTabs->setTabText(i, paneNames[i]);
        m_workspaceTabs->setTabToolTip(
            i, tr("%1 (%2)").arg(paneNames[i], m_paneActions[i]->shortcut().toString(QKeySequence::NativeText)));
        m_paneActions[i]->setText(paneMenuNames[i]);
    }
    const DataDir &dir = m_session.dataDir();
    m_dataDirLabel->setText(
        dir.isPostgres()
            ? tr("Data folder: %1  Production: %2").arg(QDir::toNativeSeparators(dir.root()), dir.productionUrl())
            : tr("Data folder: %1").arg(QDir::toNativeSeparators(dir.root())));
    m_userLabel->setText(tr("Logged in: %1 (%2)").arg(m_user.login, roleName(m_user.role)));
    const QString workspace = m_session.catalog().workspaceName;
    setWindowTitle(workspace.isEmpty() ? tr("Rewind") : tr("Rewind — %1").arg(workspace));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setValue(kGeometryKey, saveGeometry());
        m_settings->setValue(kSplitterKey, m_splitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showPane(Pane pane)
{
    if (m_workspaceTabs->isTabVisible(int(pane)))
        m_workspaceTabs->setCurrentIndex(int(pane));
}

void MainWindow::applyRole()
{
    // Core checks every action against production's current users; this only keeps the window honest.
    auto now = UserStore(m_session.dataDir(), m_clock).refresh(m_user);
    if (now) {
        m_user = now.value();
        ConsoleUser::set(m_user);
        m_usersPane->setSession(m_user);
    } else if (now.error().code == ErrorCode::ReadOnly && !m_loggedOut) {
        // Removed or locked by an administrator since login: nothing more is shown; log in again.
        m_loggedOut = true;
        m_session.close();
        m_workspaceTabs->setEnabled(false);
        menuBar()->setEnabled(false);
        MessageBoxes::warning(this, tr("Logged out"),
                              tr("%1\n\nThe console closes. Start it again to log in.").arg(now.error().message));
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    const bool admin = Access::allows(m_user, Right::ManageUsers);
    m_workspaceTabs->setTabVisible(int(Pane::Users), admin);
    m_paneActions[int(Pane::Users)]->setVisible(admin);
    if (!admin && currentPane() == Pane::Users)
        showPane(Pane::Browse);
    const bool generations = Access::allows(m_user, Right::OpenGenerations);
    // Comparing reads generations: shown to those who may open them.
    m_workspaceTabs->setTabVisible(int(Pane::Compare), generations);
    m_paneActions[int(Pane::Compare)]->setVisible(generations);
    if (!generations && currentPane() == Pane::Compare)
        showPane(Pane::Browse);
    m_bar->setGenerationsAllowed(
        generations, generations ? QString()
                                 : (m_user.role == Role::Support
                                        ? tr("Support staff open generations only when a system administrator "
                                             "grants it in the Users tab.")
                                        : tr("%1 may not open generations: only system administrators and support "
                                             "staff with the grant may.")
                                              .arg(roleName(m_user.role))));
    if (!generations && !m_session.environment().isProduction())
        openEnvironment(EnvironmentId::production());
    if (m_userLabel)
        m_userLabel->setText(tr("Logged in: %1 (%2)").arg(m_user.login, roleName(m_user.role)));
    if (m_exportCsvAction)
        updateActions();
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(m_workspaceTabs->currentIndex());
}

void MainWindow::onPaneChanged()
{
    const bool browsing = currentPane() == Pane::Browse;
    for (QShortcut *shortcut : m_environmentShortcuts)
        shortcut->setEnabled(!browsing);
}

void MainWindow::startScheduledWork(int intervalMs)
{
    if (m_monitor)
        return;
    m_monitor = new JobMonitor(m_session.dataDir(), m_clock, this);
    m_monitor->setObjectName(u"jobMonitor"_s);
    connect(m_monitor, &JobMonitor::runStarted, this, &MainWindow::onRunStarted);
    connect(m_monitor, &JobMonitor::progress, this, &MainWindow::onRunProgress);
    connect(m_monitor, &JobMonitor::runFinished, this, &MainWindow::onRunFinished);
    m_monitor->start(intervalMs);
    // Known after the first check, which start() just made. (When that check found a run elsewhere to
    // follow it is empty: that run catches up, and what it cannot is missed again in the next run here.)
    m_jobBanner->addMissed(m_monitor->missedAtStart());
}

void MainWindow::onRunStarted(bool elsewhere)
{
    m_runElsewhere = elsewhere;
    m_runSlotKnown = false;
    m_runSlot.reset();
    m_jobStatus->start(elsewhere);
}

void MainWindow::onRunProgress(const QString &job, int percent, const QString &stage)
{
    const bool daily = job == QLatin1StringView(ScheduleService::kDailyJob);
    if (daily && !m_runSlotKnown) {
        // The run names its slot in backup.state before its first report.
        m_runSlot = GenerationStore(m_session.dataDir()).slotBeingWritten();
        if (!m_runSlot && !m_runElsewhere)
            m_runSlot = weekdayOf(m_clock.now().date());
        m_runSlotKnown = m_runSlot.has_value();
    }
    if (job == QLatin1StringView(ScheduleService::kArchiveJob) && percent == 0 && m_schedulePane->isVisible())
        m_schedulePane->refresh(); // "a scheduled archive is being written now"
    m_jobStatus->setProgress(job, percent, stage, daily ? m_runSlot : std::nullopt);
}

void MainWindow::onRunFinished(const QStringList &done, const QStringList &missed, const QStringList &failures)
{
    m_jobStatus->finish();
    m_jobBanner->addMissed(missed);
    m_jobBanner->addFailures(failures);
    m_jobBanner->addCaughtUp(done);
    if (!done.isEmpty())
        statusBar()->showMessage(done.join(u' '), 20'000);
    else if (m_runElsewhere) // a followed run reports no lines; its outcome is in the history
        statusBar()->showMessage(tr("The run started by the timer has finished; the History tab shows what it did."),
                                 20'000);
    else if (!failures.isEmpty())
        statusBar()->showMessage(tr("Scheduled work failed; see the banner above."), 20'000);
    // A new generation, archive and history events appeared. The panes read again when shown, but one
    // never hidden since it was built would show what it read then: read them all now (small reads,
    // once per run).
    reload();
    if (!m_archivesPane->isBusy())
        m_archivesPane->refresh();
    m_schedulePane->refresh();
    m_historyPane->refresh();
}

void MainWindow::setLanguage(const QString &language)
{
    const QString installed = I18n::install(language);
    if (m_settings)
        m_settings->setValue(kLanguageKey, installed);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == installed);
}

void MainWindow::reload()
{
    applyRole(); // a grant or role changed in another console counts from the next refresh
    m_forceReopen = true;
    m_bar->refresh(); // onSlotsRefreshed() reopens the environment, or falls back to production
}

void MainWindow::openEnvironment(const EnvironmentId &env)
{
    m_bar->setCurrent(env);
    const Status status = m_session.open(env);
    if (status.ok() && m_session.manifest())
        m_banner->showGeneration(env.slot(), m_session.manifest()->takenAt);
    else
        m_banner->clear();
    if (!status.ok()) {
        m_dbList->clearDbs();
        m_message->setText(status.error().message);
        m_stack->setCurrentWidget(m_message);
        retranslateUi();
        updateActions();
        return;
    }
    QHash<qint64, qint64> counts;
    for (const DbDef &db : m_session.catalog().dbs) {
        if (const qint64 n = m_session.recordedCount(db.id); n >= 0)
            counts.insert(db.id, n);
    }
    m_stack->setCurrentWidget(m_browser);
    m_dbList->setCatalog(m_session.catalog(), counts);
    retranslateUi();
    updateActions();
}

void MainWindow::showDb(qint64 dbId)
{
    const DbDef *db = m_session.isOpen() ? m_session.catalog().db(dbId) : nullptr;
    if (!db) {
        m_records->clear();
        m_settingsPane->clearDb();
        updateActions();
        return;
    }
    m_records->setQuery(RecordQuery::forDb(m_session.spec(), m_session.catalog(), *db));
    m_settingsPane->showDb(m_session.environment(), m_session.catalog(), dbId);
    updateActions();
}

void MainWindow::onSlotsRefreshed()
{
    const bool force = std::exchange(m_forceReopen, false);
    const EnvironmentId env = m_session.environment();
    if (env.isProduction()) {
        // Production may have been created since the window opened (rewindctl demo or init). Wait for
        // its first generation before opening it unasked, so a workspace still being built is not
        // shown half-made; View > Refresh opens it at once.
        const bool anyReady = std::any_of(kAllWeekdays.begin(), kAllWeekdays.end(), [this](Weekday day) {
            return m_bar->generation(day).state == SlotState::Ready;
        });
        if (force || (!m_session.isOpen() && anyReady))
            openEnvironment(env);
        return;
    }
    const GenerationInfo &info = m_bar->generation(env.slot());
    switch (info.state) {
    case SlotState::Empty:
    case SlotState::Damaged:
        statusBar()->showMessage(
            tr("The %1 generation is no longer available; showing production.").arg(weekdayName(env.slot())));
        openEnvironment(EnvironmentId::production());
        return;
    case SlotState::Writing:
        // The published file stays what it was until the run renames its new copy over it.
        if (force)
            openEnvironment(env);
        return;
    case SlotState::Ready:
        if (force) {
            openEnvironment(env);
        } else if (!m_session.isOpen() || !m_session.manifest() || !info.manifest ||
                   info.manifest->takenAt != m_session.manifest()->takenAt) {
            statusBar()->showMessage(tr("A new %1 generation was published; showing it.").arg(weekdayName(env.slot())));
            openEnvironment(env);
        }
        return;
    }
}

void MainWindow::updateActions()
{
    // What the role does not allow is hidden rather than greyed out: it will not become possible later.
    const bool csv = Access::allows(m_user, Right::TransferCsv);
    const bool settings = Access::allows(m_user, Right::ManageSettings);
    for (QAction *a : {m_exportCsvAction, m_importCsvAction})
        a->setVisible(csv);
    for (QAction *a : {m_exportTemplateAction, m_loadTemplateAction, m_restoreDbAction, m_newDbFromCsvAction})
        a->setVisible(settings);
    m_exportCsvAction->setEnabled(csv && m_session.isOpen() && m_records->model()->query().db.id != 0);
    const bool production = m_session.dataDir().isPostgres() || QFileInfo::exists(m_session.dataDir().productionPath());
    m_importCsvAction->setEnabled(csv && production);
    m_exportTemplateAction->setEnabled(settings && m_session.isOpen() && !m_session.catalog().dbs.isEmpty());
    m_loadTemplateAction->setEnabled(settings && production);
    m_restoreDbAction->setEnabled(settings && production);
    m_newDbFromCsvAction->setEnabled(settings && production && !m_creatingDb);
    // A record's week and the search across slots read generations.
    const bool generations = Access::allows(m_user, Right::OpenGenerations);
    m_timelineAction->setVisible(generations);
    m_slotSearchAction->setVisible(generations);
    m_timelineAction->setEnabled(generations && m_session.isOpen() && m_records->model()->query().db.id != 0);
    m_slotSearchAction->setEnabled(generations && production);
}

void MainWindow::openRecordTimeline()
{
    if (!m_timelineAction->isEnabled())
        return;
    const QList<qint64> ids = m_records->selectedRecordIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select a record first: its week is shown."), 10'000);
        return;
    }
    auto *dialog =
        new RecordTimelineDialog(m_session.dataDir(), m_clock, m_records->model()->query().db.name, ids.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordTimelineDialog::productionChanged, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::openSlotSearch()
{
    if (!m_slotSearchAction->isEnabled())
        return;
    const QString db = m_session.isOpen() ? m_records->model()->query().db.name : QString();
    auto *dialog = new SlotSearchDialog(m_session.dataDir(), m_clock, db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SlotSearchDialog::productionChanged, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_session.dataDir(), m_clock, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the dialog finishes closing before this window goes.
    connect(dialog, &PreferencesDialog::productionChanged, this, &MainWindow::reopenRequested, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::openCsvExport()
{
    if (!m_session.isOpen() || m_records->model()->query().db.id == 0)
        return;
    CsvExportDialog::Browser browser;
    browser.env = m_session.environment();
    browser.db = m_records->model()->query().db.name;
    browser.search = m_records->model()->query().search;
    browser.selectedIds = m_records->selectedRecordIds(&browser.selectedRows);
    auto *dialog = new CsvExportDialog(m_session.dataDir(), browser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvExportDialog::exported, this, [this](const CsvExportResult &result) {
        statusBar()->showMessage(tr("Exported %1 records to %2")
                                     .arg(QLocale().toString(result.rows), QDir::toNativeSeparators(result.path)));
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::openCsvImport()
{
    // The target is always production; preselect the DB only when production is what the browser shows.
    const bool production = m_session.isOpen() && m_session.environment().isProduction();
    auto *wizard =
        new CsvImportWizard(m_session.dataDir(), production ? m_records->model()->query().db.name : QString(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Same as View > Refresh: reopen the environment, so the record view reads production again.
    connect(wizard, &CsvImportWizard::productionChanged, this, &MainWindow::reload);
    wizard->open();
}

void MainWindow::openTemplateExport()
{
    if (!m_session.isOpen())
        return;
    auto *wizard = new TemplateExportWizard(m_session.dataDir(), m_session.environment(),
                                            m_records->model()->query().db.name, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TemplateExportWizard::exported, this, [this](const TemplateExportResult &result) {
        statusBar()->showMessage(tr("Wrote the template to %1").arg(QDir::toNativeSeparators(result.path)));
    });
    wizard->open();
}

void MainWindow::openTemplateImport()
{
    auto *wizard = new TemplateImportWizard(m_session.dataDir(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Same as View > Refresh: reopen the environment, so the DB list reads production again.
    connect(wizard, &TemplateImportWizard::productionChanged, this, &MainWindow::reload);
    wizard->open();
}

void MainWindow::openDbRestore()
{
    const EnvironmentId env = m_session.environment();
    const std::optional<Weekday> slot = env.isProduction() ? std::nullopt : std::optional<Weekday>(env.slot());
    auto *wizard = new DbRestoreWizard(m_session.dataDir(), slot, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &DbRestoreWizard::productionChanged, this, &MainWindow::reload);
    wizard->open();
}

void MainWindow::openNewDbFromCsv()
{
    FileDialogs::openFile(
        this, tr("New DB from CSV File"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"),
        [this](const QString &file) {
            auto *dialog = new QInputDialog(this);
            dialog->setObjectName(u"newDbNameDialog"_s);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("New DB from CSV File"));
            dialog->setLabelText(
                tr("Name of the new DB (one text field per column of %1):").arg(QFileInfo(file).fileName()));
            dialog->setTextValue(QFileInfo(file).completeBaseName());
            connect(dialog, &QInputDialog::textValueSelected, this,
                    [this, file](const QString &name) { createDbFromCsv(file, name); });
            dialog->open(); // window-modal, no nested event loop
        });
}

void MainWindow::createDbFromCsv(const QString &file, const QString &name)
{
    if (m_creatingDb)
        return;
    m_creatingDb = true;
    updateActions();
    statusBar()->showMessage(tr("Creating DB \"%1\" from %2…").arg(name, QDir::toNativeSeparators(file)));
    auto *watcher = new QFutureWatcher<TaskOutcome<DbFromCsvResult>>(this);
    connect(watcher, &QFutureWatcher<TaskOutcome<DbFromCsvResult>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_creatingDb = false;
        const TaskOutcome<DbFromCsvResult> outcome = watcher->result();
        statusBar()->clearMessage();
        if (!outcome.ok()) {
            MessageBoxes::warning(this, tr("New DB from CSV File"), outcome.error.message);
            updateActions();
            return;
        }
        const DbFromCsvResult &r = *outcome.value;
        reload();
        statusBar()->showMessage(tr("Created DB \"%1\" with %2 records").arg(r.db, QLocale().toString(r.records)),
                                 20'000);
        MessageBoxes::information(
            this, tr("New DB from CSV File"),
            tr("Created DB \"%1\": %2 fields, %3 records.\n\nTo undo, run:\n    rewindctl undo-import %4")
                .arg(r.db)
                .arg(r.fields.size())
                .arg(QLocale().toString(r.records), r.restorePoint));
    });
    const DataDir dir = m_session.dataDir();
    const Clock *clock = &m_clock;
    watcher->setFuture(
        runTask<DbFromCsvResult>(std::make_shared<std::atomic_bool>(false),
                                 [user = ConsoleUser::session(), dir, clock, file, name](
                                     const auto &progress, const std::atomic_bool *cancel) -> Result<DbFromCsvResult> {
                                     DbFromCsv creator(dir, *clock, user);
                                     creator.setProgress(progress);
                                     creator.setCancelFlag(cancel);
                                     DbFromCsvOptions options;
                                     options.file = file;
                                     options.name = name;
                                     return creator.run(options);
                                 }));
}

void MainWindow::showAbout()
{
    MessageBoxes::about(
        this, tr("About Rewind"),
        tr("Rewind %1\n\nKeeps seven verified, read-only daily generations of a business "
           "database and helps you get data back from them.\n\nData folder: %2")
            .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(m_session.dataDir().root())));
}

} // namespace Rewind
