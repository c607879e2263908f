// The login dialog and the first-administrator dialog, driven like a user would: real dialogs on a fresh,
// empty production workspace per test, a ManualClock, widgets found by objectName, the hashing on a
// worker awaited with QTRY_*; what was stored is checked through UserStore, never the dialogs.

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include "FirstAdminDialog.h"
#include "LoginDialog.h"
#include "TestSupport.h"
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
const QByteArray kSupportPassword = "秘密のパスワード-sato-73"_ba;

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/// Types `text` into `edit` as a person would, replacing what was there. QTest can only type ASCII; other
/// text goes in as an input method would put it.
void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}
} // namespace

class TestLoginDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loginReturnsTheSession();
    void wrongPasswordShowsCoreMessageAndClearsPassword();
    void fifthFailureDelaysEvenTheRightPassword();
    void lockedAccountIsRefusedWithItsMessage();
    void emptyFieldsAreAskedForWithoutLoggingIn();
    void hintAndPrefill();

    void firstAdminIsCreatedAndLoggedIn();
    void firstAdminRefusesMismatchedConfirmation();
    void firstAdminRefusesShortPassword();
    void firstAdminRefusedOnceUsersExist();

private:
    UserStore store() const { return UserStore(*m_dir, m_clock); }
    /// "admin" (the first administrator) and "sato" (support staff); returns sato's id.
    qint64 addUsers();
    std::unique_ptr<LoginDialog> openLogin();
    /// Types the ID and password and clicks "Log in"; waits until the worker answered.
    void logIn(LoginDialog *dialog, const QString &login, const QString &password);

    ManualClock m_clock{kNow};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
};

void TestLoginDialog::init()
{
    I18n::install(u"en"_s);
    m_clock.set(kNow);
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
    VERIFY_OK(Production::create(*m_dir, u"テスト"_s, m_clock));
}

void TestLoginDialog::cleanup()
{
    m_dir.reset();
    m_tmp.reset();
}

qint64 TestLoginDialog::addUsers()
{
    UserStore users = store();
    auto admin = users.createFirstAdmin(u"admin"_s, u"管理者"_s, kAdminPassword);
    if (!admin)
        qFatal("first admin: %s", qPrintable(admin.error().message));
    auto session = users.login(u"admin"_s, kAdminPassword);
    if (!session)
        qFatal("admin login: %s", qPrintable(session.error().message));
    auto sato = users.createUser(session.value(), u"sato"_s, u"佐藤"_s, Role::Support, kSupportPassword, true);
    if (!sato)
        qFatal("sato: %s", qPrintable(sato.error().message));
    return sato->id;
}

std::unique_ptr<LoginDialog> TestLoginDialog::openLogin()
{
    auto dialog = std::make_unique<LoginDialog>(*m_dir, m_clock);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    return dialog;
}

void TestLoginDialog::logIn(LoginDialog *dialog, const QString &login, const QString &password)
{
    type(child<QLineEdit>(dialog, "loginId"), login);
    type(child<QLineEdit>(dialog, "loginPassword"), password);
    auto *button = child<QPushButton>(dialog, "loginButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
}

void TestLoginDialog::loginReturnsTheSession()
{
    const qint64 satoId = addUsers();
    auto dialog = openLogin();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Log in to Rewind"_s);
    QVERIFY(child<QLabel>(dialog.get(), "loginWorkspace")->text().contains(QDir::toNativeSeparators(m_dir->root())));

    type(child<QLineEdit>(dialog.get(), "loginId"), u"sato"_s);
    type(child<QLineEdit>(dialog.get(), "loginPassword"), QString::fromUtf8(kSupportPassword));
    auto *button = child<QPushButton>(dialog.get(), "loginButton");
    QTest::mouseClick(button, Qt::LeftButton);
    // The hash runs on a worker: the form waits, disabled, and the field no longer holds the password.
    QVERIFY(dialog->isBusy());
    QVERIFY(!button->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), "loginPassword")->isEnabled());
    QVERIFY(child<QLineEdit>(dialog.get(), "loginPassword")->text().isEmpty());

    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    const Session &session = dialog->session();
    QCOMPARE(session.userId, satoId);
    QCOMPARE(session.login, u"sato"_s);
    QCOMPARE(session.displayName, u"佐藤"_s);
    QCOMPARE(session.role, Role::Support);
    QVERIFY(session.canOpenGenerations);
    QVERIFY(!session.isAdmin());
}

