#include "UserCommands.h"

#include "CtlContext.h"

#include "access/Access.h"
#include "access/PasswordHash.h"
#include "access/Users.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>

#include <unistd.h>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

Result<UserInfo> userByLogin(CtlContext &ctx, const QString &login)
{
    auto users = UserStore(ctx.dir, ctx.clock()).list(ctx.session);
    if (!users)
        return users.error();
    for (const UserInfo &u : users.value()) {
        if (u.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
            return u;
    }
    return makeError(ErrorCode::NotFound,
                     tr("There is no user \"%1\". \"rewindctl users list\" shows the users.").arg(login));
}

/// The new password for add and passwd: the next line of standard input with --new-password-stdin,
/// REWIND_NEW_PASSWORD, or typed twice at a prompt.
Result<QByteArray> newPassword(CtlContext &ctx, const QString &login)
{
    if (ctx.parser.isSet(u"new-password-stdin"_s))
        return readSecretLine();
    if (qEnvironmentVariableIsSet("REWIND_NEW_PASSWORD"))
        return qgetenv("REWIND_NEW_PASSWORD");
    if (!isatty(STDIN_FILENO)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("No new password for %1: pass it on standard input with --new-password-stdin or in "
                            "REWIND_NEW_PASSWORD (never as an argument).")
                             .arg(login));
    }
    QByteArray first = readSecretLine(tr("New password for %1: ").arg(login));
    QByteArray again = readSecretLine(tr("The same again: "));
    const bool same = first == again;
    PasswordHash::wipe(again);
    if (!same) {
        PasswordHash::wipe(first);
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords differ. Nothing was changed."));
    }
    return first;
}

QString status(const UserInfo &u, const QDateTime &now)
{
    if (u.adminLocked)
        return tr("locked by an administrator");
    if (u.delayedAt(now))
        return tr("login delayed until %1").arg(u.lockedUntil.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    return tr("active");
}

QString generations(const UserInfo &u)
{
    switch (u.role) {
    case Role::Admin:
        return tr("always");
    case Role::Support:
        return u.canOpenGenerations ? tr("granted") : tr("not granted");
    case Role::Manager:
        break;
    }
    return tr("never");
}

int listUsers(CtlContext &ctx)
{
    auto users = UserStore(ctx.dir, ctx.clock()).list(ctx.session); // others see only themselves
    if (!users)
        return ctx.fail(users.error());
    const QDateTime now = ctx.clock().now();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray rows;
        for (const UserInfo &u : users.value()) {
            rows.append(
                QJsonObject{{"id"_L1, u.login},
                            {"displayName"_L1, u.displayName},
                            {"role"_L1, roleKey(u.role)},
                            {"primaryContact"_L1, u.primaryContact},
                            {"canOpenGenerations"_L1, u.canOpenGenerations},
                            {"failedAttempts"_L1, u.failedAttempts},
                            {"adminLocked"_L1, u.adminLocked},
                            {"delayedUntil"_L1, u.delayedAt(now) ? QJsonValue(u.lockedUntil.toString(Qt::ISODate))
                                                                 : QJsonValue(QJsonValue::Null)}});
        }
        ctx.printJson(QJsonObject{{"users"_L1, rows}});
        return kOk;
    }
    for (const UserInfo &u : users.value()) {
        ctx.out << u"%1  %2  %3%4  %5: %6  %7"_s.arg(u.login, -16)
                       .arg(u.displayName, -20)
                       .arg(roleName(u.role))
                       .arg(u.primaryContact ? tr(" (primary contact)") : QString())
                       .arg(tr("generations"), generations(u), status(u, now))
                << Qt::endl;
    }
    return kOk;
}

