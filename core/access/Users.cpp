#include "Users.h"

#include "access/PasswordHash.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "sql/Dialect.h"
#include "util/Clock.h"
#include "workspace/Production.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::UserStore", text);
}

/// Unknown user IDs are counted in rw_login_throttle like accounts are; the oldest rows beyond this are
/// dropped, so guessing random IDs cannot grow production without bound.
constexpr qint64 kMaxThrottleRows = 10000;

constexpr auto kColumns = "id, login, display_name, role, primary_contact, can_open_generations, failed_attempts, "
                          "locked_until, admin_locked, created_at, updated_at, password_hash";

/// A password as the store hashes it: NFC-normalised UTF-8 (the same characters typed on another system
/// give the same bytes), with its length in code points. Every copy is wiped when this goes away.
class Secret final
{
public:
    explicit Secret(const QByteArray &password)
    {
        QString raw = QString::fromUtf8(password);
        m_text = raw.normalized(QString::NormalizationForm_C);
        PasswordHash::wipe(raw);
        m_utf8 = m_text.toUtf8();
        for (QChar c : std::as_const(m_text))
            m_chars += c.isLowSurrogate() ? 0 : 1;
    }
    ~Secret()
    {
        PasswordHash::wipe(m_utf8);
        PasswordHash::wipe(m_text);
    }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    const QByteArray &utf8() const { return m_utf8; }
    const QString &text() const { return m_text; }
    qsizetype chars() const { return m_chars; }

private:
    QString m_text;
    QByteArray m_utf8;
    qsizetype m_chars = 0;
};

struct Row
{
    UserInfo info;
    QString passwordHash;
};

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

Row rowFrom(const QSqlQuery &q)
{
    Row r;
    r.info.id = q.value(0).toLongLong();
    r.info.login = q.value(1).toString();
    r.info.displayName = q.value(2).toString();
    r.info.role = roleFromKey(q.value(3).toString()).value_or(Role::Manager); // the CHECK admits nothing else
    r.info.primaryContact = q.value(4).toInt() != 0;
    r.info.canOpenGenerations = q.value(5).toInt() != 0;
    r.info.failedAttempts = q.value(6).toInt();
    r.info.lockedUntil = fromMs(q.value(7));
    r.info.adminLocked = q.value(8).toInt() != 0;
    r.info.createdAt = fromMs(q.value(9));
    r.info.updatedAt = fromMs(q.value(10));
    r.passwordHash = q.value(11).toString();
    return r;
}

Session sessionFrom(const UserInfo &u)
{
    Session s;
    s.userId = u.id;
    s.login = u.login;
    s.displayName = u.displayName;
    s.role = u.role;
    s.primaryContact = u.primaryContact;
    s.canOpenGenerations = u.role == Role::Admin || (u.role == Role::Support && u.canOpenGenerations);
    return s;
}

Status ensureSchema(const QSqlDatabase &db)
{
    const QString what = QCoreApplication::translate("Rewind::UserStore", "Preparing the user table");
    const Dialect::Engine engine = Dialect::engineOf(db);
    if (engine == Dialect::Engine::Postgres) {
        // CREATE … IF NOT EXISTS still needs the CREATE privilege there: a team member's login has only
        // what Rewind's tables need, so look first.
        QSqlQuery q(db);
        if (q.exec(u"SELECT to_regclass('rw_user') IS NOT NULL AND to_regclass('rw_login_throttle') IS NOT NULL"_s) &&
            q.next() && q.value(0).toBool())
            return {};
    }
    for (const QString &sql : Dialect::userTables(engine)) {
        if (auto st = Sql::exec(db, sql, what); !st)
            return st;
    }
    return {};
}

Result<std::shared_ptr<ScopedConnection>> openUsers(const DataDir &dir)
{
    auto conn = Production::open(dir, u"users"_s);
    if (!conn)
        return conn;
    if (auto st = ensureSchema(conn.value()->db()); !st)
        return st.error();
    return conn;
}

QString readingUsers()
{
    return QCoreApplication::translate("Rewind::UserStore", "Reading the users");
}

