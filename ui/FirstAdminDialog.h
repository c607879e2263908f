#pragma once

#include "TaskOutcome.h"
#include "access/Users.h"
#include "util/DataDir.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Rewind
{

class Clock;

/// For a workspace without users (UserStore::hasUsers() false): sets up the first system administrator,
/// who also becomes the primary contact, and logs them in. The form is checked with UserStore::checkLogin
/// and checkPassword (and the confirmation) before anything is written; createFirstAdmin and login then run
/// on a worker while the form is disabled. On success the dialog accepts and session() is the new
/// administrator. Children for tests: firstAdminWorkspace, firstAdminId, firstAdminName,
/// firstAdminPassword, firstAdminConfirm, firstAdminCreate, firstAdminCancel, firstAdminBusy,
/// firstAdminError.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    /// `clock` must outlive the dialog (the worker reads it; the destructor waits for the worker).
    FirstAdminDialog(DataDir dir, const Clock &clock, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    /// The new administrator, logged in; valid once the dialog was accepted.
    const Session &session() const { return m_session; }
    bool isBusy() const { return m_busy; }

public slots:
    /// "Create administrator": checks the form, then creates the user and logs them in on a worker.
    void create();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void onFinished();
    void showError(const QString &message);
    /// The form's problem in words, or empty.
    QString validate() const;

    DataDir m_dir;
    const Clock &m_clock;
    Session m_session;
    TaskWatcher<Session> m_watcher;
    bool m_busy = false;

    QWidget *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_workspace = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Rewind
