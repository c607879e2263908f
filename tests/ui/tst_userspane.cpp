// The Users tab, driven like a user would: a real UsersPane on a fresh, empty production workspace per
// test with three users, a ManualClock, widgets and dialogs found by objectName, the worker awaited with
// QTRY_*, confirmations answered through MessageBoxes; what was stored is checked through UserStore.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "MessageBoxes.h"
#include "TestSupport.h"
#include "UserDialogs.h"
#include "UsersModel.h"
#include "UsersPane.h"
#include "access/Users.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/Production.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0));
const QByteArray kAdminPassword = "Admin-Lantern-2026"_ba;
const QByteArray kSupportPassword = "Support-Harbour-73"_ba;
const QByteArray kManagerPassword = "Kiwi.Orchard.Nine"_ba;

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

class TestUsersPane final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsUsersWithTheirState();
    void addingSupportUserThroughDialog();
    void addUserDialogChecksBeforeAsking();
    void takenLoginKeepsDialogOpen();
    void nonAdminIsRefusedWithCoreMessage();
    void lockAndUnlockChangeStatus();
    void loginDelayShowsAndUnlockLiftsIt();
    void removingNeedsConfirmation();
    void ownAccountCannotBeLockedOrRemoved();
    void setPasswordForAnotherUser();
    void ownPasswordNeedsCurrentOne();
    void changeRoleThroughDialog();
    void toggleGenerationsGrantsAndRevokes();
    void makePrimaryContactMovesTheFlag();

private:
    UserStore store() const { return UserStore(*m_dir, m_clock); }
    std::unique_ptr<UsersPane> openPane(const Session &session);
    /// The user `login` as stored now.
    std::optional<UserInfo> user(const QString &login) const;
    /// The text of `column` in the row of `login`.
    QString cell(UsersPane *pane, const QString &login, int column) const;
    void select(UsersPane *pane, const QString &login);
    /// Clicks `buttonName` and returns the dialog named `dialogName` it opens.
    QDialog *openDialog(UsersPane *pane, const char *buttonName, const char *dialogName);
    /// Clicks the dialog's OK and waits until the pane's worker answered.
    void submit(UsersPane *pane, QDialog *dialog);
    /// Clicks `buttonName` (no dialog) and waits until the pane's worker answered.
    void click(UsersPane *pane, const char *buttonName);

    ManualClock m_clock{kNow};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
    Session m_admin, m_sato, m_mori;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QList<MessageBoxes::Request> m_questions;
};

void TestUsersPane::init()
{
    I18n::install(u"en"_s);
    m_clock.set(kNow);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
    VERIFY_OK(Production::create(*m_dir, u"テスト"_s, m_clock));

    UserStore users = store();
    VERIFY_OK(users.createFirstAdmin(u"admin"_s, u"管理者"_s, kAdminPassword));
    auto admin = users.login(u"admin"_s, kAdminPassword);
    VERIFY_OK(admin);
    m_admin = admin.value();
    VERIFY_OK(users.createUser(m_admin, u"sato"_s, u"佐藤"_s, Role::Support, kSupportPassword, false));
    VERIFY_OK(users.createUser(m_admin, u"mori"_s, u"森"_s, Role::Manager, kManagerPassword, false));
    m_sato = users.login(u"sato"_s, kSupportPassword).value();
    m_mori = users.login(u"mori"_s, kManagerPassword).value();

    m_answer = QMessageBox::Yes;
    m_questions.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_questions.append(request);
        return request.buttons.testFlag(m_answer) ? m_answer : QMessageBox::Ok;
    });
}

void TestUsersPane::cleanup()
{
    MessageBoxes::setHandler({});
    m_dir.reset();
    m_tmp.reset();
}

