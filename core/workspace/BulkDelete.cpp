#include "BulkDelete.h"

#include "access/Access.h"
#include "backup/BackupWindow.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::BulkDelete", text);
}
} // namespace

BulkDelete::BulkDelete(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<qint64> BulkDelete::count(const QString &db) const
{
    auto conn = ScopedConnection::open(Production::readOnly(m_dir), u"bulk-delete-count"_s);
    if (!conn)
        return conn.error();
    auto catalog = Catalog::load(conn.value()->db());
    if (!catalog)
        return catalog.error();
    const DbDef *def = catalog->dbByName(db);
    if (!def)
        return makeError(ErrorCode::NotFound, tr("Production has no DB named \"%1\".").arg(db));
    QSqlQuery q(conn.value()->db());
    if (!q.exec(u"SELECT count(*) FROM "_s + def->table()) || !q.next())
        return Sql::error(q.lastError(), tr("Counting the records of \"%1\"").arg(db));
    return q.value(0).toLongLong();
}

Result<BulkDeleteResult> BulkDelete::deleteAll(const QString &db)
{
    if (auto st = Access::require(m_dir, m_actor, Right::EditRecords); !st)
        return st.error();
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Deleting all records")); !st)
        return st.error();
    auto conn = Production::open(m_dir, u"bulk-delete"_s);
    if (!conn)
        return conn.error();
    const QSqlDatabase sql = conn.value()->db();
    auto catalog = Catalog::load(sql);
    if (!catalog)
        return catalog.error();
    const DbDef *def = catalog->dbByName(db);
    if (!def)
        return makeError(ErrorCode::NotFound, tr("Production has no DB named \"%1\".").arg(db));

    BulkDeleteResult result;
    result.db = def->name;
    auto rp = RestorePointStore(m_dir).create(tr("Before deleting all records of %1").arg(def->name), m_clock.now(),
                                              Right::EditRecords);
    if (!rp)
        return rp.error();
    result.restorePoint = rp->id;
    {
        Sql::Transaction tx(sql);
        if (auto st = tx.begin(); !st)
            return st.error();
        RecordWriter writer(sql, *def, m_clock);
        auto deleted = writer.removeAll();
        if (!deleted)
            return deleted.error();
        result.deleted = deleted.value();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::RecordsDeletedAll),
        tr("Deleted all %1 records of %2 (restore point %3)").arg(result.deleted).arg(def->name, result.restorePoint),
        QJsonObject{{"db"_L1, def->name}, {"records"_L1, result.deleted}, {"restorePoint"_L1, result.restorePoint}});
    return result;
}

} // namespace Rewind
