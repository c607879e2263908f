#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QString>

namespace Rewind
{

/// The rights core services check before acting: the rows of the role table in the README. Every guarded
/// service takes the acting Session and calls Access::require with the right it needs, so no button and
/// no command can get around a role.
enum class Right
{
    OpenGenerations, ///< read a generation: administrators; support staff when granted; never managers
    EditRecords,     ///< change production's records (delete all, restore a DB's records, undo an import)
    TransferCsv,     ///< CSV export and re-import: administrators and support staff
    ManageSettings,  ///< template export/import, settings re-apply, schema changes, a DB from a file
    ManageSchedules, ///< the archive schedule, the policy settings and the daily generation time
    RunGenerations,  ///< take a generation now (the timer's scheduler may too)
    ReadHistory,     ///< read the history: administrators and managers all of it, support staff their own
    ManageArchives,  ///< create, save and delete archives: the primary contact only
    ManageUsers,     ///< users and roles: administrators
};

namespace Access
{

/// Whether the role and grants a session carries allow `right`. For hiding and disabling in the
/// console; services call require(), which checks the user's current row in production.
bool allows(const Session &session, Right right);
/// Success when the acting user — as production's user table says now, not as the session remembers —
/// holds `right`. Otherwise ErrorCode::ReadOnly with a message naming the user, the missing right and who
/// holds it. A session of a user removed or locked since login holds nothing. The scheduler
/// (Session::scheduler()) holds only what the timer runs: RunGenerations and scheduled archives.
Status require(const DataDir &dir, const Session &session, Right right);
/// The translated name of a right, as refusals name it ("export or re-import CSV").
QString rightName(Right right);
/// Who holds a right, translated ("system administrators and support staff").
QString holders(Right right);

/// The login of the workspace's primary contact (empty when nobody is marked yet).
Result<QString> primaryContact(const DataDir &dir);

} // namespace Access
} // namespace Rewind
