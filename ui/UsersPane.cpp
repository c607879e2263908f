#include "UsersPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "MessageBoxes.h"
#include "UserDialogs.h"
#include "UsersModel.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kErrorStyle = u"color: #b3261e;"_s;
const auto kSuccessStyle = u"color: #1e6b2e;"_s;

QLabel *lineLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}
} // namespace

UsersPane::UsersPane(DataDir dir, const Clock &clock, Session session, QWidget *parent)
    : QWidget(parent), m_dir(std::move(dir)), m_clock(clock), m_session(std::move(session))
{
    setObjectName(u"usersPane"_s);
    m_model = new UsersModel(this);

    m_intro = lineLabel(u"usersIntro"_s, this);
    m_accessNote = lineLabel(u"usersAccessNote"_s, this);
    m_accessNote->setStyleSheet(u"#usersAccessNote { background: #fff4ce; color: #4a3400;"
                                "  border: 1px solid #e0c068; border-radius: 4px; padding: 6px 10px; }"_s);
    m_accessNote->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"usersTable"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPane::updateButtons);
    setFocusProxy(m_view);

    m_add = button(u"addUser"_s, this);
    m_password = button(u"changePassword"_s, this);
    m_role = button(u"changeRole"_s, this);
    m_generations = button(u"toggleGenerations"_s, this);
    m_primary = button(u"makePrimaryContact"_s, this);
    m_lock = button(u"lockUser"_s, this);
    m_unlock = button(u"unlockUser"_s, this);
    m_remove = button(u"removeUser"_s, this);
    m_refresh = button(u"refreshUsers"_s, this);
    connect(m_add, &QPushButton::clicked, this, &UsersPane::addUser);
    connect(m_password, &QPushButton::clicked, this, &UsersPane::changePassword);
    connect(m_role, &QPushButton::clicked, this, &UsersPane::changeRole);
    connect(m_generations, &QPushButton::clicked, this, &UsersPane::toggleGenerations);
    connect(m_primary, &QPushButton::clicked, this, &UsersPane::makePrimaryContact);
    connect(m_lock, &QPushButton::clicked, this, &UsersPane::lockUser);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPane::unlockUser);
    connect(m_remove, &QPushButton::clicked, this, &UsersPane::removeUser);
    connect(m_refresh, &QPushButton::clicked, this, &UsersPane::refresh);

    // A column of buttons beside the table, grouped: add; change the selected user; lock; remove.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_password);
    buttons->addWidget(m_role);
    buttons->addWidget(m_generations);
    buttons->addWidget(m_primary);
    buttons->addSpacing(12);
    buttons->addWidget(m_lock);
    buttons->addWidget(m_unlock);
    buttons->addSpacing(12);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);

    m_busyLabel = lineLabel(u"usersBusy"_s, this);
    m_busyLabel->hide();
    m_status = lineLabel(u"usersStatus"_s, this);
    m_status->setStyleSheet(kSuccessStyle);
    m_status->hide();
    m_error = lineLabel(u"usersError"_s, this);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_intro);
    layout->addWidget(m_accessNote);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<Done>>::finished, this, &UsersPane::onFinished);

    retranslateUi();
    refresh();
}

UsersPane::~UsersPane()
{
    // The worker reads the clock, which may go with the pane's owner: let it finish (a hash at most).
    m_watcher.waitForFinished();
}

void UsersPane::refresh()
{
    const qint64 keep = selectedUserId();
    auto users = UserStore(m_dir, m_clock).list();
    if (users) {
        m_readError.clear();
        m_model->setUsers(users.value(), m_clock.now(), m_session.userId);
    } else {
        m_readError = users.error().message;
        m_model->setUsers({}, m_clock.now(), m_session.userId);
    }
    if (!m_readError.isEmpty())
        showError(m_readError);
    m_view->resizeColumnsToContents();
    if (keep == 0 || !selectUser(keep))
        updateButtons();
}

void UsersPane::setSession(const Session &session)
{
    m_session = session;
    retranslateUi(); // the access note names the user
    refresh();
}

qint64 UsersPane::selectedUserId() const
{
    const UserInfo *user = selectedUser();
    return user ? user->id : 0;
}

bool UsersPane::selectUser(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
    return true;
}

