#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Rewind
{

class Clock;

/// What a user may do in general. Keys are stable (stored in rw_user.role, written by --json);
/// names are translated.
enum class Role
{
    Admin,   ///< "admin": system-setting administrator — everything, and users and roles
    Support, ///< "support": support staff — production records and CSV; generations only when granted
    Manager, ///< "manager": reads the history; no generations, no changes
};

/// "admin", "support", "manager".
QString roleKey(Role role);
/// The role of a stored key; nullopt for anything else.
std::optional<Role> roleFromKey(QStringView key);
/// "System administrator" / "Support staff" / "Manager", translated.
QString roleName(Role role);
/// Every role, in the order the Users tab lists them.
QList<Role> allRoles();

/// A user as the Users tab shows one. Never carries the password hash.
struct UserInfo
{
    qint64 id = 0;
    QString login; ///< the user ID people log in with; unique, ASCII case-insensitive
    QString displayName;
    Role role = Role::Manager;
    bool primaryContact = false;     ///< exactly one user (an administrator) holds it once users exist
    bool canOpenGenerations = false; ///< the stored grant; it matters for support staff (see Session)
    int failedAttempts = 0;          ///< consecutive failed logins since the last success
    QDateTime lockedUntil;           ///< invalid when no login delay is set (it may lie in the past)
    bool adminLocked = false;        ///< locked by an administrator until unlock()
    QDateTime createdAt, updatedAt;

    /// Whether a login now would be refused for the delay.
    bool delayedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

/// Who is logged in: what login() hands back and every guarded service will take. A plain value; the
/// UserStore re-reads the user's current row for every check, so a Session of a user demoted, locked or
/// removed since login does not keep the old rights.
struct Session
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Manager;
    bool primaryContact = false;
    /// The effective right to open generations: always for administrators, for support staff when
    /// granted, never for managers.
    bool canOpenGenerations = false;
    /// run-due executing what an administrator scheduled (the systemd timer or the console's timer):
    /// no user, and only the rights the timer needs (see Access::require).
    bool scheduler = false;

    bool isAdmin() const { return !scheduler && role == Role::Admin; }
    /// The name the history records for this session: the user ID, or "(schedule)" for the scheduler.
    QString historyName() const;
    /// The scheduler's session (Session::scheduler is true, no user).
    static Session schedulerSession();
    /// The history name of the scheduler; user IDs may not start with "(", so no user shares it.
    static QString schedulerName();
};

/// Stable history kinds (HistoryEvent::kind) the user store writes. Details never hold a password.
namespace UserHistoryKind
{
inline constexpr auto Login = "login";              ///< details: login, userId, role
inline constexpr auto LoginFailed = "login-failed"; ///< details: login, reason (see UserStore::login)
inline constexpr auto UserCreated = "user-created"; ///< details: userId, login, role
inline constexpr auto UserChanged = "user-changed"; ///< role, primary contact, generation grant, display name
inline constexpr auto PasswordChanged = "password-changed";
inline constexpr auto UserLocked = "user-locked";
inline constexpr auto UserUnlocked = "user-unlocked";
inline constexpr auto UserRemoved = "user-removed";
} // namespace UserHistoryKind

/// The users of a workspace and logging in. Users live in the production workspace (table rw_user,
/// created on first use), so logging into any generation checks production's *current* credentials:
/// there is no per-generation copy to consult. Passwords are Argon2id hashes (PasswordHash).
///
/// Every change takes the acting Session and re-reads that user's current row: user management
/// (create, remove, role, lock, unlock, generation grant, primary contact) needs an administrator;
/// a password or display name may be changed by the user themself or an administrator. Refusals are
/// ErrorCode::ReadOnly with a message naming the missing right. Every change and every login attempt is
/// recorded in the history (UserHistoryKind). Blocking (a hash takes tens of milliseconds): call from a
/// worker thread in the console. Opens its own production connection per call, so any thread may use
/// its own instance.
class UserStore final
{
public:
    /// Consecutive failed logins after which every further failure sets a delay.
    static constexpr int kFailuresBeforeDelay = 5;
    /// The first delay; it doubles with each further failure, up to kMaxDelaySecs.
    static constexpr qint64 kFirstDelaySecs = 30;
    static constexpr qint64 kMaxDelaySecs = 3600;
    static constexpr int kMinPasswordChars = 10;
    static constexpr int kMaxPasswordChars = 256;
    static constexpr int kMaxLoginChars = 64;

    UserStore(DataDir dir, const Clock &clock);

    /// Whether any user exists. False means the workspace still needs its first administrator.
    Result<bool> hasUsers() const;
    /// The first administrator of a workspace without users; they become its primary contact.
    /// AlreadyExists once any user exists (checked in the same transaction as the insert).
    Result<UserInfo> createFirstAdmin(const QString &login, const QString &displayName, const QByteArray &password);

    /// A new user (administrators only). `displayName` empty means the login. AlreadyExists when the login
    /// is taken (compared ASCII case-insensitively).
    Result<UserInfo> createUser(const Session &admin, const QString &login, const QString &displayName, Role role,
                                const QByteArray &password, bool canOpenGenerations);
    /// Sets a new password: the user themself or an administrator. The console should have the user
    /// confirm their current password (login()) before changing their own. Leaves the failure counter and
    /// locks alone (unlock() lifts those).
    Status setPassword(const Session &actor, qint64 userId, const QByteArray &password);
    /// The user themself or an administrator; empty means the login.
    Status setDisplayName(const Session &actor, qint64 userId, const QString &displayName);
    /// Administrators only. Refused when it would leave no administrator, or when the user is the
    /// primary contact and would stop being an administrator.
    Status setRole(const Session &admin, qint64 userId, Role role);
    /// Whether support staff may open generations (administrators only; stored for any role).
    Status setCanOpenGenerations(const Session &admin, qint64 userId, bool allowed);
    /// Makes `userId` the one primary contact (administrators only; the user must be an administrator).
    /// The previous holder loses the flag in the same transaction.
    Status setPrimaryContact(const Session &admin, qint64 userId);
    /// An administrator's lock: every login of that user is refused until unlock(). Not yourself, and not
    /// the last administrator who is not locked.
    Status lock(const Session &admin, qint64 userId);
    /// Lifts an administrator's lock and the login delay, and resets the failure counter.
    Status unlock(const Session &admin, qint64 userId);
    /// Removes a user (administrators only). Not yourself, not the last administrator, not the primary
    /// contact (hand that on first).
    Status remove(const Session &admin, qint64 userId);

    /// Every user, by ID. No hashes. Unguarded: for core's own checks.
    Result<QList<UserInfo>> list() const;
    /// The users `reader` may see: all of them for administrators, otherwise only their own row.
    Result<QList<UserInfo>> list(const Session &reader) const;
    Result<UserInfo> find(qint64 userId) const;

    /// Checks a login. The same message (and about the same time: an unknown user ID is verified against
    /// a dummy hash) for an unknown user ID and a wrong password, so answers do not tell which IDs exist.
    /// After kFailuresBeforeDelay consecutive failures each further failure sets a delay (30 s, 60 s,
    /// 120 s … at most 1 h) during which every login of that ID — even with the right password — is refused
    /// (ErrorCode::Busy) with a message saying until when. Unknown IDs are counted and delayed the same
    /// way (table rw_login_throttle), so a delay does not reveal that an ID exists either. An
    /// administrator's lock refuses with its own message (ErrorCode::ReadOnly). A success resets the
    /// counter. Every attempt is recorded in the history (login / login-failed with the login name and a
    /// reason: unknown-login, wrong-password, delayed, admin-locked); a success that cannot be recorded
    /// fails.
    Result<Session> login(const QString &login, const QByteArray &password);
    /// The current state of a logged-in user: fails (ReadOnly) when the user was removed or locked by an
    /// administrator since, and carries the current role and grants otherwise. For checks at the moment of
    /// use (opening a generation, a guarded service).
    Result<Session> refresh(const Session &session) const;

    /// The password rule: at least kMinPasswordChars characters (Unicode code points, not bytes), at most
    /// kMaxPasswordChars, and not the login itself (ignoring case). A translated message says what is wrong.
    static Status checkPassword(const QString &login, const QByteArray &password);
    /// The login rule: 1 to kMaxLoginChars characters after trimming, no control characters.
    static Status checkLogin(const QString &login);
    /// The translated name of the right user management needs, as refusals name it.
    static QString manageUsersRightName();

private:
    DataDir m_dir;
    const Clock &m_clock;
};

} // namespace Rewind
