#include "LoginDialog.h"
#include "WizardLabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "PasswordBytes.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kErrorStyle = u"color: #b3261e;"_s;

} // namespace

LoginDialog::LoginDialog(DataDir dir, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_clock(clock)
{
    setObjectName(u"loginDialog"_s);
    m_workspace = WizardLabels::text(u"loginWorkspace"_s, this);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"loginId"_s);
    m_login->setMaxLength(UserStore::kMaxLoginChars);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(UserStore::kMaxPasswordChars * 2); // UTF-16 units; core counts the characters
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);

    m_demoHint = WizardLabels::text(u"loginDemoHint"_s, this);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->setWordWrap(false); // a password must never break at its hyphen
    m_demoHint->setStyleSheet(u"#loginDemoHint { background: #e8f0fe; color: #1a3a6b;"
                              "  border: 1px solid #9ab6e6; border-radius: 4px; padding: 6px 10px; }"_s);
    m_demoHint->hide();
    m_busyLabel = WizardLabels::text(u"loginBusy"_s, this);
    m_busyLabel->hide();
    m_error = WizardLabels::text(u"loginError"_s, this);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"loginButton"_s);
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"loginCancel"_s);
    // The box's accepted() would close the dialog at once: the dialog closes once the login succeeded.
    connect(m_ok, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_workspace);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_demoHint);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<Session>>::finished, this, &LoginDialog::onFinished);

    retranslateUi();
    setMinimumWidth(420);
    m_login->setFocus();
}

LoginDialog::~LoginDialog()
{
    // The worker reads the clock: let it finish (one hash at most).
    m_watcher.waitForFinished();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::setDemoHint(const QString &text)
{
    m_demoHint->setText(text);
    m_demoHint->setVisible(!text.isEmpty());
}

void LoginDialog::logIn()
{
    if (m_busy)
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your user ID."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    // The field is emptied at once; the bytes live until the worker is done with them, then are wiped.
    const SharedPassword password = PasswordBytes::read(m_password);
    m_password->clear();
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    m_watcher.setFuture(runTask<Session>(std::make_shared<std::atomic_bool>(false),
                                         [dir, clock, login, password](const auto &, const std::atomic_bool *) {
                                             return UserStore(dir, *clock).login(login, password->bytes());
                                         }));
    setBusy(true);
}

void LoginDialog::onFinished()
{
    setBusy(false);
    const TaskOutcome<Session> outcome = m_watcher.result();
    if (outcome.ok()) {
        m_session = *outcome.value;
        accept();
        return;
    }
    showError(outcome.error.message); // core's words: wrong ID or password, delayed until …, locked
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_error->hide();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::reject()
{
    if (m_busy)
        return; // the answer comes within a moment
    QDialog::reject();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to Rewind"));
    m_workspace->setText(
        m_dir.isPostgres()
            ? tr("Workspace: %1 (production: %2)").arg(QDir::toNativeSeparators(m_dir.root()), m_dir.productionUrl())
            : tr("Workspace: %1").arg(QDir::toNativeSeparators(m_dir.root())));
    m_loginLabel->setText(tr("User &ID:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_busyLabel->setText(tr("Checking…"));
    m_ok->setText(tr("&Log in"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Rewind