std::unique_ptr<UsersPane> TestUsersPane::openPane(const Session &session)
{
    auto pane = std::make_unique<UsersPane>(*m_dir, m_clock, session);
    pane->resize(1000, 480);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

std::optional<UserInfo> TestUsersPane::user(const QString &login) const
{
    const auto users = store().list();
    if (!users)
        return std::nullopt;
    for (const UserInfo &u : users.value()) {
        if (u.login == login)
            return u;
    }
    return std::nullopt;
}

QString TestUsersPane::cell(UsersPane *pane, const QString &login, int column) const
{
    const auto u = user(login);
    if (!u)
        return u"(no such user)"_s;
    const int row = pane->model()->rowOf(u->id);
    return row < 0 ? u"(not listed)"_s : pane->model()->index(row, column).data().toString();
}

void TestUsersPane::select(UsersPane *pane, const QString &login)
{
    const auto u = user(login);
    QVERIFY(u);
    auto *view = child<QTableView>(pane, "usersTable");
    const int row = pane->model()->rowOf(u->id);
    QVERIFY(row >= 0);
    // A click on the row, as a person selects it.
    const QRect rect = view->visualRect(pane->model()->index(row, UsersModel::DisplayNameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pane->selectedUserId(), u->id);
}

QDialog *TestUsersPane::openDialog(UsersPane *pane, const char *buttonName, const char *dialogName)
{
    auto *button = child<QPushButton>(pane, buttonName);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = child<QDialog>(pane, dialogName);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestUsersPane::submit(UsersPane *pane, QDialog *dialog)
{
    auto *ok = child<QPushButton>(dialog, "userDialogOk");
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!pane->isBusy());
}

void TestUsersPane::click(UsersPane *pane, const char *buttonName)
{
    auto *button = child<QPushButton>(pane, buttonName);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!pane->isBusy());
}

void TestUsersPane::listsUsersWithTheirState()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane->model()->rowCount(), 3);
    QCOMPARE(pane->model()->columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(pane->model()->headerData(UsersModel::GenerationsColumn, Qt::Horizontal).toString(),
             u"Opens generations"_s);

    QCOMPARE(cell(pane.get(), u"admin"_s, UsersModel::DisplayNameColumn), u"管理者"_s);
    QCOMPARE(cell(pane.get(), u"admin"_s, UsersModel::RoleColumn), roleName(Role::Admin));
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::RoleColumn), roleName(Role::Support));
    QCOMPARE(cell(pane.get(), u"mori"_s, UsersModel::RoleColumn), roleName(Role::Manager));
    QCOMPARE(cell(pane.get(), u"admin"_s, UsersModel::PrimaryContactColumn), u"✓"_s);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::PrimaryContactColumn), QString());
    QCOMPARE(cell(pane.get(), u"admin"_s, UsersModel::GenerationsColumn), u"always"_s);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::GenerationsColumn), u"not granted"_s);
    QCOMPARE(cell(pane.get(), u"mori"_s, UsersModel::GenerationsColumn), u"—"_s);
    QCOMPARE(cell(pane.get(), u"mori"_s, UsersModel::FailedLoginsColumn), u"0"_s);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Active"_s);
    // You are in bold; no access note for an administrator.
    const int adminRow = pane->model()->rowOf(m_admin.userId);
    QVERIFY(pane->model()->index(adminRow, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!child<QLabel>(pane.get(), "usersAccessNote")->isVisible());

    // Nothing selected: only Add user (and Refresh) work.
    QVERIFY(child<QPushButton>(pane.get(), "addUser")->isEnabled());
    for (const char *name : {"changePassword", "changeRole", "toggleGenerations", "lockUser", "unlockUser",
                             "removeUser", "makePrimaryContact"})
        QVERIFY2(!child<QPushButton>(pane.get(), name)->isEnabled(), name);

    // A failed login since appears on Refresh.
    QVERIFY(!store().login(u"mori"_s, "wrong-password-here"_ba));
    QTest::mouseClick(child<QPushButton>(pane.get(), "refreshUsers"), Qt::LeftButton);
    QCOMPARE(cell(pane.get(), u"mori"_s, UsersModel::FailedLoginsColumn), u"1"_s);
}

