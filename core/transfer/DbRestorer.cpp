#include "DbRestorer.h"

#include "access/Access.h"

#include "backup/BackupWindow.h"
#include "backup/GenerationStore.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "history/PendingOperation.h"
#include "sql/Connection.h"
#include "transfer/CsvExporter.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::DbRestorer", text);
}

Result<Catalog> catalogOf(const ConnectionSpec &spec)
{
    auto conn = ScopedConnection::open(spec, u"restore-db"_s);
    if (!conn)
        return conn.error();
    return Catalog::load(conn.value()->db());
}
} // namespace

DbRestorer::DbRestorer(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<QList<DeletedDb>> DbRestorer::deletedDbs(Weekday slot) const
{
    auto genSpec = Environments::readSpec(m_dir, m_actor, EnvironmentId::generation(slot));
    if (!genSpec)
        return genSpec.error();
    auto gen = catalogOf(genSpec.value());
    if (!gen)
        return gen.error();
    auto prod = catalogOf(Production::readOnly(m_dir));
    if (!prod)
        return prod.error();
    auto conn = ScopedConnection::open(genSpec.value(), u"restore-db-count"_s);
    if (!conn)
        return conn.error();
    QList<DeletedDb> out;
    for (const DbDef &d : gen->dbs) {
        // Deleted means production has neither its id (a DB renamed since keeps its id) nor its name (a DB
        // restored earlier comes back under a new id).
        if (prod->db(d.id) || prod->dbByName(d.name))
            continue;
        DeletedDb deleted{d.name, 0, {}};
        QSqlQuery q(conn.value()->db());
        if (q.exec(u"SELECT count(*) FROM "_s + d.table()) && q.next())
            deleted.records = q.value(0).toLongLong();
        for (const DbDef &p : prod->dbs) {
            for (const FieldDef &f : p.fields) {
                if (f.type == FieldType::Link && f.linkDbId == d.id && !prod->db(d.id))
                    deleted.linkedFrom.append(u"%1.%2"_s.arg(p.name, f.name));
            }
        }
        out.append(deleted);
    }
    return out;
}

Result<DbRestoreResult> DbRestorer::restore(Weekday slot, const QString &dbName, bool dryRun)
{
    if (dryRun)
        return doRestore(slot, dbName, dryRun);
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Restoring a DB")); !st)
        return st.error();
    // Marked while it runs: a failure, or a kill, of the restore reaches the history too.
    PendingOperation op(m_dir, m_clock, m_actor.historyName(), u"db-restore"_s,
                        tr("Restoring the DB %1 from the %2 generation").arg(dbName, weekdayName(slot)));
    if (auto st = op.begin(); !st)
        return st.error();
    m_operationId = op.id();
    return op.finish(doRestore(slot, dbName, dryRun));
}

Result<DbRestoreResult> DbRestorer::doRestore(Weekday slot, const QString &dbName, bool dryRun)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (!dryRun) {
        if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Restoring a DB")); !st)
            return st.error();
    }
    auto deleted = deletedDbs(slot);
    if (!deleted)
        return deleted.error();
    const auto it =
        std::find_if(deleted->begin(), deleted->end(), [&dbName](const DeletedDb &d) { return d.name == dbName; });
    if (it == deleted->end()) {
        QStringList names;
        for (const DeletedDb &d : deleted.value())
            names.append(d.name);
        return makeError(
            ErrorCode::NotFound,
            names.isEmpty()
                ? tr("\"%1\" is not a DB that the %2 generation has and production lacks; nothing to restore.")
                      .arg(dbName, weekdayName(slot))
                : tr("\"%1\" is not a DB that the %2 generation has and production lacks. Those are: %3")
                      .arg(dbName, weekdayName(slot), names.join(u", "_s)));
    }
    auto genSpec = Environments::readSpec(m_dir, m_actor, EnvironmentId::generation(slot));
    if (!genSpec)
        return genSpec.error();
    auto gen = catalogOf(genSpec.value());
    if (!gen)
        return gen.error();
    const DbDef *source = gen->dbByName(dbName);
    const TemplateDocument doc =
        TemplateDocument::fromCatalog(gen.value(), {source->id}, weekdayKey(slot), m_clock.now());

    DbRestoreResult result;
    result.records = it->records;
    TemplateImportOptions schema;
    schema.dryRun = dryRun;
    schema.takeRestorePoint = false;
    schema.recordHistory = false;
    // The name may have been taken since (by a rename): bring it back under a free name then.
    schema.onConflict = TemplateConflict::Rename;
    if (dryRun) {
        auto planned = TemplateImporter(m_dir, m_clock, m_actor).run(doc, schema);
        if (!planned)
            return planned.error();
        result.schema = planned.value();
        return result;
    }

    // The records first, out of the generation into a scratch file: nothing in production changes yet.
    QTemporaryDir tmp;
    CsvExportOptions ex;
    ex.env = EnvironmentId::generation(slot);
    ex.db = dbName;
    ex.encoding = CsvEncoding::Utf8;
    ex.formulaGuard = true;
    ex.outPath = tmp.filePath(u"records.csv"_s);
    auto exported = CsvExporter(m_dir, m_actor).run(ex);
    if (!exported)
        return makeError(exported.error().code, tr("%1 Production is unchanged.").arg(exported.error().message));

    auto rp =
        RestorePointStore(m_dir).create(tr("Before restoring %1 from the %2 generation").arg(dbName, weekdayName(slot)),
                                        m_clock.now(), Right::ManageSettings);
    if (!rp)
        return rp.error();
    result.restorePoint = rp->id;
    // The DB and its records in one transaction: a failure, or a kill, leaves production as it was.
    if (exported->rows > 0) {
        schema.beforeCommit = [&](const QSqlDatabase &db, const TemplateImportResult &loaded) -> Status {
            CsvImportOptions im;
            im.db = loaded.dbs.isEmpty() ? dbName : loaded.dbs.constFirst().name; // renamed if the name was taken
            im.file = ex.outPath;
            im.encoding = CsvEncoding::Utf8;
            im.mode = ImportMode::Insert;
            im.takeRestorePoint = false;
            im.recordHistory = false;
            im.keepDanglingLinks = true; // links to records deleted since stay, and resolve if those come back
            auto imported = CsvImporter(m_dir, m_clock, m_actor).applyWithin(db, im);
            if (!imported)
                return imported.error();
            result.records = imported->newRows;
            result.danglingLinks = imported->danglingLinks;
            return {};
        };
    } else {
        result.records = 0;
    }
    auto created = TemplateImporter(m_dir, m_clock, m_actor).run(doc, schema);
    if (!created)
        return makeError(created.error().code, tr("%1 Production is unchanged.").arg(created.error().message));
    result.schema = created.value();
    result.applied = true;
    (void)HistoryStore(m_dir).append(m_clock.now(), m_actor.historyName(), u"db-restore"_s,
                                     tr("Restored the DB %1 from the %2 generation: %3 fields, %4 settings, %5 records")
                                         .arg(dbName, weekdayName(slot))
                                         .arg(result.schema.fields)
                                         .arg(result.schema.settings)
                                         .arg(result.records),
                                     QJsonObject{{"db"_L1, dbName},
                                                 {"slot"_L1, weekdayKey(slot)},
                                                 {"fields"_L1, result.schema.fields},
                                                 {"settings"_L1, result.schema.settings},
                                                 {"records"_L1, result.records},
                                                 {"repointed"_L1, QJsonArray::fromStringList(result.schema.repointed)},
                                                 {"restorePoint"_L1, result.restorePoint},
                                                 {"operation"_L1, m_operationId}});
    return result;
}

} // namespace Rewind
