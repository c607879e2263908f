#pragma once

#include "transfer/TemplateImporter.h"
#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"

namespace Rewind
{

class Clock;

/// A DB a generation has and production no longer has.
struct DeletedDb
{
    QString name;
    qint64 records = 0;
    QStringList linkedFrom; ///< production DBs with link fields still pointing at it ("DB.field")
};

struct DbRestoreResult
{
    TemplateImportResult schema;
    qint64 records = 0;
    qint64 danglingLinks = 0; ///< link values kept that point at records deleted since
    QString restorePoint;
    bool applied = false;
};

/// "A DB was deleted": brings a DB back from a generation in one step — its settings as a template,
/// then its records with their original IDs through the CSV import core (no files for the user to
/// handle) — so links from other DBs resolve again. One restore point first; if any part fails,
/// production is brought back to it. One history event. Blocking; any thread.
class DbRestorer final
{
public:
    /// `actor` needs Right::OpenGenerations, and Right::ManageSettings to restore (a DB is a schema change).
    DbRestorer(DataDir dir, const Clock &clock, Session actor);

    /// DBs of the generation in `slot` that production does not have (matched by name).
    Result<QList<DeletedDb>> deletedDbs(Weekday slot) const;
    /// With `dryRun`, reports what would be created and how many records would come back, changing nothing.
    Result<DbRestoreResult> restore(Weekday slot, const QString &db, bool dryRun);

private:
    Result<DbRestoreResult> doRestore(Weekday slot, const QString &db, bool dryRun);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    QString m_operationId; ///< the PendingOperation of the restore running, for its history event
};

} // namespace Rewind
