#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Rewind::ProductionSchema
{

/// The layout version written into rw_meta. Generations carry the version of the production they copy.
inline constexpr int kVersion = 1;

/// Creates the catalog tables in an empty database and records a new workspace id and name.
Status create(const QSqlDatabase &db, const QString &workspaceName, const QDateTime &now);

/// The layout version of `db`; 0 when it holds no Rewind workspace. Errors when it is newer than this build.
Result<int> version(const QSqlDatabase &db);

} // namespace Rewind::ProductionSchema
