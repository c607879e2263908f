#include "ProductionSchema.h"

#include "history/HistoryStore.h"
#include "sql/Connection.h"

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
    const char *const statements[] = {
        "CREATE TABLE rw_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE rw_db(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
        "description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL, created_at INTEGER NOT NULL)",
        "CREATE TABLE rw_field(id INTEGER PRIMARY KEY AUTOINCREMENT, db_id INTEGER NOT NULL, name TEXT NOT NULL, "
        "type TEXT NOT NULL, required INTEGER NOT NULL DEFAULT 0, is_unique INTEGER NOT NULL DEFAULT 0, "
        "link_db_id INTEGER, options TEXT NOT NULL DEFAULT '{}', position INTEGER NOT NULL, UNIQUE(db_id, name))",
        "CREATE TABLE rw_setting(id INTEGER PRIMARY KEY AUTOINCREMENT, db_id INTEGER NOT NULL, kind TEXT NOT NULL, "
        "name TEXT NOT NULL, definition TEXT NOT NULL, position INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE INDEX rw_setting_db ON rw_setting(db_id, kind)",
    };
    for (const char *sql : statements) {
        if (auto st = Sql::exec(db, QString::fromLatin1(sql), what); !st)
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
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'rw_meta'"_s))
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