QString writingUsers()
{
    return QCoreApplication::translate("Rewind::UserStore", "Changing the users");
}

Result<std::optional<Row>> readUser(const QSqlDatabase &db, const QString &where, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM rw_user WHERE %2"_s.arg(QString::fromLatin1(kColumns), where));
    q.addBindValue(bind);
    if (!q.exec())
        return Sql::error(q.lastError(), readingUsers());
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(rowFrom(q));
}

Result<Row> readUserById(const QSqlDatabase &db, qint64 id)
{
    auto row = readUser(db, u"id = ?"_s, id);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Rewind::UserStore", "There is no user number %1.").arg(id));
    }
    return std::move(row.value()).value();
}

Result<qint64> countOne(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Sql::error(q.lastError(), readingUsers());
    return q.value(0).toLongLong();
}

/// Administrators other than `exceptId` who can log in (not locked by an administrator).
Result<qint64> otherActiveAdmins(const QSqlDatabase &db, qint64 exceptId)
{
    return countOne(db, u"SELECT count(*) FROM rw_user WHERE role = 'admin' AND admin_locked = 0 AND id <> ?"_s,
                    {exceptId});
}

/// The acting user as they are now: a session of a removed or locked user acts for nobody.
Result<Row> currentActor(const QSqlDatabase &db, const Session &session)
{
    auto row = readUser(db, u"id = ?"_s, session.userId);
    if (!row)
        return row.error();
    // The ID number and the login must both match: a number is never reused, and if it ever were, a
    // session of the user who had it must not act as the newcomer.
    if (!row->has_value() || row.value()->info.adminLocked ||
        row.value()->info.login.compare(session.login, Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("Rewind::UserStore",
                                                     "%1 is no longer a user of this workspace or is locked. "
                                                     "Log in again.")
                             .arg(session.login));
    }
    return std::move(row.value()).value();
}

Result<Row> requireAdmin(const QSqlDatabase &db, const Session &session)
{
    auto actor = currentActor(db, session);
    if (!actor)
        return actor;
    if (actor->info.role != Role::Admin) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("Rewind::UserStore", "%1 may not %2: only a %3 may.")
                             .arg(actor->info.login, UserStore::manageUsersRightName(), roleName(Role::Admin)));
    }
    return actor;
}

/// The start of a change a user may make to themself and an administrator to anyone (password, display
/// name): the connection, the acting user as the database says now, and the target user. `refusal` words
/// the refusal from (actor's ID, target's ID, the administrator role's name).
struct SelfChange
{
    std::shared_ptr<ScopedConnection> conn;
    QSqlDatabase db;
    Row me;
    Row target;
};

Result<SelfChange>
beginSelfChange(const DataDir &dir, const Session &actor, qint64 userId,
                const std::function<QString(const QString &, const QString &, const QString &)> &refusal)
{
    auto conn = openUsers(dir);
    if (!conn)
        return conn.error();
    SelfChange c;
    c.conn = conn.value();
    c.db = c.conn->db();
    auto me = currentActor(c.db, actor);
    if (!me)
        return me.error();
    auto target = readUserById(c.db, userId);
    if (!target)
        return target.error();
    if (me->info.id != userId && me->info.role != Role::Admin)
        return makeError(ErrorCode::ReadOnly, refusal(me->info.login, target->info.login, roleName(Role::Admin)));
    c.me = std::move(me).value();
    c.target = std::move(target).value();
    return c;
}

/// The start every administrator's change to one user shares: the connection, one transaction, the acting
/// administrator as the database says now (not as the session remembers), and the target user.
struct AdminChange
{
    std::shared_ptr<ScopedConnection> conn;
    QSqlDatabase db;
    std::unique_ptr<Sql::Transaction> tx; // destroyed before the connection
    Row actor;
    Row target;
};

