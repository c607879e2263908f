#pragma once

#include "PasswordBytes.h"
#include "access/Users.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Rewind
{

/// The frame the Users tab's small dialogs share: a form, an inline error line, a busy line, OK and
/// Cancel. OK checks the form (validate()) and emits submitted() instead of closing: the Users tab runs
/// the change on a worker, keeps the dialog open and disabled meanwhile (setBusy), and either closes it
/// (accept()) or shows core's refusal in it (showError) so nothing typed is lost. Escape does nothing
/// while busy. Children for tests: userDialogOk, userDialogError, userDialogBusy.
class UserDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    ~UserDialog() override;

    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const { return m_busy; }
    /// Shows `message` in red under the form; empty hides the line.
    void showError(const QString &message);

signals:
    /// OK was pressed and the form is valid.
    void submitted();

public slots:
    void reject() override;

protected:
    /// `name` becomes the objectName; `okText` is the OK button's text.
    UserDialog(const QString &name, QWidget *parent);
    /// Adds the form and the buttons; subclasses call it at the end of their constructor.
    void finishLayout(const QString &intro, QFormLayout *form, const QString &okText);
    /// The form's problem in words, or empty when it may be submitted. The default accepts everything.
    virtual QString validate() const;
    /// Password and confirmation: empty when they match and follow the rule for `login`.
    static QString passwordProblem(const QString &login, const QLineEdit *password, const QLineEdit *confirm);
    static QLineEdit *passwordEdit(const QString &name, QWidget *parent);
    QPushButton *okButton() const { return m_ok; }

private:
    void submit();

    QWidget *m_form = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};

/// "Add user…": ID, display name, role, password twice and, for support staff, the right to open
/// generations. objectName "addUserDialog"; fields newUserId, newUserName, newUserRole, newUserPassword,
/// newUserConfirm, newUserGenerations.
class NewUserDialog final : public UserDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewUserDialog)

public:
    explicit NewUserDialog(QWidget *parent = nullptr);

    QString login() const;
    QString displayName() const;
    Role role() const;
    /// The grant as stored: only support staff get it (administrators always may, managers never).
    bool canOpenGenerations() const;
    SharedPassword password() const;

protected:
    QString validate() const override;

private:
    void updateGenerations();

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_generations = nullptr;
};

/// "Set password…" for one user. For your own account it also asks for the current password, which the
/// Users tab checks (UserStore::login) before changing it. objectName "setPasswordDialog"; fields
/// setPasswordCurrent (own account only), setPasswordNew, setPasswordConfirm.
class SetPasswordDialog final : public UserDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetPasswordDialog)

public:
    SetPasswordDialog(const UserInfo &user, bool ownAccount, QWidget *parent = nullptr);

    const UserInfo &user() const { return m_user; }
    bool isOwnAccount() const { return m_current != nullptr; }
    /// Empty unless isOwnAccount().
    SharedPassword currentPassword() const;
    SharedPassword newPassword() const;
    /// Empties the current-password field (after it was found wrong) and focuses it.
    void clearCurrentPassword();

protected:
    QString validate() const override;

private:
    UserInfo m_user;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
};

/// "Change role…": a role combo ("roleChoice") preset to the user's role; OK is enabled once another role
/// is chosen. objectName "changeRoleDialog".
class RoleDialog final : public UserDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDialog)

public:
    RoleDialog(const UserInfo &user, QWidget *parent = nullptr);

    const UserInfo &user() const { return m_user; }
    Role role() const;

private:
    UserInfo m_user;
    QComboBox *m_role = nullptr;
};

} // namespace Rewind
