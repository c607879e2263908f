#include "RecordQuery.h"

#include "workspace/TextFold.h"

#include <QCoreApplication>

namespace Rewind
{

using namespace Qt::StringLiterals;

RecordQuery RecordQuery::forDb(const ConnectionSpec &spec, const Catalog &catalog, const DbDef &db)
{
    RecordQuery q;
    q.spec = spec;
    q.db = db;
    for (const auto &f : db.fields) {
        if (f.type != FieldType::Link)
            continue;
        LinkTarget target;
        if (const DbDef *t = catalog.db(f.linkDbId)) {
            target.table = t->table();
            if (const FieldDef *d = t->displayField())
                target.displayColumn = d->column();
        }
        q.links.insert(f.id, target);
    }
    return q;
}

const FieldDef *RecordQuery::fieldAt(int column) const
{
    if (column >= 1 && column <= db.fields.size())
        return &db.fields[column - 1];
    return nullptr;
}

QString RecordQuery::columnHeader(int column) const
{
    if (column == 0)
        return QCoreApplication::translate("Rewind::RecordQuery", "Record ID");
    if (const FieldDef *f = fieldAt(column))
        return f->name;
    if (column == columnCount() - 2)
        return QCoreApplication::translate("Rewind::RecordQuery", "Created");
    return QCoreApplication::translate("Rewind::RecordQuery", "Updated");
}

QString RecordQuery::sortExpression() const
{
    if (sortColumn <= 0 || sortColumn >= columnCount())
        return u"r.rid"_s;
    if (const FieldDef *f = fieldAt(sortColumn))
        return u"r."_s + f->column();
    return sortColumn == columnCount() - 2 ? u"r.created_at"_s : u"r.updated_at"_s;
}

QString RecordQuery::filterSql(QVariantList *binds) const
{
    QStringList terms;
    for (const QString &word : TextFold::fold(search).split(u' ', Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qint64 id = word.toLongLong(&isNumber);
        if (isNumber) {
            terms.append(u"(r.search LIKE ? ESCAPE '\\' OR r.rid = ?)"_s);
            binds->append(QString(u'%' + TextFold::escapeLike(word) + u'%'));
            binds->append(id);
        } else {
            terms.append(u"r.search LIKE ? ESCAPE '\\'"_s);
            binds->append(QString(u'%' + TextFold::escapeLike(word) + u'%'));
        }
    }
    return terms.isEmpty() ? QString() : terms.join(" AND "_L1);
}

QString RecordQuery::pageSql(const std::optional<RecordKey> &after, bool reverse, qint64 offset, int limit,
                             QVariantList *binds) const
{
    QStringList select = {u"r.rid"_s};
    for (const auto &f : db.fields)
        select.append(u"r."_s + f.column());
    select.append(u"r.created_at"_s);
    select.append(u"r.updated_at"_s);
    for (const auto &f : db.fields) {
        if (f.type != FieldType::Link)
            continue;
        const LinkTarget t = links.value(f.id);
        select.append(t.table.isEmpty() || t.displayColumn.isEmpty()
                          ? u"NULL"_s
                          : u"(SELECT l.%1 FROM %2 l WHERE l.rid = r.%3)"_s.arg(t.displayColumn, t.table, f.column()));
    }
    QStringList where;
    if (const QString filter = filterSql(binds); !filter.isEmpty())
        where.append(filter);

    // The effective direction of the walk: the listing's order, flipped for a backwards walk.
    const bool ascending = (order == Qt::AscendingOrder) != reverse;
    const QString key = sortExpression();
    const bool byRid = key == "r.rid"_L1;
    if (after) {
        if (byRid) {
            where.append(ascending ? u"r.rid > ?"_s : u"r.rid < ?"_s);
            binds->append(after->rid);
        } else if (after->value.isNull()) {
            // SQLite sorts NULL first: ascending walks go from NULLs to values, descending ones end in NULLs.
            where.append(ascending ? u"((%1 IS NULL AND r.rid > ?) OR %1 IS NOT NULL)"_s.arg(key)
                                   : u"(%1 IS NULL AND r.rid < ?)"_s.arg(key));
            binds->append(after->rid);
        } else {
            where.append(ascending ? u"(%1 > ? OR (%1 = ? AND r.rid > ?))"_s.arg(key)
                                   : u"(%1 < ? OR (%1 = ? AND r.rid < ?) OR %1 IS NULL)"_s.arg(key));
            binds->append(after->value);
            binds->append(after->value);
            binds->append(after->rid);
        }
    }
    const QString dir = ascending ? u"ASC"_s : u"DESC"_s;
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + db.table() + u" r"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(" AND "_L1);
    // Empty values first, on both engines (SQLite's default; PostgreSQL's is the opposite): the walk above
    // relies on it.
    sql += byRid ? u" ORDER BY r.rid %1"_s.arg(dir)
                 : u" ORDER BY %1 %2 %3, r.rid %2"_s.arg(key, dir, ascending ? "NULLS FIRST"_L1 : "NULLS LAST"_L1);
    sql += u" LIMIT %1"_s.arg(limit);
    if (!after && offset > 0)
        sql += u" OFFSET %1"_s.arg(offset);
    return sql;
}

QString RecordQuery::countSql(QVariantList *binds) const
{
    QString sql = u"SELECT count(*) FROM "_s + db.table() + u" r"_s;
    if (const QString filter = filterSql(binds); !filter.isEmpty())
        sql += u" WHERE "_s + filter;
    return sql;
}

} // namespace Rewind
