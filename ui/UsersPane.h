#pragma once

#include "TaskOutcome.h"
#include "access/Users.h"
#include "util/DataDir.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Rewind
{

class Clock;
class UserDialog;
class UsersModel;

/// The "Users" tab: every user of the workspace with role, primary contact, the effective right to open
/// generations, failed logins and login status; and the changes an administrator makes: add a user, set a
/// password, change the role, grant or revoke generations, lock, unlock, remove, make primary contact.
/// Every change is a UserStore call with the pane's Session, run on a worker thread (hashing a password
/// takes tens of milliseconds, and the production file may be busy) while the buttons are disabled; core
/// checks the rights and its refusals are shown as they are. The list itself is read on the UI thread on
/// refresh() and whenever the tab is shown.
///
/// Dialogs (add user, set password, change role) are opened window-modal without a nested event loop as
/// children named addUserDialog, setPasswordDialog, changeRoleDialog (see UserDialogs.h); removing asks
/// through MessageBoxes. Children for tests: usersTable, addUser, changePassword, changeRole,
/// toggleGenerations, lockUser, unlockUser, removeUser, makePrimaryContact, refreshUsers, usersError,
/// usersStatus, usersBusy, usersAccessNote.
class UsersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPane)

public:
    /// `clock` must outlive the pane (workers read it; the destructor waits for them).
    UsersPane(DataDir dir, const Clock &clock, Session session, QWidget *parent = nullptr);
    ~UsersPane() override;

    /// Reads the users again, keeping the selection.
    void refresh();
    /// Who acts from now on (after the main window re-read the logged-in user).
    void setSession(const Session &session);
    const Session &session() const { return m_session; }

    UsersModel *model() const { return m_model; }
    /// The selected user's id, or 0.
    qint64 selectedUserId() const;
    /// Selects user `id`; false when it is not listed.
    bool selectUser(qint64 id);
    /// A change is being written.
    bool isBusy() const { return m_busy; }

public slots:
    void addUser();
    void changePassword();
    /// Sets the logged-in user's own password (current one first). Works for every role: the window
    /// offers it in its File menu, since only administrators see this pane.
    void changeOwnPassword();
    void changeRole();
    void toggleGenerations();
    void lockUser();
    void unlockUser();
    /// Asks, naming the user ID, then removes the selected user.
    void removeUser();
    void makePrimaryContact();

signals:
    /// A change went through (the lead re-reads the logged-in user: it may have been yours).
    void usersChanged();
    /// What a change did, in one line (the window shows it in its status bar: the pane may be hidden).
    void changeDone(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openPasswordDialog(const UserInfo &user);
    /// What a change hands back: the message to show and, if not 0, the user to select afterwards.
    struct Done
    {
        QString message;
        qint64 selectId = 0;
    };
    /// Runs on a worker with its own UserStore; returns what to show, or core's error.
    using StoreWork = std::function<Result<Done>(UserStore &store)>;

    void retranslateUi();
    void updateButtons();
    const UserInfo *selectedUser() const;
    /// Runs `work` with a fresh UserStore on a worker thread. `dialog`, if any, stays open and busy until
    /// the outcome: closed on success, showing the refusal otherwise.
    void run(const QString &busyText, StoreWork work, UserDialog *dialog = nullptr);
    void onFinished();
    void showError(const QString &message);
    void showStatus(const QString &message);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_session;
    UsersModel *m_model = nullptr;
    QString m_readError;

    TaskWatcher<Done> m_watcher;
    QPointer<UserDialog> m_runningDialog;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QLabel *m_accessNote = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_generations = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Rewind