Result<AdminChange> beginAdminChange(const DataDir &dir, const Session &admin, qint64 userId)
{
    auto conn = openUsers(dir);
    if (!conn)
        return conn.error();
    AdminChange c;
    c.conn = conn.value();
    c.db = c.conn->db();
    c.tx = std::make_unique<Sql::Transaction>(c.db);
    if (auto st = c.tx->begin(); !st)
        return st.error();
    auto actor = requireAdmin(c.db, admin);
    if (!actor)
        return actor.error();
    auto target = readUserById(c.db, userId);
    if (!target)
        return target.error();
    c.actor = std::move(actor).value();
    c.target = std::move(target).value();
    return c;
}

/// Refuses a change that would leave no administrator who can log in.
Status refuseLastAdmin(const QSqlDatabase &db, const UserInfo &user)
{
    if (user.role != Role::Admin)
        return {};
    auto others = otherActiveAdmins(db, user.id);
    if (!others)
        return others.error();
    if (others.value() == 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Rewind::UserStore", "%1 is the last %2 who can log in. Make "
                                                                          "another user an administrator first.")
                             .arg(user.login, roleName(Role::Admin)));
    }
    return {};
}

/// The login delay after `failures` consecutive failures (0: none).
qint64 delaySecs(int failures)
{
    if (failures < UserStore::kFailuresBeforeDelay)
        return 0;
    const int doublings = failures - UserStore::kFailuresBeforeDelay;
    if (doublings >= 20)
        return UserStore::kMaxDelaySecs;
    return std::min(UserStore::kFirstDelaySecs << doublings, UserStore::kMaxDelaySecs);
}

QString formatTime(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

Error wrongCredentials()
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Rewind::UserStore", "The user ID or password is wrong."));
}

Error delayed(const QString &login, const QDateTime &until)
{
    return makeError(ErrorCode::Busy, QCoreApplication::translate("Rewind::UserStore",
                                                                  "Too many failed logins as %1. Try again after %2.")
                                          .arg(login, formatTime(until)));
}

Error adminLocked(const QString &login)
{
    return makeError(ErrorCode::ReadOnly,
                     QCoreApplication::translate("Rewind::UserStore", "The account %1 is locked by an administrator. "
                                                                      "Ask an administrator to unlock it.")
                         .arg(login));
}

/// Counts one more failure for a row of `table` (rw_user by id, or rw_login_throttle by login, inserted
/// when missing) and sets its delay; returns the delay's end, invalid when there is none yet.
/// The history's name for login attempts with a user ID that does not exist.
QString unknownLoginName()
{
    return u"(unknown)"_s;
}

/// How rw_login_throttle keys an unknown user ID: a hash salted with the workspace's ID, so the table never
/// holds what was typed (generations and restore points copy it) but counts the same ID, in any case,
/// the same.
QString throttleKey(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    QString workspace;
    if (q.exec(u"SELECT value FROM rw_meta WHERE key = 'workspace_id'"_s) && q.next())
        workspace = q.value(0).toString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("rewind-login-throttle\n"));
    h.addData(workspace.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(login.toCaseFolded().toUtf8());
    return u"sha256:"_s + QString::fromLatin1(h.result().toHex());
}