void TestUsersPane::addingSupportUserThroughDialog()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    QSignalSpy changed(pane.get(), &UsersPane::usersChanged);
    QDialog *dialog = openDialog(pane.get(), "addUser", "addUserDialog");
    QVERIFY(dialog);
    type(child<QLineEdit>(dialog, "newUserId"), u"tanaka"_s);
    child<QLineEdit>(dialog, "newUserName")->insert(u"田中"_s);
    auto *role = child<QComboBox>(dialog, "newUserRole");
    role->setCurrentIndex(role->findData(int(Role::Manager)));
    auto *generations = child<QCheckBox>(dialog, "newUserGenerations");
    QVERIFY(!generations->isEnabled()); // managers never open generations
    role->setCurrentIndex(role->findData(int(Role::Support)));
    QVERIFY(generations->isEnabled());
    generations->setChecked(true);
    type(child<QLineEdit>(dialog, "newUserPassword"), u"Tanaka-Password-01"_s);
    type(child<QLineEdit>(dialog, "newUserConfirm"), u"Tanaka-Password-01"_s);
    QPointer<QDialog> watch(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "userDialogOk"), Qt::LeftButton);
    QVERIFY(pane->isBusy()); // the hash runs on a worker, the dialog waits
    QVERIFY(!child<QPushButton>(pane.get(), "addUser")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "userDialogOk")->isEnabled());
    QTRY_VERIFY(!pane->isBusy());
    QTRY_VERIFY(!watch); // closed and deleted

    const auto tanaka = user(u"tanaka"_s);
    QVERIFY(tanaka);
    QCOMPARE(tanaka->displayName, u"田中"_s);
    QCOMPARE(tanaka->role, Role::Support);
    QVERIFY(tanaka->canOpenGenerations);
    VERIFY_OK(store().login(u"tanaka"_s, "Tanaka-Password-01"_ba));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(pane->model()->rowCount(), 4);
    QCOMPARE(pane->selectedUserId(), tanaka->id);
    QCOMPARE(cell(pane.get(), u"tanaka"_s, UsersModel::GenerationsColumn), u"granted"_s);
    auto *status = child<QLabel>(pane.get(), "usersStatus");
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"User tanaka added as Support staff."_s);
}

void TestUsersPane::addUserDialogChecksBeforeAsking()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    QDialog *dialog = openDialog(pane.get(), "addUser", "addUserDialog");
    QVERIFY(dialog);
    auto *error = child<QLabel>(dialog, "userDialogError");
    type(child<QLineEdit>(dialog, "newUserId"), u"tanaka"_s);
    type(child<QLineEdit>(dialog, "newUserPassword"), u"Tanaka-Password-01"_s);
    type(child<QLineEdit>(dialog, "newUserConfirm"), u"Tanaka-Password-02"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "userDialogOk"), Qt::LeftButton);
    QVERIFY(!pane->isBusy());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The two passwords differ. Type the same password twice."_s);

    type(child<QLineEdit>(dialog, "newUserPassword"), u"tanaka"_s);
    type(child<QLineEdit>(dialog, "newUserConfirm"), u"tanaka"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "userDialogOk"), Qt::LeftButton);
    QVERIFY(!pane->isBusy());
    QCOMPARE(error->text(), u"A password needs at least %1 characters."_s.arg(UserStore::kMinPasswordChars));
    QVERIFY(dialog->isVisible());
    QVERIFY(!user(u"tanaka"_s));

    // Cancel closes it; nothing was added.
    QPointer<QDialog> watch(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "userDialogCancel"), Qt::LeftButton);
    QTRY_VERIFY(!watch);
    QCOMPARE(store().list()->size(), 3);
}