void TestLoginDialog::wrongPasswordShowsCoreMessageAndClearsPassword()
{
    const qint64 satoId = addUsers();
    auto dialog = openLogin();
    QVERIFY(dialog);
    auto *error = child<QLabel>(dialog.get(), "loginError");
    auto *id = child<QLineEdit>(dialog.get(), "loginId");
    auto *password = child<QLineEdit>(dialog.get(), "loginPassword");
    QVERIFY(error && !error->isVisible());

    logIn(dialog.get(), u"sato"_s, u"not-the-password-1"_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected)); // not accepted
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The user ID or password is wrong."_s);
    QVERIFY(password->text().isEmpty());
    QCOMPARE(id->text(), u"sato"_s);
    QVERIFY(password->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), password);

    // An unknown ID gets the very same words.
    logIn(dialog.get(), u"nobody"_s, u"whatever-password"_s);
    QCOMPARE(error->text(), u"The user ID or password is wrong."_s);
    QCOMPARE(store().find(satoId)->failedAttempts, 1);
}

void TestLoginDialog::fifthFailureDelaysEvenTheRightPassword()
{
    addUsers();
    auto dialog = openLogin();
    QVERIFY(dialog);
    auto *error = child<QLabel>(dialog.get(), "loginError");
    for (int i = 1; i < UserStore::kFailuresBeforeDelay; ++i) {
        logIn(dialog.get(), u"sato"_s, u"wrong-guess-number-%1"_s.arg(i));
        QCOMPARE(error->text(), u"The user ID or password is wrong."_s);
    }
    // The fifth failure sets the first delay, and core says until when.
    logIn(dialog.get(), u"sato"_s, u"wrong-guess-number-5"_s);
    const QString until = kNow.addSecs(UserStore::kFirstDelaySecs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(error->text(), u"Too many failed logins as sato. Try again after %1."_s.arg(until));
    // During the delay even the right password is refused, with the same message.
    logIn(dialog.get(), u"sato"_s, QString::fromUtf8(kSupportPassword));
    QVERIFY(dialog->isVisible());
    QCOMPARE(error->text(), u"Too many failed logins as sato. Try again after %1."_s.arg(until));
    QVERIFY(child<QLineEdit>(dialog.get(), "loginPassword")->text().isEmpty());

    // Once it is over, the right password lets sato in.
    m_clock.advanceSecs(UserStore::kFirstDelaySecs + 1);
    logIn(dialog.get(), u"sato"_s, QString::fromUtf8(kSupportPassword));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->session().login, u"sato"_s);
}

void TestLoginDialog::lockedAccountIsRefusedWithItsMessage()
{
    const qint64 satoId = addUsers();
    const Session admin = store().login(u"admin"_s, kAdminPassword).value();
    VERIFY_OK(store().lock(admin, satoId));
    auto dialog = openLogin();
    QVERIFY(dialog);
    logIn(dialog.get(), u"sato"_s, QString::fromUtf8(kSupportPassword));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog.get(), "loginError")->text(),
             u"The account sato is locked by an administrator. Ask an administrator to unlock it."_s);
}

void TestLoginDialog::emptyFieldsAreAskedForWithoutLoggingIn()
{
    addUsers();
    auto dialog = openLogin();
    QVERIFY(dialog);
    auto *error = child<QLabel>(dialog.get(), "loginError");
    auto *button = child<QPushButton>(dialog.get(), "loginButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!dialog->isBusy()); // answered at once, nothing ran
    QCOMPARE(error->text(), u"Enter your user ID."_s);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "loginId"), u"sato"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(error->text(), u"Enter your password."_s);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "loginPassword"));
    // Nothing was counted as a failed login.
    const auto users = store().list();
    VERIFY_OK(users);
    for (const UserInfo &u : users.value())
        QCOMPARE(u.failedAttempts, 0);

    // Enter logs in (the button is the default).
    type(child<QLineEdit>(dialog.get(), "loginPassword"), QString::fromUtf8(kSupportPassword));
    QTest::keyClick(child<QLineEdit>(dialog.get(), "loginPassword"), Qt::Key_Return);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->session().role, Role::Support);
}