Result<QDateTime> countFailure(const QSqlDatabase &db, bool account, const QVariant &key, const QDateTime &now)
{
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    QSqlQuery q(db);
    if (account) {
        q.prepare(u"UPDATE rw_user SET failed_attempts = failed_attempts + 1 WHERE id = ?"_s);
        q.addBindValue(key);
    } else {
        q.prepare(u"INSERT INTO rw_login_throttle(login, failed_attempts, locked_until, updated_at) "
                  "VALUES (?, 1, NULL, ?) ON CONFLICT(login) DO UPDATE SET "
                  "failed_attempts = failed_attempts + 1, updated_at = excluded.updated_at"_s);
        q.addBindValue(key);
        q.addBindValue(now.toMSecsSinceEpoch());
    }
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    const QString table = account ? u"rw_user"_s : u"rw_login_throttle"_s;
    const QString keyColumn = account ? u"id"_s : u"login"_s;
    auto failures = countOne(db, u"SELECT failed_attempts FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), {key});
    if (!failures)
        return failures.error();
    const qint64 delay = delaySecs(int(std::min<qint64>(failures.value(), 1 << 20)));
    QDateTime until;
    if (delay > 0) {
        until = now.addSecs(delay);
        q.prepare(u"UPDATE %1 SET locked_until = ? WHERE %2 = ?"_s.arg(table, keyColumn));
        q.addBindValue(until.toMSecsSinceEpoch());
        q.addBindValue(key);
        if (auto st = Sql::exec(q, writingUsers()); !st)
            return st.error();
    }
    if (!account) {
        auto rows = countOne(db, u"SELECT count(*) FROM rw_login_throttle"_s);
        if (rows && rows.value() > kMaxThrottleRows) {
            q.prepare(u"DELETE FROM rw_login_throttle WHERE login IN (SELECT login FROM rw_login_throttle "
                      "ORDER BY updated_at LIMIT ?)"_s);
            q.addBindValue(rows.value() - kMaxThrottleRows);
            if (auto st = Sql::exec(q, writingUsers()); !st)
                return st.error();
        }
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return until;
}

QString cleanDisplayName(const QString &displayName, const QString &login)
{
    const QString name = displayName.trimmed();
    return name.isEmpty() ? login : name;
}
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Support:
        return u"support"_s;
    case Role::Manager:
        return u"manager"_s;
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role r : allRoles()) {
        if (key == roleKey(r))
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Rewind::UserStore", "System administrator");
    case Role::Support:
        return QCoreApplication::translate("Rewind::UserStore", "Support staff");
    case Role::Manager:
        return QCoreApplication::translate("Rewind::UserStore", "Manager");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Admin, Role::Support, Role::Manager};
}

QString Session::schedulerName()
{
    return u"(schedule)"_s;
}

Session Session::schedulerSession()
{
    Session s;
    s.login = schedulerName();
    s.displayName = QCoreApplication::translate("Rewind::UserStore", "Schedule");
    s.scheduler = true;
    return s;
}

QString Session::historyName() const
{
    return scheduler ? schedulerName() : login;
}

UserStore::UserStore(DataDir dir, const Clock &clock) : m_dir(std::move(dir)), m_clock(clock)
{
}

QString UserStore::manageUsersRightName()
{
    return tr("manage users and roles");
}

Status UserStore::checkLogin(const QString &login)
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Enter a user ID."));
    if (name.size() > kMaxLoginChars)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A user ID may have at most %1 characters.").arg(kMaxLoginChars));
    if (name.startsWith(u'('))
        return makeError(ErrorCode::InvalidArgument, tr("A user ID may not start with \"(\"."));
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return makeError(ErrorCode::InvalidArgument, tr("A user ID may not contain control characters."));
    }
    return {};
}

Status UserStore::checkPassword(const QString &login, const QByteArray &password)
{
    const Secret secret(password);
    if (secret.chars() < kMinPasswordChars)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A password needs at least %1 characters.").arg(kMinPasswordChars));
    if (secret.chars() > kMaxPasswordChars)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A password may have at most %1 characters.").arg(kMaxPasswordChars));
    if (secret.text().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::InvalidArgument, tr("The password may not be the user ID."));
    return {};
}

Result<bool> UserStore::hasUsers() const
{
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    auto n = countOne(conn.value()->db(), u"SELECT count(*) FROM rw_user"_s);
    if (!n)
        return n.error();
    return n.value() > 0;
}

