#include "Dialect.h"

namespace Rewind::Dialect
{

using namespace Qt::StringLiterals;

QString recordTable(qint64 dbId)
{
    return u"rec_"_s + QString::number(dbId);
}

QStringList createRecordTable(qint64 dbId)
{
    const QString t = recordTable(dbId);
    // rid AUTOINCREMENT: a deleted record's ID is never handed to a new record, so restoring it later
    // with its original ID always finds the ID free. created_at/updated_at are UTC milliseconds.
    // search holds the folded text of searchable fields (see TextFold).
    return {
        u"CREATE TABLE %1(rid INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, "
        "updated_at INTEGER NOT NULL, search TEXT NOT NULL DEFAULT '')"_s.arg(t),
        u"CREATE INDEX %1_updated ON %1(updated_at)"_s.arg(t),
        u"CREATE INDEX %1_created ON %1(created_at)"_s.arg(t),
    };
}

QString columnType(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return u"NUMERIC"_s;
    case FieldType::CheckBox:
    case FieldType::Link:
        return u"INTEGER"_s;
    default:
        return u"TEXT"_s;
    }
}

} // namespace Rewind::Dialect
