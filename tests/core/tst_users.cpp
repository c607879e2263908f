// Users and login: the Argon2id hash format and its parameters (a weakened encoding refused), the first
// administrator, who may manage users, the last administrator, the primary contact, login with history
// events and no password anywhere on disk, the doubling delay after five failures, the administrator's
// lock, unknown IDs answered like wrong passwords, the password policy, and a password changed in
// production working at once. Time is a ManualClock; each test gets a fresh, empty production workspace.

#include "TestSupport.h"

#include "access/PasswordHash.h"
#include "access/Users.h"
#include "backup/BackupRunner.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Production.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <argon2.h>

#include <algorithm>
#include <limits>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{

const QByteArray kAdminPassword = "Admin-Lantern-2026"_ba;
const QByteArray kSupportPassword = "秘密のパスワード-sato-73"_ba;
const QByteArray kManagerPassword = "Kiwi.Orchard.Nine"_ba;

QByteArray fromBase64Unpadded(const QString &text)
{
    QByteArray padded = text.toLatin1();
    while (padded.size() % 4 != 0)
        padded.append('=');
    return QByteArray::fromBase64(padded);
}

/// A genuine Argon2id encoding of `password` with chosen parameters, as libargon2 writes it.
QString encodeWith(quint32 t, quint32 m, quint32 p, const QByteArray &password, int saltBytes = 16)
{
    const QByteArray salt(saltBytes, 's');
    QByteArray out(256, '\0');
    const int rc = argon2id_hash_encoded(t, m, p, password.constData(), size_t(password.size()), salt.constData(),
                                         size_t(salt.size()), 32, out.data(), size_t(out.size()));
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(out.constData());
}

/// Milliseconds one call of `fn` takes (the smallest of three runs, so a busy machine does not inflate it).
template <typename Fn> qint64 fastestOf3(Fn fn)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, t.elapsed());
    }
    return best;
}

QString untilText(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
} // namespace

