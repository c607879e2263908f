#pragma once

#include "transfer/TemplateDocument.h"
#include "access/Users.h"
#include "util/DataDir.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace Rewind
{

class Clock;

/// What to do with a template DB whose name production already uses.
enum class TemplateConflict
{
    Fail,
    Rename,
    Replace,
    Skip
};
QString templateConflictKey(TemplateConflict c);
std::optional<TemplateConflict> templateConflictFromKey(const QString &key);

struct TemplateImportResult;

struct TemplateImportOptions
{
    TemplateConflict onConflict = TemplateConflict::Fail; ///< for every clashing DB without its own choice
    QHash<QString, TemplateConflict> conflicts;           ///< per template DB key
    QHash<QString, QString> renames;                      ///< per template DB key: the new name (Rename)
    /// Per external key: the production DB to link to, or empty to leave the link unlinked. Externals
    /// not listed link to the production DB of the same name when there is one.
    QHash<QString, QString> links;
    bool dryRun = false;
    bool takeRestorePoint = true;
    bool recordHistory = true;
    QString file; ///< for the history
    /// Runs inside the load's transaction, after the DBs are created and before the commit, on the same
    /// connection: what it writes commits with the load or not at all (a DB restore's records).
    std::function<Status(const QSqlDatabase &db, const TemplateImportResult &loaded)> beforeCommit;
};

struct TemplateImportResult
{
    struct Db
    {
        QString key;
        QString templateName;
        QString name;              ///< the name it has in production
        QString action;            ///< "created", "renamed", "replaced", "skipped"
        qint64 id = 0;             ///< in production (the existing DB for "skipped")
        qint64 deletedRecords = 0; ///< "replaced": records of the old DB that are gone
    };
    struct Link
    {
        QString db;
        QString field;
        QString target; ///< production DB name, or empty when left unlinked
    };
    QList<Db> dbs;
    QList<Link> links; ///< links to DBs outside the template, as resolved
    int fields = 0;
    int settings = 0;
    QStringList repointed; ///< production link fields re-pointed at a DB that came back ("DB.field")
    QString restorePoint;
    bool applied = false;
};

/// Loads a template into production: all DBs, fields, links and settings in one all-or-nothing unit,
/// after a restore point. Name clashes are renamed, replaced (the old DB deleted, with a restore point)
/// or skipped per DB; links to DBs outside the template go to a chosen production DB or stay unlinked;
/// link fields in production that still point at the template's original DB are re-pointed at it.
/// Names from the file only ever travel as bound values. Blocking; any thread.
class TemplateImporter final
{
public:
    /// `actor` needs Right::ManageSettings, also for a dry run.
    TemplateImporter(DataDir dir, const Clock &clock, Session actor);

    /// The production name a clashing DB would get when renamed: "name (2)", "name (3)" …
    static QString suggestName(const QString &name, const QStringList &taken);

    Result<TemplateImportResult> run(const TemplateDocument &doc, const TemplateImportOptions &options);

private:
    Result<TemplateImportResult> load(const TemplateDocument &doc, const TemplateImportOptions &options);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    QString m_operationId; ///< the PendingOperation of the load running, for its history event
};

} // namespace Rewind
