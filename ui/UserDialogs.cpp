#include "UserDialogs.h"
#include "WizardLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kErrorStyle = u"color: #b3261e;"_s;

QString roleDescription(Role role)
{
    switch (role) {
    case Role::Admin:
        return UserDialog::tr("Everything, including users and roles.");
    case Role::Support:
        return UserDialog::tr("Production records and CSV; opens generations only when allowed.");
    case Role::Manager:
        return UserDialog::tr("Reads the history; changes nothing and opens no generations.");
    }
    return {};
}

/// A role combo and, under it, a greyed line saying what the chosen role may do (`name` + "Hint").
QComboBox *roleCombo(const QString &name, Role current, QWidget *parent, QLabel **hint)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (Role role : allRoles()) {
        combo->addItem(roleName(role), int(role));
        combo->setItemData(combo->count() - 1, roleDescription(role), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(combo->findData(int(current)));
    auto *label = WizardLabels::text(name + u"Hint"_s, parent);
    label->setEnabled(false);  // greyed: a hint, not a message
    label->setWordWrap(false); // one short line; wrapped, a form row can cut it short
    auto update = [combo, label] {
        label->setText(roleDescription(Role(combo->currentData().toInt())));
    };
    QObject::connect(combo, &QComboBox::currentIndexChanged, label, update);
    update();
    *hint = label;
    return combo;
}

QString passwordRuleText()
{
    return UserDialog::tr("At least %1 characters, and not the user ID.").arg(UserStore::kMinPasswordChars);
}
} // namespace

// ---- UserDialog ------------------------------------------------------------------------------------------

UserDialog::UserDialog(const QString &name, QWidget *parent) : QDialog(parent)
{
    setObjectName(name);
    m_form = new QWidget(this);
    m_busyLabel = WizardLabels::text(u"userDialogBusy"_s, this);
    m_busyLabel->hide();
    m_error = WizardLabels::text(u"userDialogError"_s, this);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
}

UserDialog::~UserDialog() = default;

void UserDialog::finishLayout(const QString &intro, QFormLayout *form, const QString &okText)
{
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    if (!intro.isEmpty()) {
        auto *label = WizardLabels::text(u"userDialogIntro"_s, m_form);
        label->setText(intro);
        formLayout->addWidget(label);
    }
    formLayout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"userDialogOk"_s);
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"userDialogCancel"_s);
    // The box's accepted() would close the dialog at once: OK only submits, the Users tab closes it.
    connect(m_ok, &QPushButton::clicked, this, &UserDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void UserDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
    if (busy)
        m_error->hide();
}

void UserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UserDialog::reject()
{
    if (m_busy)
        return; // the change is being written; it cannot be taken back halfway
    QDialog::reject();
}

QString UserDialog::validate() const
{
    return {};
}

QString UserDialog::passwordProblem(const QString &login, const QLineEdit *password, const QLineEdit *confirm)
{
    if (password->text() != confirm->text())
        return tr("The two passwords differ. Type the same password twice.");
    const SharedPassword bytes = PasswordBytes::read(password);
    const Status ok = UserStore::checkPassword(login, bytes->bytes());
    return ok ? QString() : ok.error().message;
}

QLineEdit *UserDialog::passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(UserStore::kMaxPasswordChars * 2); // UTF-16 units; core counts the characters
    return edit;
}

void UserDialog::submit()
{
    if (m_busy)
        return;
    const QString problem = validate();
    showError(problem);
    if (problem.isEmpty())
        emit submitted();
}

// ---- NewUserDialog ---------------------------------------------------------------------------------------

NewUserDialog::NewUserDialog(QWidget *parent) : UserDialog(u"addUserDialog"_s, parent)
{
    setWindowTitle(tr("Add User"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(u"newUserId"_s);
    m_login->setMaxLength(UserStore::kMaxLoginChars);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"newUserName"_s);
    m_name->setPlaceholderText(tr("Same as the user ID"));
    QLabel *roleHint = nullptr;
    m_role = roleCombo(u"newUserRole"_s, Role::Support, this, &roleHint);
    m_password = passwordEdit(u"newUserPassword"_s, this);
    m_confirm = passwordEdit(u"newUserConfirm"_s, this);
    m_generations = new QCheckBox(tr("May open &generations"), this);
    m_generations->setObjectName(u"newUserGenerations"_s);
    auto *rule = WizardLabels::text(u"newUserPasswordRule"_s, this);
    rule->setText(passwordRuleText());
    rule->setEnabled(false); // greyed: a hint, not a message

    auto *form = new QFormLayout;
    form->addRow(tr("User &ID:"), m_login);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), roleHint);
    form->addRow(QString(), m_generations);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(QString(), rule);
    finishLayout({}, form, tr("&Add User"));

    connect(m_role, &QComboBox::currentIndexChanged, this, &NewUserDialog::updateGenerations);
    updateGenerations();
    m_login->setFocus();
}

