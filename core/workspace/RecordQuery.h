#pragma once

#include "sql/Connection.h"
#include "workspace/Catalog.h"

#include <QHash>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace Rewind
{

/// Position of a row in a sorted listing: the sort column's value and the record ID that breaks ties.
struct RecordKey
{
    QVariant value;
    qint64 rid = 0;
};

/// What a record listing shows and how to fetch it: which file, which DB, sort and search. Builds
/// the SQL for keyset and offset pages and for the count. Plain data; copy it across threads.
///
/// Model columns: 0 = record ID, 1..n = the DB's fields in order, n+1 = created, n+2 = updated.
struct RecordQuery
{
    struct LinkTarget
    {
        QString table;         ///< the linked DB's record table; empty when that DB no longer exists
        QString displayColumn; ///< the linked DB's display field column; empty when it has none
    };

    ConnectionSpec spec;
    DbDef db;
    QHash<qint64, LinkTarget> links; ///< by link field id
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    QString search;

    static RecordQuery forDb(const ConnectionSpec &spec, const Catalog &catalog, const DbDef &db);

    int columnCount() const { return int(db.fields.size()) + 3; }
    /// The field behind a model column, or nullptr for the system columns.
    const FieldDef *fieldAt(int column) const;
    QString columnHeader(int column) const;

    /// SELECT of one page. `after`: continue after this key in the listing's order; `reverse`:
    /// walk the listing backwards (rows come back last-first); `offset` is used when there is no key.
    QString pageSql(const std::optional<RecordKey> &after, bool reverse, qint64 offset, int limit,
                    QVariantList *binds) const;
    QString countSql(QVariantList *binds) const;

    /// The search condition over alias "r" (empty when there is no search), its values appended to `binds`.
    QString filterSql(QVariantList *binds) const;

private:
    QString sortExpression() const;
};

} // namespace Rewind