void TestUsersPane::takenLoginKeepsDialogOpen()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    QDialog *dialog = openDialog(pane.get(), "addUser", "addUserDialog");
    QVERIFY(dialog);
    type(child<QLineEdit>(dialog, "newUserId"), u"SATO"_s);
    type(child<QLineEdit>(dialog, "newUserPassword"), u"Another-Password-9"_s);
    type(child<QLineEdit>(dialog, "newUserConfirm"), u"Another-Password-9"_s);
    submit(pane.get(), dialog);
    // Core's refusal in the dialog, which stays open with what was typed, and in the pane.
    QVERIFY(dialog->isVisible());
    const QString message = child<QLabel>(dialog, "userDialogError")->text();
    QVERIFY2(message.contains(u"is taken"_s), qPrintable(message));
    QCOMPARE(child<QLabel>(pane.get(), "usersError")->text(), message);
    QCOMPARE(child<QLineEdit>(dialog, "newUserId")->text(), u"SATO"_s);
    QVERIFY(child<QPushButton>(dialog, "userDialogOk")->isEnabled());
    QCOMPARE(store().list()->size(), 3);

    // A different ID goes through from the same dialog.
    type(child<QLineEdit>(dialog, "newUserId"), u"sato2"_s);
    QPointer<QDialog> watch(dialog);
    submit(pane.get(), dialog);
    QTRY_VERIFY(!watch);
    QVERIFY(user(u"sato2"_s));
}

void TestUsersPane::nonAdminIsRefusedWithCoreMessage()
{
    auto pane = openPane(m_mori);
    QVERIFY(pane);
    QSignalSpy changed(pane.get(), &UsersPane::usersChanged);
    QVERIFY(child<QLabel>(pane.get(), "usersAccessNote")->isVisible());
    auto *error = child<QLabel>(pane.get(), "usersError");

    select(pane.get(), u"sato"_s);
    click(pane.get(), "lockUser");
    QVERIFY(error->isVisible());
    const QString refusal =
        u"mori may not %1: only a %2 may."_s.arg(UserStore::manageUsersRightName(), roleName(Role::Admin));
    QCOMPARE(error->text(), refusal);
    QVERIFY(!user(u"sato"_s)->adminLocked);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Active"_s);

    // Adding a user: the dialog is filled in, core refuses, both show its words.
    QDialog *dialog = openDialog(pane.get(), "addUser", "addUserDialog");
    QVERIFY(dialog);
    type(child<QLineEdit>(dialog, "newUserId"), u"intruder"_s);
    type(child<QLineEdit>(dialog, "newUserPassword"), u"Intruder-Password-1"_s);
    type(child<QLineEdit>(dialog, "newUserConfirm"), u"Intruder-Password-1"_s);
    submit(pane.get(), dialog);
    QCOMPARE(error->text(), refusal);
    QCOMPARE(child<QLabel>(dialog, "userDialogError")->text(), refusal);
    QVERIFY(!user(u"intruder"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "userDialogCancel"), Qt::LeftButton);

    // Removing is refused after the confirmation, too.
    select(pane.get(), u"sato"_s);
    click(pane.get(), "removeUser");
    QCOMPARE(error->text(), refusal);
    QVERIFY(user(u"sato"_s));
    QCOMPARE(changed.count(), 0);
}

void TestUsersPane::lockAndUnlockChangeStatus()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    QSignalSpy changed(pane.get(), &UsersPane::usersChanged);
    select(pane.get(), u"sato"_s);
    QVERIFY(child<QPushButton>(pane.get(), "lockUser")->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "unlockUser")->isEnabled());

    click(pane.get(), "lockUser");
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Locked by an administrator"_s);
    QVERIFY(user(u"sato"_s)->adminLocked);
    QVERIFY(!store().login(u"sato"_s, kSupportPassword));
    QCOMPARE(pane->selectedUserId(), m_sato.userId); // still selected
    QVERIFY(!child<QPushButton>(pane.get(), "lockUser")->isEnabled());
    QVERIFY(child<QPushButton>(pane.get(), "unlockUser")->isEnabled());
    QVERIFY(child<QLabel>(pane.get(), "usersStatus")->text().startsWith(u"sato is locked"_s));

    click(pane.get(), "unlockUser");
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Active"_s);
    QVERIFY(!user(u"sato"_s)->adminLocked);
    VERIFY_OK(store().login(u"sato"_s, kSupportPassword));
    QCOMPARE(changed.count(), 2);
}