void NewUserDialog::updateGenerations()
{
    const Role r = role();
    m_generations->setEnabled(r == Role::Support);
    switch (r) {
    case Role::Admin:
        m_generations->setToolTip(tr("System administrators always may open generations."));
        break;
    case Role::Support:
        m_generations->setToolTip(tr("Support staff may open the daily generations only when this is ticked."));
        break;
    case Role::Manager:
        m_generations->setToolTip(tr("Managers never open generations."));
        break;
    }
}

QString NewUserDialog::login() const
{
    return m_login->text().trimmed();
}

QString NewUserDialog::displayName() const
{
    return m_name->text().trimmed();
}

Role NewUserDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

bool NewUserDialog::canOpenGenerations() const
{
    return role() == Role::Support && m_generations->isChecked();
}

SharedPassword NewUserDialog::password() const
{
    return PasswordBytes::read(m_password);
}

QString NewUserDialog::validate() const
{
    if (const Status ok = UserStore::checkLogin(login()); !ok)
        return ok.error().message;
    return passwordProblem(login(), m_password, m_confirm);
}

// ---- SetPasswordDialog -----------------------------------------------------------------------------------

SetPasswordDialog::SetPasswordDialog(const UserInfo &user, bool ownAccount, QWidget *parent)
    : UserDialog(u"setPasswordDialog"_s, parent), m_user(user)
{
    setWindowTitle(tr("Set Password"));
    auto *form = new QFormLayout;
    if (ownAccount) {
        m_current = passwordEdit(u"setPasswordCurrent"_s, this);
        form->addRow(tr("C&urrent password:"), m_current);
    }
    m_password = passwordEdit(u"setPasswordNew"_s, this);
    m_confirm = passwordEdit(u"setPasswordConfirm"_s, this);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    auto *rule = WizardLabels::text(u"setPasswordRule"_s, this);
    rule->setText(passwordRuleText());
    rule->setEnabled(false);
    form->addRow(QString(), rule);
    const QString intro = ownAccount ? tr("A new password for your account, %1.").arg(user.login)
                                     : tr("A new password for %1 (%2). Tell them the new password in person; "
                                          "failed logins and locks stay as they are.")
                                           .arg(user.login, user.displayName);
    finishLayout(intro, form, tr("&Set Password"));
    (m_current ? m_current : m_password)->setFocus();
}

SharedPassword SetPasswordDialog::currentPassword() const
{
    return m_current ? PasswordBytes::read(m_current) : std::make_shared<const PasswordBytes>(QByteArray());
}

SharedPassword SetPasswordDialog::newPassword() const
{
    return PasswordBytes::read(m_password);
}

void SetPasswordDialog::clearCurrentPassword()
{
    if (!m_current)
        return;
    m_current->clear();
    m_current->setFocus();
}

QString SetPasswordDialog::validate() const
{
    if (m_current && m_current->text().isEmpty())
        return tr("Enter your current password.");
    return passwordProblem(m_user.login, m_password, m_confirm);
}

// ---- RoleDialog ------------------------------------------------------------------------------------------

RoleDialog::RoleDialog(const UserInfo &user, QWidget *parent) : UserDialog(u"changeRoleDialog"_s, parent), m_user(user)
{
    setWindowTitle(tr("Change Role"));
    QLabel *roleHint = nullptr;
    m_role = roleCombo(u"roleChoice"_s, user.role, this, &roleHint);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), roleHint);
    finishLayout(tr("The role of %1 (%2), now %3.").arg(user.login, user.displayName, roleName(user.role)), form,
                 tr("&Change Role"));
    auto update = [this] {
        okButton()->setEnabled(!isBusy() && role() != m_user.role);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, update);
    update();
    m_role->setFocus();
}

Role RoleDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

} // namespace Rewind
