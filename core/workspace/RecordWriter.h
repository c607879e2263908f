#pragma once

#include "workspace/Catalog.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace Rewind
{

class Clock;

/// Writes records of one production DB and keeps their search column current. Statements are
/// prepared once per writer, so bulk loads reuse them. The caller owns transactions.
/// Use on the thread that owns the connection.
class RecordWriter final
{
public:
    RecordWriter(QSqlDatabase db, DbDef def, const Clock &clock);

    /// Inserts a record. `values` are in the DB's field order. `rid`/`createdAtMs` keep an original
    /// ID and time (restores, the demo); 0 lets the database and the clock choose.
    Result<qint64> insert(const QVariantList &values, qint64 rid = 0, qint64 createdAtMs = 0);
    /// Changes the given fields (field id → value) and stamps updated_at.
    Status update(qint64 rid, const QHash<qint64, QVariant> &changes);
    Status remove(qint64 rid);
    /// Deletes every record of the DB and returns how many there were. IDs are not reused afterwards.
    /// Refused (Busy) while a backup run is in progress when the connection is a production's
    /// (BackupWindow); single-record edits above are not.
    Result<qint64> removeAll();
    /// Recomputes the search column of every record (after a searchable field was removed or retyped).
    Status rebuildSearchColumn();

    /// The folded search text of a record, from its values in field order.
    static QString searchText(const DbDef &def, const QVariantList &values);

private:
    Result<QVariantList> readRow(qint64 rid);

    QSqlDatabase m_db;
    DbDef m_def;
    const Clock &m_clock;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_insertWithId;
};

} // namespace Rewind
