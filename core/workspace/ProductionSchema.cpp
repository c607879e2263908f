#include "ProductionSchema.h"

#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "pg/PgTarget.h"
#include "sql/Dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Rewind::ProductionSchema
{

using namespace Qt::StringLiterals;

Status create(const QSqlDatabase &db, const QString &workspaceName, const QDateTime &now)
{
    const QString what = QCoreApplication::translate("Rewind::ProductionSchema", "Creating the workspace tables");
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    for (const QString &sql : Dialect::workspaceTables(Dialect::engineOf(db))) {
        if (auto st = Sql::exec(db, sql, what); !st)
            return st;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO rw_meta(key, value) VALUES (?, ?)"_s);
    const QList<std::pair<QString, QString>> meta = {
        {u"schema_version"_s, QString::number(kVersion)},
        {u"workspace_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"workspace_name"_s, workspaceName},
        {u"created_at"_s, QString::number(now.toMSecsSinceEpoch())},
    };
    for (const auto &[key, value] : meta) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (auto st = Sql::exec(q, what); !st)
            return st;
    }
    return tx.commit();
}

Result<int> version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (Dialect::engineOf(db) == Dialect::Engine::Postgres &&
        q.exec(
            u"SELECT has_schema_privilege(oid, 'USAGE'), current_user FROM pg_namespace WHERE nspname = 'rewind'"_s) &&
        q.next() && !q.value(0).toBool()) {
        return makeError(ErrorCode::ReadOnly, PgTarget::schemaDenied(q.value(1).toString()));
    }
    const QString hasMeta = Dialect::engineOf(db) == Dialect::Engine::Postgres
                                ? u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                  "AND tablename = 'rw_meta'"_s
                                : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'rw_meta'"_s;
    if (!q.exec(hasMeta))
        return Sql::error(q.lastError(),
                          QCoreApplication::translate("Rewind::ProductionSchema", "Reading the workspace version"));
    if (!q.next() || q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(u"SELECT value FROM rw_meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    const int v = q.value(0).toInt();
    if (v > kVersion) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("Rewind::ProductionSchema",
                                                     "This workspace has layout version %1, but this Rewind only "
                                                     "knows up to version %2. Update Rewind.")
                             .arg(v)
                             .arg(kVersion));
    }
    return v;
}

} // namespace Rewind::ProductionSchema
