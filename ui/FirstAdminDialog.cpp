#include "FirstAdminDialog.h"
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

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(UserStore::kMaxPasswordChars * 2); // UTF-16 units; core counts the characters
    return edit;
}
} // namespace

FirstAdminDialog::FirstAdminDialog(DataDir dir, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_dir(std::move(dir)), m_clock(clock)
{
    setObjectName(u"firstAdminDialog"_s);
    m_form = new QWidget(this);
    m_intro = WizardLabels::text(u"firstAdminIntro"_s, m_form);
    m_workspace = WizardLabels::text(u"firstAdminWorkspace"_s, m_form);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_login = new QLineEdit(m_form);
    m_login->setObjectName(u"firstAdminId"_s);
    m_login->setMaxLength(UserStore::kMaxLoginChars);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"firstAdminName"_s);
    m_password = passwordEdit(u"firstAdminPassword"_s, m_form);
    m_confirm = passwordEdit(u"firstAdminConfirm"_s, m_form);
    m_loginLabel = new QLabel(m_form);
    m_loginLabel->setBuddy(m_login);
    m_nameLabel = new QLabel(m_form);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel = new QLabel(m_form);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel = new QLabel(m_form);
    m_confirmLabel->setBuddy(m_confirm);
    m_rule = WizardLabels::text(u"firstAdminPasswordRule"_s, m_form);
    m_rule->setEnabled(false); // greyed: a hint, not a message
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_rule);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_intro);
    formLayout->addWidget(m_workspace);
    formLayout->addSpacing(6);
    formLayout->addLayout(form);

    m_busyLabel = WizardLabels::text(u"firstAdminBusy"_s, this);
    m_busyLabel->hide();
    m_error = WizardLabels::text(u"firstAdminError"_s, this);
    m_error->setStyleSheet(kErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"firstAdminCreate"_s);
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"firstAdminCancel"_s);
    // The box's accepted() would close the dialog at once: it closes once the administrator exists.
    connect(m_ok, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &FirstAdminDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<Session>>::finished, this, &FirstAdminDialog::onFinished);

    retranslateUi();
    setMinimumWidth(480);
    m_login->setFocus();
}

FirstAdminDialog::~FirstAdminDialog()
{
    // The worker reads the clock: let it finish (two hashes at most).
    m_watcher.waitForFinished();
}

QString FirstAdminDialog::validate() const
{
    const QString login = m_login->text().trimmed();
    if (const Status ok = UserStore::checkLogin(login); !ok)
        return ok.error().message;
    if (m_password->text() != m_confirm->text())
        return tr("The two passwords differ. Type the same password twice.");
    const SharedPassword password = PasswordBytes::read(m_password);
    if (const Status ok = UserStore::checkPassword(login, password->bytes()); !ok)
        return ok.error().message;
    return {};
}

void FirstAdminDialog::create()
{
    if (m_busy)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString name = m_name->text().trimmed();
    const SharedPassword password = PasswordBytes::read(m_password);
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    m_watcher.setFuture(runTask<Session>(
        std::make_shared<std::atomic_bool>(false),
        [dir, clock, login, name, password](const auto &, const std::atomic_bool *) -> Result<Session> {
            UserStore store(dir, *clock);
            auto made = store.createFirstAdmin(login, name, password->bytes());
            if (!made)
                return made.error();
            return store.login(made->login, password->bytes());
        }));
    setBusy(true);
}

void FirstAdminDialog::onFinished()
{
    setBusy(false);
    const TaskOutcome<Session> outcome = m_watcher.result();
    if (outcome.ok()) {
        m_session = *outcome.value;
        m_password->clear();
        m_confirm->clear();
        accept();
        return;
    }
    showError(outcome.error.message);
}

void FirstAdminDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_error->hide();
}

void FirstAdminDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FirstAdminDialog::reject()
{
    if (m_busy)
        return; // the administrator is being written; the answer comes within a moment
    QDialog::reject();
}

void FirstAdminDialog::retranslateUi()
{
    setWindowTitle(tr("Set Up the First Administrator"));
    m_intro->setText(tr("This workspace has no users yet. Set the first system administrator, who also becomes the "
                        "primary contact."));
    m_workspace->setText(
        m_dir.isPostgres()
            ? tr("Workspace: %1 (production: %2)").arg(QDir::toNativeSeparators(m_dir.root()), m_dir.productionUrl())
            : tr("Workspace: %1").arg(QDir::toNativeSeparators(m_dir.root())));
    m_loginLabel->setText(tr("User &ID:"));
    m_nameLabel->setText(tr("&Display name:"));
    m_name->setPlaceholderText(tr("Same as the user ID"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_rule->setText(tr("At least %1 characters, and not the user ID.").arg(UserStore::kMinPasswordChars));
    m_busyLabel->setText(tr("Creating the administrator…"));
    m_ok->setText(tr("C&reate Administrator"));
}

void FirstAdminDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Rewind
