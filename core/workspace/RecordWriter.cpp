#include "RecordWriter.h"

#include "backup/BackupWindow.h"
#include "sql/Connection.h"
#include "sql/Dialect.h"
#include "util/Clock.h"
#include "workspace/TextFold.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RecordWriter", text);
}
} // namespace

RecordWriter::RecordWriter(QSqlDatabase db, DbDef def, const Clock &clock)
    : m_db(std::move(db)), m_def(std::move(def)), m_clock(clock)
{
}

QString RecordWriter::searchText(const DbDef &def, const QVariantList &values)
{
    QString text;
    for (qsizetype i = 0; i < def.fields.size() && i < values.size(); ++i) {
        if (!isSearchable(def.fields[i].type) || values[i].isNull())
            continue;
        if (!text.isEmpty())
            text.append(u'\n');
        text.append(values[i].toString());
    }
    const QString folded = TextFold::fold(text);
    return folded.isNull() ? u""_s : folded; // a null QString would bind as SQL NULL
}

Result<qint64> RecordWriter::insert(const QVariantList &values, qint64 rid, qint64 createdAtMs)
{
    if (values.size() != m_def.fields.size()) {
        return makeError(ErrorCode::InvalidArgument, tr("DB \"%1\" has %2 fields but %3 values were given.")
                                                         .arg(m_def.name)
                                                         .arg(m_def.fields.size())
                                                         .arg(values.size()));
    }
    std::optional<QSqlQuery> &stmt = rid > 0 ? m_insertWithId : m_insert;
    if (!stmt) {
        QStringList cols = {u"created_at"_s, u"updated_at"_s, u"search"_s};
        if (rid > 0)
            cols.prepend(u"rid"_s);
        for (const auto &f : m_def.fields)
            cols.append(f.column());
        QStringList marks;
        marks.fill(u"?"_s, cols.size());
        stmt.emplace(m_db);
        if (!stmt->prepare(u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(m_def.table(), cols.join(u','), marks.join(u',')) +
                           (rid > 0 ? QString() : Sql::returning(m_db, "rid")))) {
            Error e = Sql::error(stmt->lastError(), tr("Preparing to add records to \"%1\"").arg(m_def.name));
            stmt.reset();
            return e;
        }
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 created = createdAtMs > 0 ? createdAtMs : now;
    int i = 0;
    if (rid > 0)
        stmt->bindValue(i++, rid);
    stmt->bindValue(i++, created);
    stmt->bindValue(i++, std::max(created, now));
    stmt->bindValue(i++, searchText(m_def, values));
    for (const QVariant &v : values)
        stmt->bindValue(i++, v);
    if (!stmt->exec())
        return Sql::error(stmt->lastError(), tr("Adding a record to \"%1\"").arg(m_def.name));
    if (rid <= 0)
        return Sql::insertedId(*stmt);
    if (Sql::isPostgres(m_db)) {
        // An ID given by hand (a record brought back) does not move PostgreSQL's sequence as SQLite's
        // AUTOINCREMENT moves: move it, or the next new record would get this ID again.
        QSqlQuery seq(m_db);
        seq.prepare(u"SELECT setval(s, ?) FROM (SELECT pg_get_serial_sequence('rewind.%1', 'rid') AS s) x "
                    "WHERE ? > coalesce(pg_sequence_last_value(s::regclass), 0)"_s.arg(m_def.table()));
        seq.addBindValue(rid);
        seq.addBindValue(rid);
        if (auto st = Sql::exec(seq, tr("Adding a record to \"%1\"").arg(m_def.name)); !st)
            return st.error();
    }
    return rid;
}

Result<QVariantList> RecordWriter::readRow(qint64 rid)
{
    QStringList cols;
    for (const auto &f : m_def.fields)
        cols.append(f.column());
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(cols.isEmpty() ? u"rid"_s : cols.join(u','), m_def.table()));
    q.addBindValue(rid);
    if (auto st = Sql::exec(q, tr("Reading record %1 of \"%2\"").arg(rid).arg(m_def.name)); !st)
        return st.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("DB \"%1\" has no record with ID %2.").arg(m_def.name).arg(rid));
    QVariantList row;
    for (qsizetype i = 0; i < m_def.fields.size(); ++i)
        row.append(q.value(int(i)));
    return row;
}

Status RecordWriter::update(qint64 rid, const QHash<qint64, QVariant> &changes)
{
    auto row = readRow(rid);
    if (!row)
        return row.error();
    QStringList sets = {u"updated_at = ?"_s, u"search = ?"_s};
    QVariantList binds;
    QVariantList merged = row.value();
    for (qsizetype i = 0; i < m_def.fields.size(); ++i) {
        const FieldDef &f = m_def.fields[i];
        if (!changes.contains(f.id))
            continue;
        merged[i] = changes.value(f.id);
        sets.append(f.column() + " = ?"_L1);
        binds.append(merged[i]);
    }
    if (binds.size() != changes.size())
        return makeError(ErrorCode::NotFound, tr("A changed field does not belong to DB \"%1\".").arg(m_def.name));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE %1 SET %2 WHERE rid = ?"_s.arg(m_def.table(), sets.join(u", "_s)));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(searchText(m_def, merged));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(rid);
    return Sql::exec(q, tr("Changing record %1 of \"%2\"").arg(rid).arg(m_def.name));
}

Status RecordWriter::remove(qint64 rid)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM %1 WHERE rid = ?"_s.arg(m_def.table()));
    q.addBindValue(rid);
    if (auto st = Sql::exec(q, tr("Deleting record %1 of \"%2\"").arg(rid).arg(m_def.name)); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("DB \"%1\" has no record with ID %2.").arg(m_def.name).arg(rid));
    return {};
}

Result<qint64> RecordWriter::removeAll()
{
    if (auto st = BackupWindow::refuseDuringRun(m_db, tr("Deleting all records of \"%1\"").arg(m_def.name)); !st)
        return st.error();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM "_s + m_def.table());
    if (auto st = Sql::exec(q, tr("Deleting all records of \"%1\"").arg(m_def.name)); !st)
        return st.error();
    return qint64(q.numRowsAffected());
}

Status RecordWriter::rebuildSearchColumn()
{
    QStringList cols = {u"rid"_s};
    for (const auto &f : m_def.fields)
        cols.append(f.column());
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    const QString what = tr("Rebuilding the search index of \"%1\"").arg(m_def.name);
    if (!read.exec(u"SELECT %1 FROM %2"_s.arg(cols.join(u','), m_def.table())))
        return Sql::error(read.lastError(), what);
    QSqlQuery write(m_db);
    write.prepare(u"UPDATE %1 SET search = ? WHERE rid = ?"_s.arg(m_def.table()));
    while (read.next()) {
        QVariantList values;
        for (qsizetype i = 0; i < m_def.fields.size(); ++i)
            values.append(read.value(int(i + 1)));
        write.bindValue(0, searchText(m_def, values));
        write.bindValue(1, read.value(0));
        if (auto st = Sql::exec(write, what); !st)
            return st;
    }
    return {};
}

} // namespace Rewind