Result<UserInfo> UserStore::createFirstAdmin(const QString &login, const QString &displayName,
                                             const QByteArray &password)
{
    if (auto st = checkLogin(login); !st)
        return st.error();
    const QString name = login.trimmed();
    if (auto st = checkPassword(name, password); !st)
        return st.error();
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn.value()->db();
    const auto existing = countOne(db, u"SELECT count(*) FROM rw_user"_s);
    if (!existing)
        return existing.error();
    const Error taken =
        makeError(ErrorCode::AlreadyExists,
                  tr("This workspace already has users. An administrator adds more users in the Users tab."));
    if (existing.value() > 0) // refused before spending a hash
        return taken;
    Result<QString> hash = [&] {
        const Secret secret(password);
        return PasswordHash::hash(secret.utf8());
    }();
    if (!hash)
        return hash.error();

    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    const auto count = countOne(db, u"SELECT count(*) FROM rw_user"_s);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return taken;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO rw_user(login, display_name, role, primary_contact, can_open_generations, password_hash, "
              "created_at, updated_at) VALUES (?, ?, 'admin', 1, 1, ?, ?, ?)"_s +
              Sql::returning(db));
    for (const QVariant &v : {QVariant(name), QVariant(cleanDisplayName(displayName, name)), QVariant(hash.value()),
                              QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    const qint64 id = Sql::insertedId(q);
    q.prepare(u"DELETE FROM rw_login_throttle WHERE login = ?"_s);
    q.addBindValue(name);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    (void)HistoryStore(m_dir).append(
        m_clock.now(), name, QString::fromLatin1(UserHistoryKind::UserCreated),
        tr("%1 was set up as the first system administrator and the primary contact.").arg(name),
        QJsonObject{{"userId"_L1, id}, {"login"_L1, name}, {"role"_L1, roleKey(Role::Admin)}, {"first"_L1, true}});
    return find(id);
}

Result<UserInfo> UserStore::createUser(const Session &admin, const QString &login, const QString &displayName,
                                       Role role, const QByteArray &password, bool canOpenGenerations)
{
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn.value()->db();
    if (auto actor = requireAdmin(db, admin); !actor)
        return actor.error();
    if (auto st = checkLogin(login); !st)
        return st.error();
    const QString name = login.trimmed();
    if (auto st = checkPassword(name, password); !st)
        return st.error();
    const Error taken =
        makeError(ErrorCode::AlreadyExists, tr("The user ID %1 is taken. Choose another one.").arg(name));
    auto same = readUser(db, u"login = ?"_s, name);
    if (!same)
        return same.error();
    if (same->has_value())
        return taken;
    Result<QString> hash = [&] {
        const Secret secret(password);
        return PasswordHash::hash(secret.utf8());
    }();
    if (!hash)
        return hash.error();

    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto actor = requireAdmin(db, admin); // again, inside the transaction
    if (!actor)
        return actor.error();
    same = readUser(db, u"login = ?"_s, name);
    if (!same)
        return same.error();
    if (same->has_value())
        return taken;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO rw_user(login, display_name, role, primary_contact, can_open_generations, password_hash, "
              "created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)"_s +
              Sql::returning(db));
    for (const QVariant &v :
         {QVariant(name), QVariant(cleanDisplayName(displayName, name)), QVariant(roleKey(role)),
          QVariant(canOpenGenerations ? 1 : 0), QVariant(hash.value()), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    const qint64 id = Sql::insertedId(q);
    q.prepare(u"DELETE FROM rw_login_throttle WHERE login = ?"_s);
    q.addBindValue(name);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    (void)HistoryStore(m_dir).append(m_clock.now(), actor->info.login,
                                     QString::fromLatin1(UserHistoryKind::UserCreated),
                                     tr("User %1 added as %2.").arg(name, roleName(role)),
                                     QJsonObject{{"userId"_L1, id},
                                                 {"login"_L1, name},
                                                 {"role"_L1, roleKey(role)},
                                                 {"canOpenGenerations"_L1, canOpenGenerations}});
    return find(id);
}

Status UserStore::setPassword(const Session &actor, qint64 userId, const QByteArray &password)
{
    auto change =
        beginSelfChange(m_dir, actor, userId, [](const QString &me, const QString &target, const QString &admin) {
            return tr("%1 may not change the password of %2: only that user or a %3 may.").arg(me, target, admin);
        });
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *me = &change->me;
    const Row *target = &change->target;
    if (auto st = checkPassword(target->info.login, password); !st)
        return st;
    Result<QString> hash = [&] {
        const Secret secret(password);
        return PasswordHash::hash(secret.utf8());
    }();
    if (!hash)
        return hash.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET password_hash = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(hash.value());
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (q.numRowsAffected() == 0) // removed meanwhile
        return readUserById(db, userId).error();
    (void)HistoryStore(m_dir).append(
        m_clock.now(), me->info.login, QString::fromLatin1(UserHistoryKind::PasswordChanged),
        me->info.id == userId ? tr("%1 changed their password.").arg(me->info.login)
                              : tr("%1 set a new password for %2.").arg(me->info.login, target->info.login),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, target->info.login}});
    return {};
}

Status UserStore::setDisplayName(const Session &actor, qint64 userId, const QString &displayName)
{
    auto change =
        beginSelfChange(m_dir, actor, userId, [](const QString &me, const QString &target, const QString &admin) {
            return tr("%1 may not rename %2: only that user or a %3 may.").arg(me, target, admin);
        });
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *me = &change->me;
    const Row *target = &change->target;
    const QString name = cleanDisplayName(displayName, target->info.login);
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET display_name = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), me->info.login, QString::fromLatin1(UserHistoryKind::UserChanged),
        tr("Display name of %1 changed from %2 to %3.").arg(target->info.login, target->info.displayName, name),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, target->info.login}, {"displayName"_L1, name}});
    return {};
}

