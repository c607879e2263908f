#pragma once

#include "TaskOutcome.h"
#include "access/Access.h"
#include "util/DataDir.h"
#include "workspace/ProductionLocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Rewind
{

class Clock;

/// File → Preferences…: the Connection page. It says where production lives now, builds a PostgreSQL address
/// from host, port, database and user (the password comes from PGPASSWORD or ~/.pgpass, never from here),
/// and *Test Connection* connects on a worker and says what it found: the server and the workspace, or why
/// not (server down, password refused, no such database, no right to the schema). Administrators can then
/// point the data directory at it: the same workspace at a new address, or an empty database production's
/// SQLite file is moved into (ProductionLocation::use). Then productionChanged() asks the console to reopen.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `clock` must outlive the dialog.
    PreferencesDialog(DataDir dir, const Clock &clock, Session session, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The postgresql:// address the fields make.
    QString address() const;
    /// Fills the fields from an address (tests, and the current production).
    void setAddress(const QString &url);
    /// A test or a change is running (until its outcome has been handled).
    bool isBusy() const;
    /// What the last test said, as shown.
    QString resultText() const;

signals:
    /// The data directory now uses another production: the console reopens on it.
    void productionChanged();

public slots:
    /// Closing waits for nothing: while a move or switch runs, the dialog stays open.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void testConnection();
    void useAddress();
    void startUse(bool move);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_session;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);

    QTabWidget *m_tabs = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    TaskWatcher<ProductionLocation::Probe> *m_testWatcher = nullptr;
    TaskWatcher<ProductionLocation::Change> *m_useWatcher = nullptr;
    /// The last successful test, for the address it was made with.
    std::optional<ProductionLocation::Probe> m_probe;
    /// Parameters of the current address the fields do not show (sslmode, sslrootcert …), kept as they are.
    QList<std::pair<QString, QString>> m_params;
    QString m_probedAddress;
};

} // namespace Rewind
