#include "Access.h"

#include "util/Clock.h"
#include "workspace/Production.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Access", text);
}

/// The role table (README "Roles"), row by row. `session` is as production says now.
bool roleAllows(const Session &session, Right right)
{
    if (session.scheduler)
        return right == Right::RunGenerations || right == Right::ManageArchives;
    const Role role = session.role;
    switch (right) {
    case Right::OpenGenerations:
        return role == Role::Admin || (role == Role::Support && session.canOpenGenerations);
    case Right::EditRecords:
    case Right::TransferCsv:
        return role == Role::Admin || role == Role::Support;
    case Right::ManageSettings:
    case Right::ManageSchedules:
    case Right::RunGenerations:
    case Right::ManageUsers:
        return role == Role::Admin;
    case Right::ReadHistory:
        return true; // support staff read their own events only (HistoryStore::events(Session, …))
    case Right::ManageArchives:
        return role == Role::Admin && session.primaryContact;
    }
    return false;
}
} // namespace

bool Access::allows(const Session &session, Right right)
{
    return roleAllows(session, right);
}

QString Access::rightName(Right right)
{
    switch (right) {
    case Right::OpenGenerations:
        return tr("open generations");
    case Right::EditRecords:
        return tr("change production's records");
    case Right::TransferCsv:
        return tr("export or re-import CSV");
    case Right::ManageSettings:
        return tr("change DB settings (templates, settings re-apply, fields, new DBs)");
    case Right::ManageSchedules:
        return tr("change the archive schedule and policy");
    case Right::RunGenerations:
        return tr("take a generation now");
    case Right::ReadHistory:
        return tr("read the history");
    case Right::ManageArchives:
        return tr("create, save and delete archives");
    case Right::ManageUsers:
        return UserStore::manageUsersRightName();
    }
    return {};
}

QString Access::holders(Right right)
{
    switch (right) {
    case Right::OpenGenerations:
        return tr("system administrators, and support staff an administrator has granted it");
    case Right::EditRecords:
    case Right::TransferCsv:
        return tr("system administrators and support staff");
    case Right::ManageSettings:
    case Right::ManageSchedules:
    case Right::RunGenerations:
    case Right::ManageUsers:
        return tr("system administrators");
    case Right::ReadHistory:
        return tr("every user");
    case Right::ManageArchives:
        return tr("the primary contact");
    }
    return {};
}

Result<QString> Access::primaryContact(const DataDir &dir)
{
    auto users = UserStore(dir, Clock::system()).list();
    if (!users)
        return users.error();
    for (const UserInfo &u : users.value()) {
        if (u.primaryContact)
            return u.login;
    }
    return QString();
}

Status Access::require(const DataDir &dir, const Session &session, Right right)
{
    if (session.scheduler) {
        if (roleAllows(session, right))
            return {};
        return makeError(ErrorCode::ReadOnly,
                         tr("The schedule may not %1: only %2 may.").arg(rightName(right), holders(right)));
    }
    // The user as production says now: a demotion, lock or removal since login counts at once.
    auto now = UserStore(dir, Clock::system()).refresh(session);
    if (!now)
        return now.error();
    if (roleAllows(now.value(), right))
        return {};
    QString why;
    if (right == Right::OpenGenerations && now->role == Role::Support) {
        why = tr("support staff open generations only when a system administrator grants it (Users tab).");
    } else if (right == Right::ManageArchives && now->role == Role::Admin) {
        auto contact = primaryContact(dir);
        why = contact && !contact->isEmpty()
                  ? tr("only the primary contact (%1) may.").arg(contact.value())
                  : tr("only the primary contact may, and nobody is marked as one (Users tab).");
    } else {
        why = tr("only %1 may.").arg(holders(right));
    }
    return makeError(ErrorCode::ReadOnly,
                     tr("%1 (%2) may not %3: %4").arg(now->login, roleName(now->role), rightName(right), why));
}

} // namespace Rewind