Status UserStore::setRole(const Session &admin, qint64 userId, Role role)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    const UserInfo &t = target->info;
    if (t.role == role)
        return {};
    if (t.role == Role::Admin) {
        if (auto st = refuseLastAdmin(db, t); !st)
            return st;
        if (t.primaryContact) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 is the primary contact, who must be a %2. Make another administrator the "
                                "primary contact first.")
                                 .arg(t.login, roleName(Role::Admin)));
        }
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET role = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(roleKey(role));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), actor->info.login, QString::fromLatin1(UserHistoryKind::UserChanged),
        tr("Role of %1 changed from %2 to %3.").arg(t.login, roleName(t.role), roleName(role)),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, t.login}, {"role"_L1, roleKey(role)}});
    return {};
}

Status UserStore::setCanOpenGenerations(const Session &admin, qint64 userId, bool allowed)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET can_open_generations = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(allowed ? 1 : 0);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), actor->info.login, QString::fromLatin1(UserHistoryKind::UserChanged),
        allowed ? tr("%1 may now open generations.").arg(target->info.login)
                : tr("%1 may no longer open generations.").arg(target->info.login),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, target->info.login}, {"canOpenGenerations"_L1, allowed}});
    return {};
}

Status UserStore::setPrimaryContact(const Session &admin, qint64 userId)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    if (target->info.role != Role::Admin) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only a %1 can be the primary contact; %2 is %3.")
                             .arg(roleName(Role::Admin), target->info.login, roleName(target->info.role)));
    }
    if (target->info.primaryContact)
        return {};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q(db);
    // Two statements in this order: the unique index admits one flagged row at every step.
    q.prepare(u"UPDATE rw_user SET primary_contact = 0, updated_at = ? WHERE primary_contact = 1"_s);
    q.addBindValue(now);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    q.prepare(u"UPDATE rw_user SET primary_contact = 1, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(now);
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), actor->info.login, QString::fromLatin1(UserHistoryKind::UserChanged),
        tr("%1 is now the primary contact.").arg(target->info.login),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, target->info.login}, {"primaryContact"_L1, true}});
    return {};
}

Status UserStore::lock(const Session &admin, qint64 userId)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    if (target->info.id == actor->info.id)
        return makeError(ErrorCode::InvalidArgument, tr("You cannot lock your own account."));
    if (target->info.adminLocked)
        return {};
    if (auto st = refuseLastAdmin(db, target->info); !st)
        return st;
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET admin_locked = 1, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(m_clock.now(), actor->info.login, QString::fromLatin1(UserHistoryKind::UserLocked),
                                     tr("%1 locked the account %2.").arg(actor->info.login, target->info.login),
                                     QJsonObject{{"userId"_L1, userId}, {"login"_L1, target->info.login}});
    return {};
}