const UserInfo *UsersPane::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPane::updateButtons()
{
    const UserInfo *user = m_busy ? nullptr : selectedUser();
    const bool self = user && user->id == m_session.userId;
    m_add->setEnabled(!m_busy);
    m_refresh->setEnabled(!m_busy);
    m_password->setEnabled(user);
    m_role->setEnabled(user);

    // The grant only matters for support staff: administrators always open generations, managers never.
    const bool granted = user && user->canOpenGenerations;
    m_generations->setText(granted ? tr("Revoke &Generations") : tr("Allow &Generations"));
    m_generations->setEnabled(user && user->role == Role::Support);
    m_generations->setToolTip(user && user->role != Role::Support
                                  ? tr("Only support staff need this right: system administrators always open "
                                       "generations, managers never.")
                                  : tr("Whether the selected support staff member may open the daily generations."));

    m_primary->setEnabled(user && user->role == Role::Admin && !user->primaryContact);
    m_primary->setToolTip(user && user->role != Role::Admin ? tr("Only a system administrator can be the primary "
                                                                 "contact.")
                                                            : QString());

    m_lock->setEnabled(user && !self && !user->adminLocked);
    m_lock->setToolTip(self ? tr("You cannot lock your own account.")
                            : tr("Refuse every login of the selected user until an administrator unlocks it."));
    const bool delayed = user && user->delayedAt(m_model->now());
    m_unlock->setEnabled(user && (user->adminLocked || delayed));
    m_unlock->setToolTip(tr("Lift a lock or a login delay and reset the failed logins."));

    m_remove->setEnabled(user && !self && !user->primaryContact);
    if (self)
        m_remove->setToolTip(tr("You cannot remove your own account; another administrator can."));
    else if (user && user->primaryContact)
        m_remove->setToolTip(tr("The primary contact cannot be removed. Make another administrator the primary "
                                "contact first."));
    else
        m_remove->setToolTip(QString());
}

void UsersPane::run(const QString &busyText, StoreWork work, UserDialog *dialog)
{
    if (m_busy)
        return;
    const DataDir dir = m_dir;
    const Clock *clock = &m_clock;
    m_watcher.setFuture(runTask<Done>(std::make_shared<std::atomic_bool>(false),
                                      [dir, clock, work = std::move(work)](const auto &, const std::atomic_bool *) {
                                          UserStore store(dir, *clock);
                                          return work(store);
                                      }));
    m_busy = true;
    m_runningDialog = dialog;
    if (dialog)
        dialog->setBusy(true, busyText);
    m_busyLabel->setText(busyText);
    m_busyLabel->show();
    m_status->hide();
    m_error->hide();
    updateButtons();
}

void UsersPane::onFinished()
{
    m_busy = false;
    m_busyLabel->hide();
    const TaskOutcome<Done> outcome = m_watcher.result();
    UserDialog *dialog = m_runningDialog;
    m_runningDialog.clear();
    refresh(); // also after a refusal: someone else may have changed the users meanwhile
    if (outcome.ok()) {
        if (outcome.value->selectId != 0)
            selectUser(outcome.value->selectId);
        showStatus(outcome.value->message);
        if (dialog) {
            dialog->setBusy(false);
            dialog->accept();
        }
        m_view->setFocus();
        emit usersChanged();
        emit changeDone(outcome.value->message);
        return;
    }
    showError(outcome.error.message);
    if (dialog) {
        dialog->setBusy(false);
        dialog->showError(outcome.error.message);
        if (auto *password = qobject_cast<SetPasswordDialog *>(dialog))
            password->clearCurrentPassword();
    }
}

void UsersPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_status->hide();
}

void UsersPane::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_error->hide();
}

void UsersPane::addUser()
{
    if (m_busy)
        return;
    auto *dialog = new NewUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        const Session actor = m_session;
        const QString login = dialog->login();
        const QString name = dialog->displayName();
        const Role role = dialog->role();
        const bool generations = dialog->canOpenGenerations();
        const SharedPassword password = dialog->password();
        run(
            tr("Adding %1…").arg(login),
            [actor, login, name, role, generations, password](UserStore &store) -> Result<Done> {
                auto made = store.createUser(actor, login, name, role, password->bytes(), generations);
                if (!made)
                    return made.error();
                return Done{tr("User %1 added as %2.").arg(made->login, roleName(made->role)), made->id};
            },
            dialog);
    });
    dialog->open();
}

void UsersPane::changeOwnPassword()
{
    if (m_busy)
        return;
    auto self = UserStore(m_dir, m_clock).find(m_session.userId);
    if (!self) {
        showError(self.error().message);
        emit changeDone(self.error().message);
        return;
    }
    openPasswordDialog(self.value());
}

void UsersPane::changePassword()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    openPasswordDialog(*user);
}

void UsersPane::openPasswordDialog(const UserInfo &user)
{
    const bool own = user.id == m_session.userId;
    auto *dialog = new SetPasswordDialog(user, own, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        const Session actor = m_session;
        const UserInfo target = dialog->user();
        const bool own = dialog->isOwnAccount();
        const SharedPassword current = dialog->currentPassword();
        const SharedPassword password = dialog->newPassword();
        run(
            tr("Setting the password of %1…").arg(target.login),
            [actor, target, own, current, password](UserStore &store) -> Result<Done> {
                if (own) {
                    // Your own password: prove you know the current one first (it counts as a login).
                    auto confirmed = store.login(actor.login, current->bytes());
                    if (!confirmed) {
                        Error error = confirmed.error();
                        if (error.code == ErrorCode::InvalidArgument)
                            error.message = tr("The current password is wrong.");
                        return error;
                    }
                }
                if (const Status st = store.setPassword(actor, target.id, password->bytes()); !st)
                    return st.error();
                return Done{own ? tr("Your password was changed.") : tr("New password set for %1.").arg(target.login),
                            target.id};
            },
            dialog);
    });
    dialog->open();
}

