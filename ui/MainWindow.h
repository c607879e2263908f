#pragma once

#include "EnvironmentSession.h"
#include "access/Users.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QShortcut;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Rewind
{

class ArchivesPane;
class BackupWindowBanner;
class Clock;
class DbList;
class HistoryPane;
class JobMonitor;
class JobStatusBanner;
class JobStatusIndicator;
class SchedulePane;
class EnvironmentBar;
class ReadOnlyBanner;
class RecordsPane;
class SettingsPane;
class UsersPane;
class ComparePane;

/// The console window. Its workspace tabs are Browse (the environment bar, the read-only banner, the DB
/// list and the Records/Settings tabs, wired to the session of the selected environment), Archives,
/// Schedule and History. It opens the CSV, template and DB restore flows, and once
/// startScheduledWork() is called runs due work (or follows a run elsewhere) and shows it in the status
/// bar and, when a run was missed or failed, in a banner.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `user` is who logged in (LoginDialog); the window shows and enables what their role allows, and
    /// every service it calls acts as them. `settings` (not owned, outlives the window) keeps the language
    /// and window geometry. The system clock.
    MainWindow(DataDir dir, Session user, QSettings *settings, QWidget *parent = nullptr);
    /// `clock` (outlives the window) drives the panes and scheduled work; tests pass a ManualClock.
    MainWindow(DataDir dir, const Clock &clock, Session user, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The workspace tabs, in order.
    enum class Pane
    {
        Browse,
        Archives,
        Schedule,
        History,
        Compare, ///< users who may open generations
        Users    ///< administrators only
    };
    void showPane(Pane pane);
    Pane currentPane() const;

    /// Starts the JobMonitor: checks for due work at once, then every `intervalMs`; runs it on a worker
    /// thread or follows a run another process (the timer's rewindctl run-due) is making. Called by the
    /// application after the window is shown; tests call it when they want scheduled work. Once only.
    void startScheduledWork(int intervalMs = 60'000);
    /// The monitor startScheduledWork() created, or nullptr.
    JobMonitor *jobMonitor() const { return m_monitor; }

    /// Re-reads the slots and reopens the selected environment (e.g. after the demo was built), or
    /// production when the selected generation is gone.
    void reload();
    /// Opens `env` and shows it; a failure is shown in place of the browser.
    void openEnvironment(const EnvironmentId &env);
    /// Installs `language` ("ja" or "en"), retranslates every window and remembers the choice.
    void setLanguage(const QString &language);

signals:
    /// Production moved or changed address (Preferences → Connection): the console closes this window and
    /// opens the workspace again, with a new login.
    void reopenRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void showDb(qint64 dbId);
    void onSlotsRefreshed();
    void showAbout();
    void openCsvExport();
    void openCsvImport();
    void openTemplateExport();
    void openTemplateImport();
    void openDbRestore();
    void openNewDbFromCsv();
    void openRecordTimeline();
    void openSlotSearch();
    void openPreferences();
    void createDbFromCsv(const QString &file, const QString &name);
    void updateActions();
    void onRunStarted(bool elsewhere);
    void onRunProgress(const QString &job, int percent, const QString &stage);
    void onRunFinished(const QStringList &done, const QStringList &missed, const QStringList &failures);
    void onPaneChanged();
    /// Re-reads the logged-in user's role and grants from production and shows, hides and disables what
    /// they allow (after a change in the Users tab, and at start).
    void applyRole();

    EnvironmentSession m_session;
    const Clock &m_clock;
    QSettings *m_settings = nullptr;
    bool m_forceReopen = false; // set by reload() for the next onSlotsRefreshed()
    EnvironmentBar *m_bar = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_browser = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_message = nullptr;
    DbList *m_dbList = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordsPane *m_records = nullptr;
    SettingsPane *m_settingsPane = nullptr;
    QLabel *m_dataDirLabel = nullptr;
    QTabWidget *m_workspaceTabs = nullptr;
    QWidget *m_browsePage = nullptr;
    ArchivesPane *m_archivesPane = nullptr;
    SchedulePane *m_schedulePane = nullptr;
    HistoryPane *m_historyPane = nullptr;
    UsersPane *m_usersPane = nullptr;
    ComparePane *m_comparePane = nullptr;
    Session m_user;
    bool m_loggedOut = false; // the user was removed or locked while the window was open
    QLabel *m_userLabel = nullptr;
    JobStatusBanner *m_jobBanner = nullptr;
    BackupWindowBanner *m_backupBanner = nullptr; // shown while a backup run writes a generation
    JobStatusIndicator *m_jobStatus = nullptr;
    JobMonitor *m_monitor = nullptr;
    bool m_runElsewhere = false;
    bool m_runSlotKnown = false; // m_runSlot was looked up for this run
    std::optional<Weekday> m_runSlot;
    QList<QShortcut *> m_environmentShortcuts; // Alt+0…7 while another pane than Browse is shown

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_exportTemplateAction = nullptr;
    QAction *m_loadTemplateAction = nullptr;
    QAction *m_restoreDbAction = nullptr;
    QAction *m_newDbFromCsvAction = nullptr;
    QAction *m_changePasswordAction = nullptr; // every role: your own password
    QAction *m_preferencesAction = nullptr;
    bool m_creatingDb = false; // a "New DB from CSV File" task is running
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_timelineAction = nullptr;   // the selected record's week
    QAction *m_slotSearchAction = nullptr; // "it was there last week"
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_paneActions; // Ctrl+1…5, in Pane order
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Rewind
