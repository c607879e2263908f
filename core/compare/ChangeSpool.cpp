#include "ChangeSpool.h"

#include "workspace/TextFold.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QIODevice>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::ChangeSpool", text);
}

constexpr qint64 kCommitEvery = 20'000; // appends per transaction: big enough to be fast, small for the cache

/// The kinds as stored: stable numbers, not the enum's.
int kindNumber(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return 1;
    case ChangeKind::Deleted:
        return 2;
    case ChangeKind::Changed:
        return 3;
    }
    return 0;
}

ChangeKind kindOf(int number)
{
    return number == 1 ? ChangeKind::Added : number == 2 ? ChangeKind::Deleted : ChangeKind::Changed;
}

bool hasValue(const QVariant &value)
{
    return value.isValid() && !value.isNull() && !value.toString().isEmpty();
}

QByteArray encode(const RecordChange &change)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << change.db << qint32(change.fields.size());
    for (const FieldDelta &f : change.fields)
        out << f.fieldId << f.field << f.before << f.after;
    return bytes;
}

bool decode(const QByteArray &bytes, RecordChange *change)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 n = 0;
    in >> change->db >> n;
    for (qint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        FieldDelta f;
        in >> f.fieldId >> f.field >> f.before >> f.after;
        change->fields.append(std::move(f));
    }
    return in.status() == QDataStream::Ok;
}

void bindText(sqlite3_stmt *st, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
} // namespace

ChangeSpool::~ChangeSpool()
{
    if (m_inTransaction)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_read);
    sqlite3_close(m_db);
}

Error ChangeSpool::fail(const QString &what) const
{
    return makeError(ErrorCode::Io, tr("%1 failed in the compare's scratch file %2: %3")
                                        .arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Result<std::unique_ptr<ChangeSpool>> ChangeSpool::create(const QString &path)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<ChangeSpool> spool(new ChangeSpool(path, db));
    if (rc != SQLITE_OK)
        return spool->fail(tr("Creating"));
    // A scratch file: nothing to recover after a crash, so no journal and no syncing.
    const char *schema =
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE change(pos INTEGER PRIMARY KEY, db_id INTEGER NOT NULL, rid INTEGER NOT NULL,"
        " kind INTEGER NOT NULL, field_ids TEXT NOT NULL, search TEXT NOT NULL, payload BLOB NOT NULL);";
    if (sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return spool->fail(tr("Creating"));
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO change(db_id, rid, kind, field_ids, search, payload) VALUES (?, ?, ?, ?, ?, ?)",
                           -1, &spool->m_insert, nullptr) != SQLITE_OK)
        return spool->fail(tr("Creating"));
    return spool;
}

Result<std::unique_ptr<ChangeSpool>> ChangeSpool::open(const QString &path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<ChangeSpool> spool(new ChangeSpool(path, db));
    if (rc != SQLITE_OK)
        return spool->fail(tr("Opening"));
    if (sqlite3_prepare_v2(db, "SELECT db_id, rid, kind, payload FROM change WHERE pos = ?", -1, &spool->m_read,
                           nullptr) != SQLITE_OK)
        return spool->fail(tr("Opening"));
    return spool;
}

Status ChangeSpool::append(const RecordChange &change)
{
    if (!m_inTransaction) {
        if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(tr("Writing"));
        m_inTransaction = true;
    }
    // What the filters look at: the fields touched (",3,7,") and the folded text of names and values.
    QString fieldIds = u","_s;
    QString search;
    for (const FieldDelta &f : change.fields) {
        if (change.kind == ChangeKind::Changed || hasValue(f.before) || hasValue(f.after))
            fieldIds += QString::number(f.fieldId) + u',';
        search += f.field + u'\x1f' + f.before.toString() + u'\x1f' + f.after.toString() + u'\x1e';
    }
    sqlite3_reset(m_insert);
    sqlite3_bind_int64(m_insert, 1, change.dbId);
    sqlite3_bind_int64(m_insert, 2, change.rid);
    sqlite3_bind_int(m_insert, 3, kindNumber(change.kind));
    bindText(m_insert, 4, fieldIds);
    bindText(m_insert, 5, TextFold::fold(search));
    const QByteArray payload = encode(change);
    sqlite3_bind_blob(m_insert, 6, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(m_insert) != SQLITE_DONE)
        return fail(tr("Writing"));
    if (++m_appended % kCommitEvery == 0) {
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(tr("Writing"));
        m_inTransaction = false;
    }
    return {};
}

Status ChangeSpool::finish()
{
    if (m_inTransaction) {
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(tr("Writing"));
        m_inTransaction = false;
    }
    return {};
}

Result<QList<qint64>> ChangeSpool::select(const Filter &filter) const
{
    QString sql = u"SELECT pos FROM change WHERE 1"_s;
    if (filter.dbId != 0)
        sql += u" AND db_id = :db"_s;
    if (filter.kind)
        sql += u" AND kind = :kind"_s;
    if (filter.fieldId != 0)
        sql += u" AND instr(field_ids, :field) > 0"_s;
    const QString term = TextFold::fold(filter.search.trimmed());
    if (!term.isEmpty())
        sql += u" AND instr(search, :term) > 0"_s;
    sql += u" ORDER BY pos"_s;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return fail(tr("Reading"));
    const auto bind = [st](const char *name) {
        return sqlite3_bind_parameter_index(st, name);
    };
    if (filter.dbId != 0)
        sqlite3_bind_int64(st, bind(":db"), filter.dbId);
    if (filter.kind)
        sqlite3_bind_int(st, bind(":kind"), kindNumber(*filter.kind));
    if (filter.fieldId != 0)
        bindText(st, bind(":field"), u","_s + QString::number(filter.fieldId) + u',');
    if (!term.isEmpty())
        bindText(st, bind(":term"), term);
    QList<qint64> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.append(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(tr("Reading"));
    return out;
}

Result<RecordChange> ChangeSpool::read(qint64 position) const
{
    sqlite3_reset(m_read);
    sqlite3_bind_int64(m_read, 1, position);
    if (sqlite3_step(m_read) != SQLITE_ROW)
        return fail(tr("Reading"));
    RecordChange change;
    change.dbId = sqlite3_column_int64(m_read, 0);
    change.rid = sqlite3_column_int64(m_read, 1);
    change.kind = kindOf(sqlite3_column_int(m_read, 2));
    const QByteArray payload(static_cast<const char *>(sqlite3_column_blob(m_read, 3)),
                             sqlite3_column_bytes(m_read, 3));
    if (!decode(payload, &change))
        return makeError(ErrorCode::Corrupt,
                         tr("Change %1 in the compare's scratch file %2 cannot be read.").arg(position).arg(m_path));
    return change;
}

} // namespace Rewind
