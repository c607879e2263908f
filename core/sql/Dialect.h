#pragma once

#include "workspace/Catalog.h"

#include <QString>
#include <QStringList>

/// Everything about SQL text that depends on the engine, in one place. Production is SQLite today;
/// a PostgreSQL production adds its variants here and nowhere else.
namespace Rewind::Dialect
{

/// "rec_<id>": record tables are named by number, never by user text.
QString recordTable(qint64 dbId);
/// Statements that create the record table of a new DB (system columns and indexes; fields are added later).
QStringList createRecordTable(qint64 dbId);
/// Declared column type of a field type.
QString columnType(FieldType type);
} // namespace Rewind::Dialect
