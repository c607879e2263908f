#include "ProductionLocation.h"

#include "backup/BackupWindow.h"
#include "history/HistoryStore.h"
#include "pg/PgConn.h"
#include "pg/PgTarget.h"
#include "pg/PgWorkspaceCopy.h"
#include "util/Clock.h"
#include "workspace/Production.h"
#include "workspace/ProductionSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace Rewind::ProductionLocation
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::ProductionLocation", text);
}

// The workspace ID of the data directory's current production.
Result<QString> currentWorkspaceId(const DataDir &dir)
{
    auto conn = Production::open(dir, u"location"_s);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    if (!q.exec(u"SELECT value FROM rw_meta WHERE key = 'workspace_id'"_s) || !q.next())
        return makeError(ErrorCode::Corrupt, tr("Production has no workspace ID."));
    return q.value(0).toString();
}
} // namespace

Result<Probe> probe(const QString &url)
{
    auto target = PgTarget::parse(url);
    if (!target)
        return target.error();
    auto conn = PgConn::open(*target, u"rewind-probe"_s, true);
    if (!conn)
        return conn.error();
    PgConn &pg = **conn;
    const QString looking = tr("Looking at %1").arg(target->url());
    auto basics = pg.query("SELECT current_setting('server_version'), current_user, "
                           "coalesce((SELECT has_schema_privilege(oid, 'USAGE') FROM pg_namespace WHERE nspname = "
                           "'rewind'), true), EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = "
                           "c.relnamespace WHERE n.nspname = 'rewind' AND c.relname = 'rw_meta')",
                           {}, looking);
    if (!basics)
        return basics.error();
    Probe p;
    const QStringList &b = basics->value(0);
    p.address = target->url();
    p.server = u"PostgreSQL "_s + b.value(0);
    p.user = b.value(1);
    p.mayUse = b.value(2) == "t"_L1;
    p.workspace = b.value(3) == "t"_L1;
    if (!p.workspace || !p.mayUse)
        return p;
    auto meta = pg.query("SELECT key, value FROM rw_meta", {}, looking);
    if (!meta)
        return meta.error();
    for (const QStringList &r : *meta) {
        if (r.value(0) == "workspace_id"_L1)
            p.workspaceId = r.value(1);
        else if (r.value(0) == "workspace_name"_L1)
            p.workspaceName = r.value(1);
        else if (r.value(0) == "schema_version"_L1)
            p.layoutVersion = r.value(1).toInt();
    }
    auto counts = pg.query("SELECT (SELECT count(*) FROM rw_db), CASE WHEN to_regclass('rw_user') IS NULL THEN 0 "
                           "ELSE (SELECT count(*) FROM rw_user) END",
                           {}, looking);
    if (counts && !counts->isEmpty()) {
        p.dbs = counts->first().value(0).toLongLong();
        p.users = counts->first().value(1).toLongLong();
    }
    return p;
}

QString describe(const Probe &p)
{
    const QString who = tr("%1 as %2").arg(p.server, p.user);
    if (!p.mayUse)
        return tr("%1: not allowed to use the schema \"rewind\".").arg(who);
    if (!p.workspace)
        return tr("%1: an empty database (no Rewind workspace yet).").arg(who);
    if (p.layoutVersion > ProductionSchema::kVersion)
        return tr("%1: workspace \"%2\" of a newer Rewind (layout version %3; this Rewind knows up to %4).")
            .arg(who, p.workspaceName)
            .arg(p.layoutVersion)
            .arg(ProductionSchema::kVersion);
    return tr("%1: workspace \"%2\" (%3 DBs, %4 users).").arg(who, p.workspaceName).arg(p.dbs).arg(p.users);
}

Result<Change> use(const DataDir &dir, const Session &actor, const QString &url, bool move, const Clock &clock)
{
    if (auto st = Access::require(dir, actor, Right::ManageSettings); !st)
        return st.error();
    if (auto st = BackupWindow::refuseDuringRun(dir, tr("Changing where production lives")); !st)
        return st.error();
    auto found = probe(url);
    if (!found)
        return found.error();
    const Probe &p = found.value();
    if (!p.mayUse)
        return makeError(ErrorCode::ReadOnly, PgTarget::schemaDenied(p.user));
    const QString before = dir.productionDisplay();
    auto current = currentWorkspaceId(dir);
    if (!current)
        return current.error();
    Change change = Change::Switched;
    if (p.workspace) {
        if (p.layoutVersion > ProductionSchema::kVersion)
            return makeError(ErrorCode::Unsupported, describe(p) + u' ' + tr("Update Rewind first."));
        if (p.workspaceId != current.value()) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 holds another workspace (\"%2\"), not this one. Name the database this "
                                "workspace lives in, or an empty one to move production there.")
                                 .arg(p.address, p.workspaceName));
        }
        if (dir.isPostgres() && PgTarget::parse(dir.productionUrl()).value().url() == p.address)
            return makeError(ErrorCode::AlreadyExists, tr("Production already is %1.").arg(p.address));
        // From the SQLite file, a database holding this workspace is an older copy of it (an earlier move): using
        // it would drop what changed in the file since.
        if (!dir.isPostgres())
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 already holds a copy of this workspace, which may be older than the SQLite "
                                "production. To move production there, empty that database first (or name an "
                                "empty one).")
                                 .arg(p.address));
        QSaveFile file(dir.productionUrlPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(p.address.toUtf8() + '\n') < 0 || !file.commit())
            return makeError(
                ErrorCode::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(dir.productionUrlPath()), file.errorString()));
    } else {
        if (!move) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 has no Rewind workspace yet. To move production there, choose to move it (in "
                                "rewindctl: connection use ADDRESS --move).")
                                 .arg(p.address));
        }
        if (dir.isPostgres()) {
            return makeError(ErrorCode::Unsupported,
                             tr("Production is already on PostgreSQL (%1). Copy its database with pg_dump and "
                                "pg_restore, then point Rewind at the copy.")
                                 .arg(dir.productionUrl()));
        }
        const QString keepAs =
            dir.root() + "/production-moved-"_L1 + clock.now().toString(u"yyyyMMdd-HHmmss"_s) + ".sqlite"_L1;
        auto moved = PgWorkspaceCopy::moveProduction(dir, p.address, keepAs);
        if (!moved)
            return moved.error();
        change = Change::Moved;
    }
    // An address this process was started with (--production) gives way to the new one.
    if (DataDir::hasProductionOverride())
        DataDir::setProductionOverride(p.address);
    (void)HistoryStore(dir).append(
        clock.now(), actor.historyName(), QString::fromLatin1(HistoryKind::ProductionLocation),
        change == Change::Moved ? tr("Moved production from %1 into %2").arg(before, p.address)
                                : tr("Production is now %1 (was %2)").arg(p.address, before),
        QJsonObject{{"from"_L1, before}, {"to"_L1, p.address}, {"moved"_L1, change == Change::Moved}});
    return change;
}

} // namespace Rewind::ProductionLocation
