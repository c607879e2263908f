#pragma once

#include "EnvironmentSession.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Rewind
{

class DbList;
class EnvironmentBar;
class ReadOnlyBanner;
class RecordsPane;
class SettingsPane;

/// The console window. It assembles the environment bar, the read-only banner, the DB list and the
/// Records/Settings tabs, wires them to the session of the selected environment, and opens the CSV,
/// template and DB restore flows.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `settings` (not owned, outlives the window) keeps the language and window geometry.
    MainWindow(DataDir dir, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads the slots and reopens the selected environment (e.g. after the demo was built), or
    /// production when the selected generation is gone.
    void reload();
    /// Opens `env` and shows it; a failure is shown in place of the browser.
    void openEnvironment(const EnvironmentId &env);
    /// Installs `language` ("ja" or "en"), retranslates every window and remembers the choice.
    void setLanguage(const QString &language);

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
    void updateActions();

    EnvironmentSession m_session;
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

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_exportTemplateAction = nullptr;
    QAction *m_loadTemplateAction = nullptr;
    QAction *m_restoreDbAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Rewind