void TestUsersPane::loginDelayShowsAndUnlockLiftsIt()
{
    for (int i = 0; i < UserStore::kFailuresBeforeDelay; ++i)
        QVERIFY(!store().login(u"sato"_s, "not-the-password"_ba));
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    const QString until = kNow.addSecs(UserStore::kFirstDelaySecs).toString(u"HH:mm:ss"_s);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Login delayed until %1"_s.arg(until));
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::FailedLoginsColumn), u"5"_s);
    select(pane.get(), u"sato"_s);
    click(pane.get(), "unlockUser");
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::StatusColumn), u"Active"_s);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::FailedLoginsColumn), u"0"_s);
    VERIFY_OK(store().login(u"sato"_s, kSupportPassword));
}

void TestUsersPane::removingNeedsConfirmation()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"mori"_s);
    m_answer = QMessageBox::Cancel;
    QTest::mouseClick(child<QPushButton>(pane.get(), "removeUser"), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().text.contains(u"mori"_s), qPrintable(m_questions.first().text));
    QVERIFY(!pane->isBusy());
    QVERIFY(user(u"mori"_s));
    QCOMPARE(pane->model()->rowCount(), 3);

    m_answer = QMessageBox::Yes;
    // The Delete key on the table asks the same.
    auto *view = child<QTableView>(pane.get(), "usersTable");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 2);
    QTRY_VERIFY(!pane->isBusy());
    QVERIFY(!user(u"mori"_s));
    QCOMPARE(pane->model()->rowCount(), 2);
    QCOMPARE(child<QLabel>(pane.get(), "usersStatus")->text(), u"User mori removed."_s);
}

void TestUsersPane::ownAccountCannotBeLockedOrRemoved()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"admin"_s);
    QVERIFY(!child<QPushButton>(pane.get(), "lockUser")->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "removeUser")->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "makePrimaryContact")->isEnabled()); // already is
    QVERIFY(!child<QPushButton>(pane.get(), "toggleGenerations")->isEnabled());  // administrators always may
    QVERIFY(child<QPushButton>(pane.get(), "changePassword")->isEnabled());
    QVERIFY(child<QPushButton>(pane.get(), "changeRole")->isEnabled());
}

void TestUsersPane::setPasswordForAnotherUser()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"sato"_s);
    QDialog *dialog = openDialog(pane.get(), "changePassword", "setPasswordDialog");
    QVERIFY(dialog);
    QVERIFY(!child<QLineEdit>(dialog, "setPasswordCurrent")); // only for your own account
    type(child<QLineEdit>(dialog, "setPasswordNew"), u"Brand-New-Secret-7"_s);
    type(child<QLineEdit>(dialog, "setPasswordConfirm"), u"Brand-New-Secret-7"_s);
    QPointer<QDialog> watch(dialog);
    submit(pane.get(), dialog);
    QTRY_VERIFY(!watch);
    QCOMPARE(child<QLabel>(pane.get(), "usersStatus")->text(), u"New password set for sato."_s);
    QVERIFY(!store().login(u"sato"_s, kSupportPassword));
    VERIFY_OK(store().login(u"sato"_s, "Brand-New-Secret-7"_ba));
}