void UsersPane::changeRole()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    auto *dialog = new RoleDialog(*user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        const Session actor = m_session;
        const UserInfo target = dialog->user();
        const Role role = dialog->role();
        run(
            tr("Changing the role of %1…").arg(target.login),
            [actor, target, role](UserStore &store) -> Result<Done> {
                if (const Status st = store.setRole(actor, target.id, role); !st)
                    return st.error();
                return Done{tr("%1 is now %2.").arg(target.login, roleName(role)), target.id};
            },
            dialog);
    });
    dialog->open();
}

void UsersPane::toggleGenerations()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    const Session actor = m_session;
    const UserInfo target = *user;
    const bool allow = !target.canOpenGenerations;
    run(allow ? tr("Allowing %1 to open generations…").arg(target.login)
              : tr("Revoking the generation right of %1…").arg(target.login),
        [actor, target, allow](UserStore &store) -> Result<Done> {
            if (const Status st = store.setCanOpenGenerations(actor, target.id, allow); !st)
                return st.error();
            return Done{allow ? tr("%1 may now open generations.").arg(target.login)
                              : tr("%1 may no longer open generations.").arg(target.login),
                        target.id};
        });
}

void UsersPane::lockUser()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    const Session actor = m_session;
    const UserInfo target = *user;
    run(tr("Locking %1…").arg(target.login), [actor, target](UserStore &store) -> Result<Done> {
        if (const Status st = store.lock(actor, target.id); !st)
            return st.error();
        return Done{
            tr("%1 is locked: every login is refused until an administrator unlocks the account.").arg(target.login),
            target.id};
    });
}

void UsersPane::unlockUser()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    const Session actor = m_session;
    const UserInfo target = *user;
    run(tr("Unlocking %1…").arg(target.login), [actor, target](UserStore &store) -> Result<Done> {
        if (const Status st = store.unlock(actor, target.id); !st)
            return st.error();
        return Done{tr("%1 is unlocked and may log in again.").arg(target.login), target.id};
    });
}

void UsersPane::removeUser()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    const UserInfo target = *user;
    const QString text = tr("Remove the user %1 (%2, %3)?\n\nThey can no longer log in. The history keeps what they "
                            "did.")
                             .arg(target.login, target.displayName, roleName(target.role));
    QPointer<UsersPane> self(this);
    MessageBoxes::question(this, tr("Remove User"), text, QMessageBox::Yes | QMessageBox::Cancel,
                           [self, target](QMessageBox::StandardButton answer) {
                               if (!self || answer != QMessageBox::Yes)
                                   return;
                               const Session actor = self->m_session;
                               self->run(tr("Removing %1…").arg(target.login),
                                         [actor, target](UserStore &store) -> Result<Done> {
                                             if (const Status st = store.remove(actor, target.id); !st)
                                                 return st.error();
                                             return Done{tr("User %1 removed.").arg(target.login), 0};
                                         });
                           });
}

void UsersPane::makePrimaryContact()
{
    const UserInfo *user = selectedUser();
    if (m_busy || !user)
        return;
    const Session actor = m_session;
    const UserInfo target = *user;
    run(tr("Making %1 the primary contact…").arg(target.login), [actor, target](UserStore &store) -> Result<Done> {
        if (const Status st = store.setPrimaryContact(actor, target.id); !st)
            return st.error();
        return Done{tr("%1 is now the primary contact.").arg(target.login), target.id};
    });
}

bool UsersPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) && m_remove->isEnabled()) {
            removeUser();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UsersPane::retranslateUi()
{
    m_intro->setText(tr("Who may log in to this workspace and what they may do. Every change and every login is "
                        "recorded in the history."));
    m_accessNote->setText(m_session.isAdmin()
                              ? QString()
                              : tr("You are logged in as %1 (%2). Only a system administrator can manage users and "
                                   "roles; you can set your own password.")
                                    .arg(m_session.login, roleName(m_session.role)));
    m_accessNote->setVisible(!m_session.isAdmin());
    m_add->setText(tr("&Add User…"));
    m_password->setText(tr("Set &Password…"));
    m_role->setText(tr("Change &Role…"));
    m_primary->setText(tr("Make Primary &Contact"));
    m_lock->setText(tr("Loc&k"));
    m_unlock->setText(tr("&Unlock"));
    m_remove->setText(tr("Re&move…"));
    m_refresh->setText(tr("R&efresh"));
    m_refresh->setToolTip(tr("Read the users again (changes made by rewindctl or another console appear)."));
    m_model->retranslate();
    updateButtons();
}

void UsersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another console or rewindctl may have changed the users, and login delays run out.
    if (!m_busy)
        refresh();
}

} // namespace Rewind