Status UserStore::unlock(const Session &admin, qint64 userId)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET admin_locked = 0, failed_attempts = 0, locked_until = NULL, updated_at = ? "
              "WHERE id = ?"_s);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(m_clock.now(), actor->info.login,
                                     QString::fromLatin1(UserHistoryKind::UserUnlocked),
                                     tr("%1 unlocked the account %2.").arg(actor->info.login, target->info.login),
                                     QJsonObject{{"userId"_L1, userId},
                                                 {"login"_L1, target->info.login},
                                                 {"failedAttempts"_L1, target->info.failedAttempts},
                                                 {"wasLocked"_L1, target->info.adminLocked}});
    return {};
}

Status UserStore::remove(const Session &admin, qint64 userId)
{
    auto change = beginAdminChange(m_dir, admin, userId);
    if (!change)
        return change.error();
    const QSqlDatabase db = change->db;
    const Row *actor = &change->actor;
    const Row *target = &change->target;
    Sql::Transaction &tx = *change.value().tx;
    const UserInfo &t = target->info;
    if (t.id == actor->info.id)
        return makeError(ErrorCode::InvalidArgument,
                         tr("You cannot remove your own account; another administrator can."));
    if (t.primaryContact) {
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1 is the primary contact. Make another administrator the primary contact first.").arg(t.login));
    }
    if (auto st = refuseLastAdmin(db, t); !st)
        return st;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM rw_user WHERE id = ?"_s);
    q.addBindValue(userId);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), actor->info.login, QString::fromLatin1(UserHistoryKind::UserRemoved),
        tr("User %1 (%2) removed.").arg(t.login, roleName(t.role)),
        QJsonObject{{"userId"_L1, userId}, {"login"_L1, t.login}, {"role"_L1, roleKey(t.role)}});
    return {};
}

Result<QList<UserInfo>> UserStore::list() const
{
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    if (!q.exec(u"SELECT %1 FROM rw_user ORDER BY id"_s.arg(QString::fromLatin1(kColumns))))
        return Sql::error(q.lastError(), readingUsers());
    QList<UserInfo> out;
    while (q.next())
        out.append(rowFrom(q).info);
    return out;
}

Result<UserInfo> UserStore::find(qint64 userId) const
{
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    auto row = readUserById(conn.value()->db(), userId);
    if (!row)
        return row.error();
    return row->info;
}

Result<QList<UserInfo>> UserStore::list(const Session &reader) const
{
    auto now = refresh(reader);
    if (!now)
        return now.error();
    auto all = list();
    if (!all || now->role == Role::Admin)
        return all;
    QList<UserInfo> own;
    for (const UserInfo &u : all.value()) {
        if (u.id == now->userId)
            own.append(u);
    }
    return own;
}

Result<Session> UserStore::refresh(const Session &session) const
{
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    auto row = currentActor(conn.value()->db(), session);
    if (!row)
        return row.error();
    return sessionFrom(row->info);
}

