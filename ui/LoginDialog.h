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

/// "Log in to Rewind": user ID and password for the workspace in `dir`. UserStore::login runs on a worker
/// (it hashes for tens of milliseconds) while the form is disabled; a refusal shows core's message as it is
/// (wrong ID or password, delayed until …, locked), empties the password and keeps the ID. On success the
/// dialog accepts and session() is the logged-in user. The password's bytes are wiped once the worker is
/// done with them. Children for tests: loginWorkspace, loginId, loginPassword, loginButton, loginCancel,
/// loginBusy, loginError, loginDemoHint.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    /// `clock` must outlive the dialog (the worker reads it; the destructor waits for the worker).
    LoginDialog(DataDir dir, const Clock &clock, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// Prefills the user ID and moves the focus to the password.
    void setLogin(const QString &login);
    /// An extra note under the fields (the demo workspace lists its users' passwords there); empty hides it.
    void setDemoHint(const QString &text);
    /// The logged-in user; valid once the dialog was accepted.
    const Session &session() const { return m_session; }
    bool isBusy() const { return m_busy; }

public slots:
    /// "Log in": checks the form, then asks UserStore::login on a worker.
    void logIn();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void onFinished();
    void showError(const QString &message);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_session;
    TaskWatcher<Session> m_watcher;
    bool m_busy = false;

    QLabel *m_workspace = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_demoHint = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Rewind
