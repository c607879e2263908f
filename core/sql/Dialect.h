#pragma once

#include "workspace/Catalog.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Everything about SQL text that depends on the engine, in one place: production is an SQLite file or a
/// schema in a PostgreSQL database, and generations are always SQLite files with an SQLite production's layout.
namespace Rewind::Dialect
{

enum class Engine
{
    Sqlite,
    Postgres
};

/// The engine behind a QtSql connection.
Engine engineOf(const QSqlDatabase &db);

/// "rec_<id>": record tables are named by number, never by user text.
QString recordTable(qint64 dbId);
/// Statements that create the record table of a new DB (system columns and indexes; fields are added later).
QStringList createRecordTable(qint64 dbId, Engine engine = Engine::Sqlite);
/// Declared column type of a field type.
QString columnType(FieldType type, Engine engine = Engine::Sqlite);
/// The workspace's own tables (rw_meta, rw_db, rw_field, rw_setting) and their indexes.
QStringList workspaceTables(Engine engine);
/// The user tables (rw_user, rw_login_throttle), created if missing.
QStringList userTables(Engine engine);
} // namespace Rewind::Dialect