Result<Session> UserStore::login(const QString &login, const QByteArray &password)
{
    const QDateTime now = m_clock.now();
    const QString name = login.trimmed().left(kMaxLoginChars + 1);
    const Secret secret(password);
    auto conn = openUsers(m_dir);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn.value()->db();

    // What the history records: a known account by its stored ID; for an unknown one nothing of what was
    // typed (it may be a password typed into the wrong field, or text made to look like other events).
    QString recorded = unknownLoginName();
    auto refused = [&](const QString &reason, const QString &description, const Error &error,
                       QJsonObject details = {}) -> Error {
        if (recorded != unknownLoginName())
            details.insert("login"_L1, recorded);
        details.insert("reason"_L1, reason);
        (void)HistoryStore(m_dir).append(now, recorded, QString::fromLatin1(UserHistoryKind::LoginFailed), description,
                                         details);
        return error;
    };
    auto wrong = [&](const QString &reason, const QString &description, const QDateTime &until) -> Error {
        QJsonObject details;
        if (until.isValid())
            details.insert("delayedUntil"_L1, until.toMSecsSinceEpoch());
        return refused(reason, description, until.isValid() ? delayed(name, until) : wrongCredentials(), details);
    };

    auto found = checkLogin(name) ? readUser(db, u"login = ?"_s, name) : Result<std::optional<Row>>(std::nullopt);
    if (!found)
        return found.error();

    if (!found->has_value()) {
        // Unknown user ID: the same time, message and delays as a wrong password.
        QDateTime until;
        if (checkLogin(name)) {
            QSqlQuery q(db);
            q.prepare(u"SELECT locked_until FROM rw_login_throttle WHERE login = ?"_s);
            q.addBindValue(throttleKey(db, name));
            if (!q.exec())
                return Sql::error(q.lastError(), readingUsers());
            if (q.next())
                until = fromMs(q.value(0));
        }
        PasswordHash::burn(secret.utf8());
        if (until.isValid() && now < until) {
            return wrong(u"delayed"_s,
                         tr("Login with an unknown user ID refused: too many failed logins, delayed until %1.")
                             .arg(formatTime(until)),
                         until);
        }
        QDateTime newUntil;
        if (checkLogin(name)) {
            auto counted = countFailure(db, false, throttleKey(db, name), now);
            if (!counted)
                return counted.error();
            newUntil = counted.value();
        }
        return wrong(u"unknown-login"_s, tr("Login refused: no such user ID."), newUntil);
    }

    const Row row = std::move(found.value()).value();
    recorded = row.info.login;
    if (row.info.adminLocked) {
        PasswordHash::burn(secret.utf8());
        return refused(u"admin-locked"_s,
                       tr("Login as %1 refused: the account is locked by an administrator.").arg(recorded),
                       adminLocked(name));
    }
    if (row.info.delayedAt(now)) {
        PasswordHash::burn(secret.utf8());
        return wrong(u"delayed"_s,
                     tr("Login as %1 refused: too many failed logins, delayed until %2.")
                         .arg(recorded, formatTime(row.info.lockedUntil)),
                     row.info.lockedUntil);
    }
    if (!PasswordHash::verify(row.passwordHash, secret.utf8())) {
        auto counted = countFailure(db, true, row.info.id, now);
        if (!counted)
            return counted.error();
        return wrong(u"wrong-password"_s, tr("Login as %1 refused: wrong password.").arg(recorded), counted.value());
    }

    // Right password. Failures counted by concurrent attempts meanwhile still win: a guess that happens
    // to be right among many at once is refused like the rest.
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto current = readUser(db, u"id = ?"_s, row.info.id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return refused(u"unknown-login"_s, tr("Login as %1 refused: the user was removed meanwhile.").arg(recorded),
                       wrongCredentials());
    const UserInfo &info = current.value()->info;
    if (info.adminLocked) {
        return refused(u"admin-locked"_s,
                       tr("Login as %1 refused: the account is locked by an administrator.").arg(recorded),
                       adminLocked(name));
    }
    if (info.delayedAt(now)) {
        return wrong(u"delayed"_s,
                     tr("Login as %1 refused: too many failed logins, delayed until %2.")
                         .arg(recorded, formatTime(info.lockedUntil)),
                     info.lockedUntil);
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE rw_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s);
    q.addBindValue(info.id);
    if (auto st = Sql::exec(q, writingUsers()); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();

    const Session session = sessionFrom(info);
    // A login that cannot be recorded does not happen: every success is in the history.
    auto logged = HistoryStore(m_dir).append(
        now, info.login, QString::fromLatin1(UserHistoryKind::Login),
        tr("%1 logged in as %2.").arg(info.login, roleName(info.role)),
        QJsonObject{{"login"_L1, info.login}, {"userId"_L1, info.id}, {"role"_L1, roleKey(info.role)}});
    if (!logged) {
        return makeError(
            logged.error().code,
            tr("The login could not be recorded in the history, so it was refused: %1").arg(logged.error().message),
            logged.error().detail);
    }
    return session;
}

} // namespace Rewind