void TestLoginDialog::hintAndPrefill()
{
    addUsers();
    auto dialog = openLogin();
    QVERIFY(dialog);
    auto *hint = child<QLabel>(dialog.get(), "loginDemoHint");
    QVERIFY(hint && !hint->isVisible());
    dialog->setDemoHint(u"Demo users: admin / Admin-Lantern-2026"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"Demo users: admin / Admin-Lantern-2026"_s);
    dialog->setDemoHint(QString());
    QVERIFY(!hint->isVisible());

    dialog->setLogin(u"admin"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), "loginId")->text(), u"admin"_s);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), "loginPassword"));
    QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(kAdminPassword));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->session().isAdmin());
}

void TestLoginDialog::firstAdminIsCreatedAndLoggedIn()
{
    QCOMPARE(store().hasUsers().value(), false);
    FirstAdminDialog dialog(*m_dir, m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(child<QLabel>(&dialog, "firstAdminIntro")->text().contains(u"no users yet"_s));
    type(child<QLineEdit>(&dialog, "firstAdminId"), u"yamada"_s);
    type(child<QLineEdit>(&dialog, "firstAdminName"), u"山田"_s);
    type(child<QLineEdit>(&dialog, "firstAdminPassword"), QString::fromUtf8(kAdminPassword));
    type(child<QLineEdit>(&dialog, "firstAdminConfirm"), QString::fromUtf8(kAdminPassword));
    auto *create = child<QPushButton>(&dialog, "firstAdminCreate");
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!create->isEnabled());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const Session &session = dialog.session();
    QCOMPARE(session.login, u"yamada"_s);
    QVERIFY(session.isAdmin());
    QVERIFY(session.primaryContact);
    QVERIFY(session.canOpenGenerations);
    auto users = store().list();
    VERIFY_OK(users);
    QCOMPARE(users->size(), 1);
    const UserInfo &only = users->first();
    QCOMPARE(only.id, session.userId);
    QCOMPARE(only.displayName, u"山田"_s);
    QCOMPARE(only.role, Role::Admin);
    QVERIFY(only.primaryContact);
}

void TestLoginDialog::firstAdminRefusesMismatchedConfirmation()
{
    FirstAdminDialog dialog(*m_dir, m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *error = child<QLabel>(&dialog, "firstAdminError");
    QVERIFY(!error->isVisible());
    type(child<QLineEdit>(&dialog, "firstAdminId"), u"yamada"_s);
    type(child<QLineEdit>(&dialog, "firstAdminPassword"), QString::fromUtf8(kAdminPassword));
    type(child<QLineEdit>(&dialog, "firstAdminConfirm"), u"Admin-Lantern-2027"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "firstAdminCreate"), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"The two passwords differ. Type the same password twice."_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(store().hasUsers().value(), false);
}

void TestLoginDialog::firstAdminRefusesShortPassword()
{
    FirstAdminDialog dialog(*m_dir, m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *error = child<QLabel>(&dialog, "firstAdminError");
    // No ID first: core's login rule speaks.
    QTest::mouseClick(child<QPushButton>(&dialog, "firstAdminCreate"), Qt::LeftButton);
    QCOMPARE(error->text(), u"Enter a user ID."_s);

    type(child<QLineEdit>(&dialog, "firstAdminId"), u"yamada"_s);
    type(child<QLineEdit>(&dialog, "firstAdminPassword"), u"short"_s);
    type(child<QLineEdit>(&dialog, "firstAdminConfirm"), u"short"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "firstAdminCreate"), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"A password needs at least %1 characters."_s.arg(UserStore::kMinPasswordChars));
    QCOMPARE(store().hasUsers().value(), false);
}

void TestLoginDialog::firstAdminRefusedOnceUsersExist()
{
    FirstAdminDialog dialog(*m_dir, m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    addUsers(); // someone else (rewindctl, another console) was quicker
    type(child<QLineEdit>(&dialog, "firstAdminId"), u"yamada"_s);
    type(child<QLineEdit>(&dialog, "firstAdminPassword"), QString::fromUtf8(kAdminPassword));
    type(child<QLineEdit>(&dialog, "firstAdminConfirm"), QString::fromUtf8(kAdminPassword));
    QTest::mouseClick(child<QPushButton>(&dialog, "firstAdminCreate"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLabel>(&dialog, "firstAdminError")->text(),
             u"This workspace already has users. An administrator adds more users in the Users tab."_s);
    QCOMPARE(store().list()->size(), 2);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