void TestUsersPane::ownPasswordNeedsCurrentOne()
{
    // A manager may change their own password here, after proving the current one.
    auto pane = openPane(m_mori);
    QVERIFY(pane);
    select(pane.get(), u"mori"_s);
    QDialog *dialog = openDialog(pane.get(), "changePassword", "setPasswordDialog");
    QVERIFY(dialog);
    auto *current = child<QLineEdit>(dialog, "setPasswordCurrent");
    QVERIFY(current);
    type(current, u"not-my-password"_s);
    type(child<QLineEdit>(dialog, "setPasswordNew"), u"Mori-New-Password-3"_s);
    type(child<QLineEdit>(dialog, "setPasswordConfirm"), u"Mori-New-Password-3"_s);
    submit(pane.get(), dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, "userDialogError")->text(), u"The current password is wrong."_s);
    QVERIFY(current->text().isEmpty());
    VERIFY_OK(store().login(u"mori"_s, kManagerPassword)); // unchanged

    type(current, QString::fromUtf8(kManagerPassword));
    QPointer<QDialog> watch(dialog);
    submit(pane.get(), dialog);
    QTRY_VERIFY(!watch);
    QCOMPARE(child<QLabel>(pane.get(), "usersStatus")->text(), u"Your password was changed."_s);
    VERIFY_OK(store().login(u"mori"_s, "Mori-New-Password-3"_ba));
}

void TestUsersPane::changeRoleThroughDialog()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"sato"_s);
    QDialog *dialog = openDialog(pane.get(), "changeRole", "changeRoleDialog");
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, "userDialogOk");
    QVERIFY(!ok->isEnabled()); // the role it has
    auto *choice = child<QComboBox>(dialog, "roleChoice");
    QCOMPARE(choice->currentData().toInt(), int(Role::Support));
    choice->setCurrentIndex(choice->findData(int(Role::Admin)));
    QPointer<QDialog> watch(dialog);
    submit(pane.get(), dialog);
    QTRY_VERIFY(!watch);
    QCOMPARE(user(u"sato"_s)->role, Role::Admin);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::RoleColumn), roleName(Role::Admin));
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::GenerationsColumn), u"always"_s);
}

void TestUsersPane::toggleGenerationsGrantsAndRevokes()
{
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"mori"_s);
    auto *toggle = child<QPushButton>(pane.get(), "toggleGenerations");
    QVERIFY(!toggle->isEnabled()); // managers never open generations
    select(pane.get(), u"sato"_s);
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), u"Allow &Generations"_s);
    click(pane.get(), "toggleGenerations");
    QVERIFY(user(u"sato"_s)->canOpenGenerations);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::GenerationsColumn), u"granted"_s);
    QCOMPARE(toggle->text(), u"Revoke &Generations"_s);
    click(pane.get(), "toggleGenerations");
    QVERIFY(!user(u"sato"_s)->canOpenGenerations);
    QCOMPARE(cell(pane.get(), u"sato"_s, UsersModel::GenerationsColumn), u"not granted"_s);
}

void TestUsersPane::makePrimaryContactMovesTheFlag()
{
    VERIFY_OK(store().createUser(m_admin, u"suzuki"_s, QString(), Role::Admin, "Suzuki-Password-5"_ba, false));
    auto pane = openPane(m_admin);
    QVERIFY(pane);
    select(pane.get(), u"sato"_s);
    QVERIFY(!child<QPushButton>(pane.get(), "makePrimaryContact")->isEnabled()); // not an administrator
    select(pane.get(), u"suzuki"_s);
    QCOMPARE(cell(pane.get(), u"suzuki"_s, UsersModel::DisplayNameColumn), u"suzuki"_s);
    click(pane.get(), "makePrimaryContact");
    QVERIFY(user(u"suzuki"_s)->primaryContact);
    QVERIFY(!user(u"admin"_s)->primaryContact);
    QCOMPARE(cell(pane.get(), u"suzuki"_s, UsersModel::PrimaryContactColumn), u"✓"_s);
    QCOMPARE(cell(pane.get(), u"admin"_s, UsersModel::PrimaryContactColumn), QString());
    // Now the former primary contact could be removed; suzuki cannot.
    QVERIFY(!child<QPushButton>(pane.get(), "removeUser")->isEnabled());
}

QTEST_MAIN(TestUsersPane)
#include "tst_userspane.moc"