class TstUsers : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start{QDate(2026, 11, 20), QTime(9, 0)};
    ManualClock m_clock{m_start};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;

    UserStore store() const { return UserStore(*m_dir, m_clock); }

    /// The workspace's first administrator ("admin"), logged in.
    Session setUpAdmin()
    {
        UserStore users = store();
        auto made = users.createFirstAdmin(u"admin"_s, u"管理者"_s, kAdminPassword);
        if (!made)
            qFatal("first admin: %s", qPrintable(made.error().message));
        auto session = users.login(u"admin"_s, kAdminPassword);
        if (!session)
            qFatal("admin login: %s", qPrintable(session.error().message));
        return session.value();
    }
    /// A user made by `admin` and logged in.
    Session addUser(const Session &admin, const QString &login, Role role, const QByteArray &password,
                    bool canOpenGenerations = false)
    {
        UserStore users = store();
        auto made = users.createUser(admin, login, QString(), role, password, canOpenGenerations);
        if (!made)
            qFatal("create %s: %s", qPrintable(login), qPrintable(made.error().message));
        auto session = users.login(login, password);
        if (!session)
            qFatal("login %s: %s", qPrintable(login), qPrintable(session.error().message));
        return session.value();
    }
    UserInfo info(qint64 id) const
    {
        auto u = store().find(id);
        return u ? u.value() : UserInfo{};
    }
    QList<HistoryEvent> history() const
    {
        auto all = HistoryStore(*m_dir).events();
        return all ? all.value() : QList<HistoryEvent>();
    }
    QList<HistoryEvent> historyOf(const QString &kind) const
    {
        QList<HistoryEvent> out;
        for (const HistoryEvent &e : history()) {
            if (e.kind == kind)
                out.append(e);
        }
        return out;
    }
    /// Every file under the data folder (production, its WAL, console.sqlite, generations) holding `needle`.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList out;
        QDirIterator it(m_dir->root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                out.append(path);
        }
        return out;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
        m_clock.set(m_start);
        auto created = Production::create(*m_dir, u"テスト"_s, m_clock);
        VERIFY_OK(created);
    }
    void cleanup() { m_tmp.reset(); }

    void hashFormatAndParameters()
    {
        const QByteArray password = "correct horse battery staple"_ba;
        auto encoded = PasswordHash::hash(password);
        VERIFY_OK(encoded);
        static const QRegularExpression format(
            uR"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)"_s);
        const QRegularExpressionMatch m = format.match(encoded.value());
        QVERIFY2(m.hasMatch(), qPrintable(encoded.value()));
        QCOMPARE(m.captured(1).toUInt(), 19456u); // 19 MiB
        QCOMPARE(m.captured(2).toUInt(), 2u);
        QCOMPARE(m.captured(3).toUInt(), 1u);
        QCOMPARE(fromBase64Unpadded(m.captured(4)).size(), 16);
        QCOMPARE(fromBase64Unpadded(m.captured(5)).size(), 32);

        const auto parsed = PasswordHash::parse(encoded.value());
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->algorithm, u"argon2id"_s);
        QCOMPARE(parsed->version, 19);
        QCOMPARE(parsed->memoryKiB, PasswordHash::kMemoryKiB);
        QCOMPARE(parsed->iterations, PasswordHash::kIterations);
        QCOMPARE(parsed->parallelism, PasswordHash::kParallelism);
        QCOMPARE(parsed->salt, fromBase64Unpadded(m.captured(4)));
        QCOMPARE(parsed->hash, fromBase64Unpadded(m.captured(5)));
        QVERIFY(PasswordHash::meetsPolicy(*parsed));

        // A fresh salt each time: the same password never gives the same string.
        auto again = PasswordHash::hash(password);
        VERIFY_OK(again);
        QVERIFY(again.value() != encoded.value());
        QVERIFY(PasswordHash::parse(again.value())->salt != parsed->salt);
        // Both verify, and libargon2 reads our string as its own standard form.
        QVERIFY(PasswordHash::verify(again.value(), password));
        QCOMPARE(argon2id_verify(encoded->toLatin1().constData(), password.constData(), size_t(password.size())),
                 int(ARGON2_OK));
    }

    void verifyRightAndWrongInSaneTime()
    {
        const QByteArray password = "パスワード-for-timing"_ba;
        const QString encoded = PasswordHash::hash(password).value();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(PasswordHash::verify(encoded, password));
        const qint64 ms = timer.elapsed();
        // A sanity bound, not a benchmark: tens of milliseconds are expected.
        QVERIFY2(ms >= 5 && ms <= 2000, qPrintable(u"verification took %1 ms"_s.arg(ms)));

        QVERIFY(!PasswordHash::verify(encoded, "パスワード-for-timinG"_ba));
        QVERIFY(!PasswordHash::verify(encoded, QByteArray()));
        QVERIFY(!PasswordHash::verify(encoded, password + '\0'));
        // Anything that is not a well-formed encoding is simply false.
        const QStringList malformed = {QString(),
                                       u"$argon2id$"_s,
                                       u"plain text"_s,
                                       encoded.chopped(1),
                                       QString(encoded + u'$'),
                                       QString(encoded).replace(u"v=19"_s, u"v=16"_s),
                                       QString(encoded).replace(u"m=19456"_s, u"m=019456"_s)};
        for (const QString &bad : malformed) {
            QVERIFY2(!PasswordHash::verify(bad, password), qPrintable(bad));
        }
        QVERIFY(!PasswordHash::parse(u"$argon2id$v=19$m=19456,t=2,p=1$!!!!$abcd"_s).has_value());

        // burn() spends about the same time and changes nothing.
        timer.restart();
        PasswordHash::burn(password);
        QVERIFY2(timer.elapsed() >= 5, qPrintable(QString::number(timer.elapsed())));
    }

    void weakenedEncodingsAreRefused()
    {
        const QByteArray password = "tampered-to-be-weak"_ba;
        // m=1024: a genuine encoding libargon2 alone would accept.
        const QString weakMemory = encodeWith(2, 1024, 1, password);
        QVERIFY(weakMemory.startsWith(u"$argon2id$v=19$m=1024,t=2,p=1$"_s));
        QCOMPARE(argon2id_verify(weakMemory.toLatin1().constData(), password.constData(), size_t(password.size())),
                 int(ARGON2_OK));
        QVERIFY(PasswordHash::parse(weakMemory).has_value());
        QVERIFY(!PasswordHash::meetsPolicy(*PasswordHash::parse(weakMemory)));
        QVERIFY(!PasswordHash::verify(weakMemory, password));
        // One pass instead of two, and a short salt, are refused the same way.
        QVERIFY(!PasswordHash::verify(encodeWith(1, 19456, 1, password), password));
        QVERIFY(!PasswordHash::verify(encodeWith(2, 19456, 1, password, 8), password));
        // Stronger parameters within the bounds are accepted.
        QVERIFY(PasswordHash::verify(encodeWith(3, 19456, 1, password), password));
        // Another Argon2 variant is not Argon2id.
        QByteArray argon2i(256, '\0');
        const QByteArray salt(16, 's');
        QCOMPARE(argon2i_hash_encoded(2, 19456, 1, password.constData(), size_t(password.size()), salt.constData(), 16,
                                      32, argon2i.data(), size_t(argon2i.size())),
                 int(ARGON2_OK));
        QVERIFY(!PasswordHash::verify(QString::fromLatin1(argon2i.constData()), password));

        // A stored hash edited to demand 4 GiB is refused before anything is allocated.
        const QString good = PasswordHash::hash(password).value();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHash::verify(QString(good).replace(u"m=19456"_s, u"m=4194304"_s), password));
        QVERIFY(!PasswordHash::verify(QString(good).replace(u"t=2"_s, u"t=1000"_s), password));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        // A weak hash planted in production does not log anyone in.
        const Session admin = setUpAdmin();
        {
            auto conn = Production::open(*m_dir, u"test-tamper"_s);
            VERIFY_OK(conn);
            QSqlQuery q(conn.value()->db());
            q.prepare(u"UPDATE rw_user SET password_hash = ? WHERE id = ?"_s);
            q.addBindValue(encodeWith(2, 1024, 1, kAdminPassword));
            q.addBindValue(admin.userId);
            QVERIFY(q.exec());
        }
        QCOMPARE(store().login(u"admin"_s, kAdminPassword).error().code, ErrorCode::InvalidArgument);
    }

    void firstAdministratorOnlyOnce()
    {
        UserStore users = store();
        auto has = users.hasUsers();
        VERIFY_OK(has);
        QVERIFY(!has.value());
        // The policy applies to the first administrator too.
        auto refused = users.createFirstAdmin(u"admin"_s, u"管理者"_s, "short"_ba);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!users.hasUsers().value());

        auto first = users.createFirstAdmin(u"  admin "_s, u"管理者"_s, kAdminPassword);
        VERIFY_OK(first);
        QCOMPARE(first->login, u"admin"_s);
        QCOMPARE(first->displayName, u"管理者"_s);
        QCOMPARE(first->role, Role::Admin);
        QVERIFY(first->primaryContact);
        QCOMPARE(first->failedAttempts, 0);
        QVERIFY(!first->adminLocked);
        QCOMPARE(first->createdAt, m_start);
        QVERIFY(users.hasUsers().value());

        auto second = users.createFirstAdmin(u"intruder"_s, QString(), "another-password-1"_ba);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(users.list().value().size(), 1);

        const auto created = historyOf(u"user-created"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().user, u"admin"_s);
        QCOMPARE(created.first().details.value("role"_L1).toString(), u"admin"_s);

        // No production workspace: an error, not "no users".
        QTemporaryDir empty;
        auto none = UserStore(DataDir(empty.path()), m_clock).hasUsers();
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }

    void rolesAndWhoMayManageUsers()
    {
        QCOMPARE(roleKey(Role::Admin), u"admin"_s);
        QCOMPARE(roleKey(Role::Support), u"support"_s);
        QCOMPARE(roleKey(Role::Manager), u"manager"_s);
        for (Role r : allRoles()) {
            QCOMPARE(roleFromKey(roleKey(r)), std::optional<Role>(r));
            QVERIFY(!roleName(r).isEmpty());
        }
        QCOMPARE(roleName(Role::Admin), u"System administrator"_s);
        QVERIFY(!roleFromKey(u"root"_s).has_value());
        QVERIFY(!roleFromKey(u"Admin"_s).has_value());

        const Session admin = setUpAdmin();
        QVERIFY(admin.isAdmin());
        QVERIFY(admin.canOpenGenerations);
        QVERIFY(admin.primaryContact);
        const Session support = addUser(admin, u"sato"_s, Role::Support, kSupportPassword);
        const Session manager = addUser(admin, u"tanaka"_s, Role::Manager, kManagerPassword, true);
        QCOMPARE(support.role, Role::Support);
        QVERIFY(!support.canOpenGenerations); // off by default for support staff
        QVERIFY(!manager.canOpenGenerations); // never for managers, whatever is stored
        QVERIFY(info(manager.userId).canOpenGenerations);
        QVERIFY(!support.primaryContact);

        UserStore users = store();
        const QString right = UserStore::manageUsersRightName();
        for (const Session &who : {support, manager}) {
            auto made = users.createUser(who, u"suzuki"_s, QString(), Role::Manager, "suzuki-password"_ba, false);
            QVERIFY(!made);
            QCOMPARE(made.error().code, ErrorCode::ReadOnly);
            QVERIFY2(made.error().message.contains(right), qPrintable(made.error().message));
            QVERIFY2(made.error().message.contains(who.login), qPrintable(made.error().message));
            for (const Status &st :
                 {users.remove(who, admin.userId), users.setRole(who, who.userId, Role::Admin),
                  users.lock(who, admin.userId), users.unlock(who, who.userId),
                  users.setPrimaryContact(who, who.userId), users.setCanOpenGenerations(who, who.userId, true)}) {
                QVERIFY(!st);
                QCOMPARE(st.error().code, ErrorCode::ReadOnly);
                QVERIFY2(st.error().message.contains(right), qPrintable(st.error().message));
            }
        }
        QCOMPARE(info(support.userId).role, Role::Support);
        QCOMPARE(users.list().value().size(), 3);

        // A session is only as good as the user's current row: support granted generations sees it on refresh.
        VERIFY_OK(users.setCanOpenGenerations(admin, support.userId, true));
        QVERIFY(users.refresh(support).value().canOpenGenerations);
        // A Session claiming a role it does not have gets nothing.
        Session forged = support;
        forged.role = Role::Admin;
        QCOMPARE(
            users.createUser(forged, u"suzuki"_s, QString(), Role::Admin, "suzuki-password"_ba, false).error().code,
            ErrorCode::ReadOnly);

        // Duplicate logins, compared case-insensitively.
        auto dup = users.createUser(admin, u"SATO"_s, QString(), Role::Manager, "another-password"_ba, false);
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);

        // Nobody removes themselves; the primary contact and the last administrator stay.
        auto self = users.remove(admin, admin.userId);
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(u"own account"_s), qPrintable(self.error().message));
        auto lastAdmin = users.setRole(admin, admin.userId, Role::Support);
        QVERIFY(!lastAdmin);
        QVERIFY2(lastAdmin.error().message.contains(u"last System administrator"_s),
                 qPrintable(lastAdmin.error().message));
        const Session yamada = addUser(admin, u"yamada"_s, Role::Admin, "yamada-password"_ba);
        auto primary = users.remove(yamada, admin.userId);
        QVERIFY(!primary);
        QVERIFY2(primary.error().message.contains(u"primary contact"_s), qPrintable(primary.error().message));
        // yamada locked: admin is again the last administrator who can log in.
        VERIFY_OK(users.lock(admin, yamada.userId));
        lastAdmin = users.setRole(admin, admin.userId, Role::Manager);
        QVERIFY(!lastAdmin);
        QVERIFY2(lastAdmin.error().message.contains(u"last System administrator"_s),
                 qPrintable(lastAdmin.error().message));
        VERIFY_OK(users.unlock(admin, yamada.userId));

        // Handed on, the first administrator can be removed by the second.
        VERIFY_OK(users.setPrimaryContact(admin, yamada.userId));
        VERIFY_OK(users.remove(yamada, admin.userId));
        QCOMPARE(users.find(admin.userId).error().code, ErrorCode::NotFound);
        // The removed administrator's session acts for nobody.
        auto stale = users.createUser(admin, u"ghost"_s, QString(), Role::Admin, "ghost-password"_ba, false);
        QCOMPARE(stale.error().code, ErrorCode::ReadOnly);
        QCOMPARE(users.refresh(admin).error().code, ErrorCode::ReadOnly);
        QCOMPARE(users.login(u"admin"_s, kAdminPassword).error().code, ErrorCode::InvalidArgument);

        // Support and manager roles changed by an administrator; removal of a non-admin.
        VERIFY_OK(users.setRole(yamada, manager.userId, Role::Support));
        QCOMPARE(users.refresh(manager).value().role, Role::Support);
        VERIFY_OK(users.remove(yamada, manager.userId));
        QStringList logins;
        const QList<UserInfo> remaining = users.list().value();
        for (const UserInfo &u : remaining)
            logins.append(u.login);
        QCOMPARE(logins, (QStringList{u"sato"_s, u"yamada"_s}));
        QCOMPARE(historyOf(u"user-removed"_s).size(), 2);
    }

    void primaryContactIsOneAdministrator()
    {
        const Session admin = setUpAdmin();
        const Session yamada = addUser(admin, u"yamada"_s, Role::Admin, "yamada-password"_ba);
        const Session support = addUser(admin, u"sato"_s, Role::Support, kSupportPassword);
        UserStore users = store();
        auto notAdmin = users.setPrimaryContact(admin, support.userId);
        QVERIFY(!notAdmin);
        QVERIFY2(notAdmin.error().message.contains(u"sato"_s), qPrintable(notAdmin.error().message));
        VERIFY_OK(users.setPrimaryContact(admin, yamada.userId));
        int holders = 0;
        const QList<UserInfo> all = users.list().value();
        for (const UserInfo &u : all) {
            holders += u.primaryContact;
            QCOMPARE(u.primaryContact, u.id == yamada.userId);
        }
        QCOMPARE(holders, 1);
        QVERIFY(!users.refresh(admin).value().primaryContact);
        QVERIFY(users.refresh(yamada).value().primaryContact);
        // The primary contact must stay an administrator.
        auto demote = users.setRole(admin, yamada.userId, Role::Support);
        QVERIFY(!demote);
        QVERIFY2(demote.error().message.contains(u"primary contact"_s), qPrintable(demote.error().message));
        // The table itself admits one holder, whatever writes it.
        auto conn = Production::open(*m_dir, u"test-primary"_s);
        VERIFY_OK(conn);
        QSqlQuery q(conn.value()->db());
        QVERIFY(!q.exec(u"UPDATE rw_user SET primary_contact = 1"_s));
    }

    void loginIsRecordedWithoutThePassword()
    {
        const Session admin = setUpAdmin();
        UserStore users = store();
        VERIFY_OK(users.createUser(admin, u"sato"_s, u"佐藤 花子"_s, Role::Support, kSupportPassword, true));
        const qsizetype before = history().size();

        auto ok = users.login(u"Sato"_s, kSupportPassword); // user IDs ignore case
        VERIFY_OK(ok);
        QCOMPARE(ok->login, u"sato"_s);
        QCOMPARE(ok->displayName, u"佐藤 花子"_s);
        QCOMPARE(ok->role, Role::Support);
        QVERIFY(ok->canOpenGenerations);
        QVERIFY(!ok->primaryContact);

        const QByteArray wrongPassword = "Wrong-Guess-4711"_ba;
        auto wrong = users.login(u"sato"_s, wrongPassword);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(info(ok->userId).failedAttempts, 1);
        // A password typed into the ID field by mistake: the attempt is counted, but what was typed is kept
        // nowhere — not in the history, not in the throttle table that generations copy.
        const QString typedId = u"Sup3r-Secret-In-The-ID-Field"_s;
        auto unknown = users.login(typedId, kSupportPassword);
        QVERIFY(!unknown);

        const QList<HistoryEvent> events = history().mid(before);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].kind, u"login"_s);
        QCOMPARE(events[0].user, u"sato"_s);
        QCOMPARE(events[0].details.value("userId"_L1).toInteger(), ok->userId);
        QCOMPARE(events[1].kind, u"login-failed"_s);
        QCOMPARE(events[1].user, u"sato"_s);
        QCOMPARE(events[1].details.value("reason"_L1).toString(), u"wrong-password"_s);
        QCOMPARE(events[2].kind, u"login-failed"_s);
        QCOMPARE(events[2].user, u"(unknown)"_s);
        QCOMPARE(events[2].details.value("reason"_L1).toString(), u"unknown-login"_s);
        QCOMPARE(filesContaining(typedId.toUtf8()), QStringList());
        QCOMPARE(filesContaining(typedId.toCaseFolded().toUtf8()), QStringList());
        for (const HistoryEvent &e : history())
            QVERIFY(!e.description.contains(typedId) && !QJsonDocument(e.details).toJson().contains(typedId.toUtf8()));
        // A known ID typed in another case is recorded as stored, so "own events" find it.
        QVERIFY(!users.login(u"SATO"_s, wrongPassword));
        QCOMPARE(history().constLast().user, u"sato"_s);

        // No password in any file of the data folder, in UTF-8 or UTF-16, nor in the history's text.
        for (const QByteArray &password : {kAdminPassword, kSupportPassword, wrongPassword}) {
            const QString text = QString::fromUtf8(password);
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            QCOMPARE(filesContaining(password), QStringList());
            QCOMPARE(filesContaining(utf16), QStringList());
            for (const HistoryEvent &e : history()) {
                QVERIFY(!e.description.contains(text));
                QVERIFY(!QJsonDocument(e.details).toJson().contains(password));
            }
        }
        // Nor a hash in the history.
        QVERIFY(filesContaining("$argon2id$"_ba).filter(u"console.sqlite"_s).isEmpty());
    }

    void fiveFailuresSetADelayThatDoubles()
    {
        const Session admin = setUpAdmin();
        const Session sato = addUser(admin, u"sato"_s, Role::Support, kSupportPassword);
        UserStore users = store();
        const QByteArray bad = "not-the-password"_ba;
        for (int i = 1; i <= 4; ++i) {
            auto r = users.login(u"sato"_s, bad);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QCOMPARE(r.error().message, u"The user ID or password is wrong."_s);
        }
        QVERIFY(!info(sato.userId).lockedUntil.isValid());
        // The fifth failure sets a 30 s delay and says until when.
        const QDateTime t0 = m_clock.now();
        auto fifth = users.login(u"sato"_s, bad);
        QCOMPARE(fifth.error().code, ErrorCode::Busy);
        QVERIFY2(fifth.error().message.contains(untilText(t0.addSecs(30))), qPrintable(fifth.error().message));
        QCOMPARE(info(sato.userId).failedAttempts, 5);
        QCOMPARE(info(sato.userId).lockedUntil, t0.addSecs(30));

        // Even the right password waits.
        m_clock.advanceSecs(29);
        auto early = users.login(u"sato"_s, kSupportPassword);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Busy);
        QVERIFY2(early.error().message.contains(untilText(t0.addSecs(30))), qPrintable(early.error().message));
        QCOMPARE(info(sato.userId).failedAttempts, 5); // a refused attempt during the delay is not counted
        QCOMPARE(historyOf(u"login-failed"_s).last().details.value("reason"_L1).toString(), u"delayed"_s);
        m_clock.advanceSecs(1);
        VERIFY_OK(users.login(u"sato"_s, kSupportPassword));
        QCOMPARE(info(sato.userId).failedAttempts, 0);
        QVERIFY(!info(sato.userId).lockedUntil.isValid());

        // Five again, then the sixth failure after the delay doubles it to 60 s.
        for (int i = 1; i <= 5; ++i)
            (void)users.login(u"sato"_s, bad);
        m_clock.advanceSecs(30);
        const QDateTime t6 = m_clock.now();
        auto sixth = users.login(u"sato"_s, bad);
        QCOMPARE(sixth.error().code, ErrorCode::Busy);
        QVERIFY2(sixth.error().message.contains(untilText(t6.addSecs(60))), qPrintable(sixth.error().message));
        m_clock.advanceSecs(59);
        QCOMPARE(users.login(u"sato"_s, kSupportPassword).error().code, ErrorCode::Busy);
        m_clock.advanceSecs(1);
        // The seventh doubles again, to 120 s; and so on up to an hour.
        const QDateTime t7 = m_clock.now();
        QCOMPARE(users.login(u"sato"_s, bad).error().code, ErrorCode::Busy);
        QCOMPARE(info(sato.userId).lockedUntil, t7.addSecs(120));
        for (qint64 expected : {240, 480, 960, 1920, 3600, 3600}) {
            m_clock.set(info(sato.userId).lockedUntil);
            const QDateTime t = m_clock.now();
            QCOMPARE(users.login(u"sato"_s, bad).error().code, ErrorCode::Busy);
            QCOMPARE(info(sato.userId).lockedUntil, t.addSecs(expected));
        }
        m_clock.set(info(sato.userId).lockedUntil);
        VERIFY_OK(users.login(u"sato"_s, kSupportPassword));
        // Counter reset: one wrong password is an ordinary failure again.
        QCOMPARE(users.login(u"sato"_s, bad).error().code, ErrorCode::InvalidArgument);
    }

    void administratorLockAndUnlock()
    {
        const Session admin = setUpAdmin();
        const Session sato = addUser(admin, u"sato"_s, Role::Support, kSupportPassword);
        UserStore users = store();
        QCOMPARE(users.lock(admin, admin.userId).error().code, ErrorCode::InvalidArgument);
        VERIFY_OK(users.lock(admin, sato.userId));
        QVERIFY(info(sato.userId).adminLocked);
        for (const QByteArray &password : {kSupportPassword, "wrong-password-1"_ba}) {
            auto r = users.login(u"sato"_s, password);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::ReadOnly);
            QVERIFY2(r.error().message.contains(u"locked by an administrator"_s), qPrintable(r.error().message));
        }
        QCOMPARE(info(sato.userId).failedAttempts, 0);
        QCOMPARE(historyOf(u"login-failed"_s).last().details.value("reason"_L1).toString(), u"admin-locked"_s);
        // A session from before the lock no longer counts.
        QCOMPARE(users.refresh(sato).error().code, ErrorCode::ReadOnly);
        QCOMPARE(users.setPassword(sato, sato.userId, "a-new-password-1"_ba).error().code, ErrorCode::ReadOnly);
        // Time does not lift it; unlock does.
        m_clock.advanceSecs(7 * 86400);
        QCOMPARE(users.login(u"sato"_s, kSupportPassword).error().code, ErrorCode::ReadOnly);
        VERIFY_OK(users.unlock(admin, sato.userId));
        VERIFY_OK(users.login(u"sato"_s, kSupportPassword));

        // unlock also lifts a login delay at once.
        for (int i = 0; i < 5; ++i)
            (void)users.login(u"sato"_s, "wrong-password-2"_ba);
        QCOMPARE(users.login(u"sato"_s, kSupportPassword).error().code, ErrorCode::Busy);
        VERIFY_OK(users.unlock(admin, sato.userId));
        VERIFY_OK(users.login(u"sato"_s, kSupportPassword));
        QCOMPARE(historyOf(u"user-locked"_s).size(), 1);
        QCOMPARE(historyOf(u"user-unlocked"_s).size(), 2);
    }

    void unknownUserIsAnsweredLikeAWrongPassword()
    {
        const Session admin = setUpAdmin();
        addUser(admin, u"sato"_s, Role::Support, kSupportPassword);
        UserStore users = store();
        const QByteArray bad = "not-the-password"_ba;
        auto wrong = users.login(u"sato"_s, bad);
        auto unknown = users.login(u"suzuki"_s, bad);
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(users.login(QString(), bad).error().message, wrong.error().message);
        QCOMPARE(users.login(QString(500, u'x'), bad).error().message, wrong.error().message);

        // Comparable time: an unknown ID is checked against a dummy hash (loose bounds, not a benchmark).
        const qint64 wrongMs = fastestOf3([&] { (void)users.login(u"sato"_s, bad); });
        const qint64 unknownMs = fastestOf3([&] { (void)users.login(u"suzuki"_s, bad); });
        QVERIFY2(unknownMs >= 5 && unknownMs * 3 >= wrongMs && wrongMs * 3 >= unknownMs,
                 qPrintable(u"wrong %1 ms, unknown %2 ms"_s.arg(wrongMs).arg(unknownMs)));

        // A fifth failure each: both are delayed with the same words, so a delay reveals nothing.
        (void)users.login(u"sato"_s, bad);
        (void)users.login(u"suzuki"_s, bad);
        const QDateTime until = m_clock.now().addSecs(30);
        auto wrongDelayed = users.login(u"sato"_s, kSupportPassword);
        auto unknownDelayed = users.login(u"suzuki"_s, kSupportPassword);
        QCOMPARE(wrongDelayed.error().code, ErrorCode::Busy);
        QCOMPARE(unknownDelayed.error().code, ErrorCode::Busy);
        QCOMPARE(unknownDelayed.error().message, QString(wrongDelayed.error().message).replace(u"sato"_s, u"suzuki"_s));
        QVERIFY(unknownDelayed.error().message.contains(untilText(until)));
        // A user created under a delayed ID starts clean.
        m_clock.advanceSecs(1);
        VERIFY_OK(users.createUser(admin, u"suzuki"_s, QString(), Role::Manager, kManagerPassword, false));
        VERIFY_OK(users.login(u"suzuki"_s, kManagerPassword));
    }

    void passwordPolicy()
    {
        auto tooShort = UserStore::checkPassword(u"sato"_s, "123456789"_ba);
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().message, u"A password needs at least 10 characters."_s);
        VERIFY_OK(UserStore::checkPassword(u"sato"_s, "1234567890"_ba));
        // Characters, not bytes: nine kana are 27 bytes and still too short.
        QVERIFY(!UserStore::checkPassword(u"sato"_s, "あいうえおかきくけ"_ba));
        VERIFY_OK(UserStore::checkPassword(u"sato"_s, "あいうえおかきくけこ"_ba));
        auto sameAsLogin = UserStore::checkPassword(u"yamada-taro"_s, "YAMADA-TARO"_ba);
        QVERIFY(!sameAsLogin);
        QCOMPARE(sameAsLogin.error().message, u"The password may not be the user ID."_s);
        QVERIFY(!UserStore::checkPassword(u"sato"_s, QByteArray(257, 'x')));
        QVERIFY(!UserStore::checkLogin(u"   "_s));
        QVERIFY(!UserStore::checkLogin(u"bad\nname"_s));
        QVERIFY(!UserStore::checkLogin(QString(65, u'a')));
        VERIFY_OK(UserStore::checkLogin(u"佐藤"_s));

        // Every way to set a password applies it.
        const Session admin = setUpAdmin();
        UserStore users = store();
        auto made = users.createUser(admin, u"yamada-taro"_s, QString(), Role::Manager, "Yamada-Taro"_ba, false);
        QCOMPARE(made.error().message, u"The password may not be the user ID."_s);
        QCOMPARE(users.list().value().size(), 1);
        QCOMPARE(users.setPassword(admin, admin.userId, "short"_ba).error().message,
                 u"A password needs at least 10 characters."_s);
        VERIFY_OK(users.login(u"admin"_s, kAdminPassword)); // unchanged

        // The same characters typed in another normalisation form log in: パ precomposed and as ハ + ゜.
        const QByteArray composed = QString(u"\u30D1\u30B9\u30EF\u30FC\u30C9-2026-x"_s).toUtf8();
        const QByteArray decomposed = QString(u"\u30CF\u309A\u30B9\u30EF\u30FC\u30C8\u3099-2026-x"_s).toUtf8();
        QVERIFY(composed != decomposed);
        VERIFY_OK(users.createUser(admin, u"kana"_s, QString(), Role::Manager, decomposed, false));
        VERIFY_OK(users.login(u"kana"_s, composed));
        VERIFY_OK(users.login(u"kana"_s, decomposed));
    }

    void passwordChangedInProductionWorksAtOnce()
    {
        const Session admin = setUpAdmin();
        const Session sato = addUser(admin, u"sato"_s, Role::Support, kSupportPassword, true);
        const Session tanaka = addUser(admin, u"tanaka"_s, Role::Manager, kManagerPassword);
        UserStore users = store();
        // Today's generation, taken with the old password in production's copy of rw_user.
        BackupRunner runner(*m_dir, m_clock, Session::schedulerSession());
        auto generation = runner.run();
        VERIFY_OK(generation);

        const QByteArray changed = "Changed-Today-2026"_ba;
        VERIFY_OK(users.setPassword(sato, sato.userId, changed));
        // Users live only in production and login() reads production's rw_user: there is no per-generation
        // copy to consult, so the changed password is the one that opens any generation, at once.
        QCOMPARE(users.login(u"sato"_s, kSupportPassword).error().code, ErrorCode::InvalidArgument);
        VERIFY_OK(users.login(u"sato"_s, changed));
        // The generation file still holds the old hash, which nothing consults.
        {
            auto conn = ScopedConnection::open(ConnectionSpec{generation->path, ConnectionSpec::Mode::Immutable},
                                               u"test-generation"_s);
            VERIFY_OK(conn);
            QSqlQuery q(conn.value()->db());
            QVERIFY(q.exec(u"SELECT password_hash FROM rw_user WHERE login = 'sato'"_s) && q.next());
            QVERIFY(PasswordHash::verify(q.value(0).toString(), kSupportPassword));
        }

        // Someone else's password: only an administrator.
        auto refused = users.setPassword(tanaka, sato.userId, "Tanaka-Was-Here-1"_ba);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY2(refused.error().message.contains(u"tanaka"_s), qPrintable(refused.error().message));
        const QByteArray reset = "Reset-By-Admin-99"_ba;
        VERIFY_OK(users.setPassword(admin, sato.userId, reset));
        QCOMPARE(users.login(u"sato"_s, changed).error().code, ErrorCode::InvalidArgument);
        VERIFY_OK(users.login(u"sato"_s, reset));
        QCOMPARE(users.setPassword(admin, 999, reset).error().code, ErrorCode::NotFound);
        QCOMPARE(historyOf(u"password-changed"_s).size(), 2);

        // A user removed in production cannot log in any more, whatever a generation remembers.
        VERIFY_OK(users.remove(admin, sato.userId));
        QCOMPARE(users.login(u"sato"_s, reset).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(users.refresh(sato).error().code, ErrorCode::ReadOnly);
    }

    void injectionShapedIdsAndPasswords()
    {
        const Session admin = setUpAdmin();
        UserStore users = store();
        for (const QString &login : {u"' OR '1'='1"_s, u"admin' --"_s, u"admin\" OR 1=1 --"_s, u"%"_s, u"_dmin"_s}) {
            auto r = users.login(login, kAdminPassword);
            QVERIFY2(!r, qPrintable(login));
            QCOMPARE(r.error().message, u"The user ID or password is wrong."_s);
        }
        const QString odd = u"o'brien\"; DROP TABLE rw_user; --"_s;
        const QByteArray oddPassword = "'); DELETE FROM rw_user; --x"_ba;
        VERIFY_OK(users.createUser(admin, odd, odd, Role::Support, oddPassword, false));
        auto session = users.login(odd, oddPassword);
        VERIFY_OK(session);
        QCOMPARE(session->login, odd);
        QCOMPARE(session->displayName, odd);
        QCOMPARE(users.list().value().size(), 2);
        QCOMPARE(users.login(u"admin"_s, oddPassword).error().code, ErrorCode::InvalidArgument);
        VERIFY_OK(users.login(u"admin"_s, kAdminPassword));
    }
};

QTEST_GUILESS_MAIN(TstUsers)
#include "tst_users.moc"