int runUsers(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    const QString verb = args.value(0, u"list"_s);
    if (verb == "list"_L1)
        return listUsers(ctx);
    if (args.size() < 2)
        return ctx.usage(tr("\"users %1\" needs a user ID.").arg(verb));
    const QString login = args.at(1);
    UserStore store(ctx.dir, ctx.clock());

    if (verb == "add"_L1) {
        const auto role = roleFromKey(ctx.parser.value(u"role"_s));
        if (!role)
            return ctx.usage(tr("users add needs --role admin, support or manager."));
        auto password = newPassword(ctx, login);
        if (!password)
            return ctx.fail(password.error(), kUsage);
        const auto wipe = qScopeGuard([&password] { PasswordHash::wipe(password.value()); });
        auto made = store.createUser(ctx.session, login, ctx.parser.value(u"display-name"_s), *role, password.value(),
                                     ctx.parser.isSet(u"generations"_s));
        if (!made)
            return ctx.fail(made.error());
        ctx.out << tr("Added %1 (%2).").arg(made->login, roleName(made->role)) << Qt::endl;
        return kOk;
    }
    auto user = userByLogin(ctx, login);
    if (!user)
        return ctx.fail(user.error());
    const qint64 id = user->id;
    Status done;
    QString said;
    if (verb == "passwd"_L1) {
        auto password = newPassword(ctx, user->login);
        if (!password)
            return ctx.fail(password.error(), kUsage);
        done = store.setPassword(ctx.session, id, password.value());
        PasswordHash::wipe(password.value());
        said = tr("Set a new password for %1.");
    } else if (verb == "role"_L1) {
        const auto role = roleFromKey(args.value(2));
        if (!role)
            return ctx.usage(tr("users role ID takes admin, support or manager, not \"%1\".").arg(args.value(2)));
        done = store.setRole(ctx.session, id, *role);
        said = tr("%1 is now %2.").arg(u"%1"_s, roleName(*role));
    } else if (verb == "grant"_L1 || verb == "revoke"_L1) {
        done = store.setCanOpenGenerations(ctx.session, id, verb == "grant"_L1);
        said = verb == "grant"_L1 ? tr("%1 may open generations.") : tr("%1 may no longer open generations.");
    } else if (verb == "lock"_L1) {
        done = store.lock(ctx.session, id);
        said = tr("Locked %1: every login is refused until an administrator unlocks it.");
    } else if (verb == "unlock"_L1) {
        done = store.unlock(ctx.session, id);
        said = tr("Unlocked %1 and reset its failed logins.");
    } else if (verb == "rename"_L1) {
        done = store.setDisplayName(ctx.session, id, args.value(2));
        said = tr("Renamed %1.");
    } else if (verb == "remove"_L1) {
        if (!ctx.parser.isSet(u"yes"_s))
            return ctx.usage(tr("Removing %1 cannot be undone: add --yes.").arg(user->login));
        done = store.remove(ctx.session, id);
        said = tr("Removed %1.");
    } else {
        return ctx.usage(tr("Unknown users command \"%1\".").arg(verb));
    }
    if (!done)
        return ctx.fail(done.error());
    ctx.out << said.arg(user->login) << Qt::endl;
    return kOk;
}

int runPrimaryContact(CtlContext &ctx)
{
    if (ctx.parser.isSet(u"set"_s)) {
        auto user = userByLogin(ctx, ctx.parser.value(u"set"_s));
        if (!user)
            return ctx.fail(user.error());
        if (auto st = UserStore(ctx.dir, ctx.clock()).setPrimaryContact(ctx.session, user->id); !st)
            return ctx.fail(st.error());
    }
    auto contact = Access::primaryContact(ctx.dir);
    if (!contact)
        return ctx.fail(contact.error());
    ctx.out << (contact->isEmpty() ? tr("No primary contact is set.") : tr("Primary contact: %1").arg(contact.value()))
            << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> userCommands()
{
    return {
        {u"users"_s,
         tr("Users and roles (administrators): list, add ID --role ROLE, passwd ID, role ID ROLE, grant ID | revoke ID "
            "(opening generations, for support staff), lock ID, unlock ID, rename ID NAME, remove ID --yes. New "
            "passwords come from --new-password-stdin, REWIND_NEW_PASSWORD or a prompt."),
         {QCommandLineOption(u"role"_s, tr("add: admin, support or manager."), tr("ROLE")),
          QCommandLineOption(u"display-name"_s, tr("add: the display name (default: the ID)."), tr("NAME")),
          QCommandLineOption(u"generations"_s, tr("add: the user may open generations (support staff).")),
          QCommandLineOption(u"new-password-stdin"_s,
                             tr("add, passwd: read the new password from the next line of standard input.")),
          QCommandLineOption(u"yes"_s, tr("remove: yes, remove the user.")),
          QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."))},
         tr("[list|add|passwd|role|grant|revoke|lock|unlock|rename|remove] [ID] [ROLE|NAME]"),
         runUsers},
        {u"primary-contact"_s,
         tr("Show the workspace's primary contact, or hand the role on to another administrator with --set ID."),
         {QCommandLineOption(u"set"_s, tr("Make administrator ID the primary contact."), tr("ID"))},
         {},
         runPrimaryContact},
    };
}

} // namespace Rewind::Ctl
