#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QString>

namespace Rewind
{

/// Who is acting: the person (or the scheduler) a service works for and history names.
/// Login comes with the access issue; until then the acting person is the operating-system user.
struct Actor
{
    QString user;
    bool scheduler = false; ///< run-due executing what the primary contact scheduled

    /// The operating-system user running this process.
    static Actor currentUser();
    /// The timer / console executing due work on behalf of whoever scheduled it.
    static Actor schedulerActor();
    /// The name history shows.
    QString displayName() const;
};

/// The rights core services check before acting. One check function, so the access issue wires every
/// right to the logged-in user's role in one place.
enum class Right
{
    ManageArchives,  ///< create, save and delete archives (the seed: the primary contact only)
    ManageSchedules, ///< set and stop the archive schedule, change the archive policy and the daily run time
};

namespace Access
{

/// Success when `actor` holds `right` in the workspace of `dir`; PermissionDenied-style Error
/// (ErrorCode::ReadOnly) with a message naming the missing right and who holds it otherwise.
Status require(const DataDir &dir, const Actor &actor, Right right);
/// The translated name of a right, as refusals name it.
QString rightName(Right right);

/// The workspace's primary contact (empty when none is marked).
Result<QString> primaryContact(const DataDir &dir);
/// Marks `user` as the primary contact. Only the current primary contact may hand the role on
/// (anyone may when nobody holds it yet).
Status setPrimaryContact(const DataDir &dir, const Actor &actor, const QString &user);

} // namespace Access
} // namespace Rewind
