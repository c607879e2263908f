#include "RecordDiff.h"

#include "sql/SqliteFile.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <cstring>
#include <limits>
#include <optional>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RecordDiff", text);
}

QVariant columnValue(sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(st, col)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(st, col));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, col)),
                                          sqlite3_column_bytes(st, col)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(st, col)),
                                   sqlite3_column_bytes(st, col)));
    default:
        return QVariant();
    }
}

/// Whether column `a` of one row and `b` of another hold the same stored value (type and bytes).
bool sameValue(sqlite3_stmt *x, int a, sqlite3_stmt *y, int b)
{
    const int type = sqlite3_column_type(x, a);
    if (type != sqlite3_column_type(y, b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_column_int64(x, a) == sqlite3_column_int64(y, b);
    case SQLITE_FLOAT:
        return sqlite3_column_double(x, a) == sqlite3_column_double(y, b);
    default: {
        const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(x, a))
                                            : sqlite3_column_blob(x, a);
        const void *q = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(y, b))
                                            : sqlite3_column_blob(y, b);
        const int n = sqlite3_column_bytes(x, a);
        return n == sqlite3_column_bytes(y, b) && (n == 0 || std::memcmp(p, q, size_t(n)) == 0);
    }
    }
}

struct Side
{
    SqliteFile file;
    Catalog catalog;
};

Status openSide(const DataDir &dir, const Session &reader, const EnvironmentId &env, Side *side)
{
    auto spec = Environments::readSpec(dir, reader, env);
    if (!spec)
        return spec.error();
    auto catalog = Environments::loadCatalog(dir, reader, env);
    if (!catalog)
        return catalog.error();
    side->catalog = std::move(catalog).value();
    const auto mode = spec->mode == ConnectionSpec::Mode::Immutable ? SqliteFile::OpenMode::Immutable
                                                                    : SqliteFile::OpenMode::ReadOnly;
    if (!side->file.open(spec->path, mode))
        return makeError(ErrorCode::Database,
                         tr("Cannot open %1 to compare: %2").arg(env.displayName(), side->file.errorString()));
    // One instant of each side for the whole compare (production keeps changing meanwhile).
    if (!side->file.exec("BEGIN"))
        return makeError(ErrorCode::Database, side->file.errorString());
    return {};
}

qint64 maxRid(SqliteFile &file, const QString &table)
{
    qint64 n = 0;
    return file.queryInt("SELECT coalesce(max(rid), 0) FROM " + table.toLatin1(), &n) ? n : 0;
}
} // namespace

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return u"added"_s;
    case ChangeKind::Deleted:
        return u"deleted"_s;
    case ChangeKind::Changed:
        return u"changed"_s;
    }
    return {};
}

RecordDiff::RecordDiff(DataDir dir, Session reader) : m_dir(std::move(dir)), m_reader(std::move(reader))
{
}

Result<QList<DbDiff>> RecordDiff::run(const DiffOptions &options, const Sink &sink)
{
    if (options.from == options.to)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Compare two different environments (both are %1).").arg(options.from.displayName()));
    Side from, to;
    if (auto st = openSide(m_dir, m_reader, options.from, &from); !st)
        return st.error();
    if (auto st = openSide(m_dir, m_reader, options.to, &to); !st)
        return st.error();

    // The DBs to compare, matched by ID: in both, only in one of them.
    struct Pair
    {
        const DbDef *a = nullptr; // from
        const DbDef *b = nullptr; // to
    };
    QList<Pair> pairs;
    QSet<qint64> seen;
    for (const DbDef &b : to.catalog.dbs) {
        pairs.append(Pair{from.catalog.db(b.id), &b});
        seen.insert(b.id);
    }
    for (const DbDef &a : from.catalog.dbs) {
        if (!seen.contains(a.id))
            pairs.append(Pair{&a, nullptr});
    }
    if (!options.dbs.isEmpty()) {
        QList<Pair> chosen;
        for (const QString &name : options.dbs) {
            auto it = std::find_if(pairs.cbegin(), pairs.cend(), [&name](const Pair &p) {
                return (p.b && p.b->name == name) || (p.a && p.a->name == name);
            });
            if (it == pairs.cend()) {
                return makeError(ErrorCode::NotFound, tr("Neither %1 nor %2 has a DB named \"%3\".")
                                                          .arg(options.from.displayName(), options.to.displayName(),
                                                               name));
            }
            chosen.append(*it);
        }
        pairs = chosen;
    }

    qint64 total = 0;
    for (const Pair &p : pairs)
        total += std::max(p.a ? maxRid(from.file, p.a->table()) : 0, p.b ? maxRid(to.file, p.b->table()) : 0);
    qint64 doneBefore = 0;
    qint64 lastReport = -1;
    bool sinkDone = false; // the sink asked for no more changes; the counts go on

    QList<DbDiff> out;
    for (const Pair &p : pairs) {
        DbDiff d;
        d.dbId = p.b ? p.b->id : p.a->id;
        d.db = p.b ? p.b->name : p.a->name;
        d.onlyInFrom = !p.b;
        d.onlyInTo = !p.a;
        // The fields both sides have are compared; the others are reported by name.
        QList<const FieldDef *> fa, fb;
        if (p.a && p.b) {
            for (const FieldDef &f : p.b->fields) {
                if (const FieldDef *g = p.a->field(f.id)) {
                    fa.append(g);
                    fb.append(&f);
                } else {
                    d.fieldsOnlyInTo.append(f.name);
                }
            }
            for (const FieldDef &g : p.a->fields) {
                if (!p.b->field(g.id))
                    d.fieldsOnlyInFrom.append(g.name);
            }
        } else {
            for (const FieldDef &f : (p.a ? p.a : p.b)->fields)
                (p.a ? fa : fb).append(&f);
        }
        auto select = [](const DbDef *db, const QList<const FieldDef *> &fields) -> QByteArray {
            QByteArray sql = "SELECT rid";
            for (const FieldDef *f : fields)
                sql += ", " + f->column().toLatin1();
            return sql + " FROM " + db->table().toLatin1() + " ORDER BY rid";
        };
        std::optional<SqliteStatement> sa, sb;
        if (p.a) {
            sa.emplace(from.file, select(p.a, fa));
            if (!sa->isValid())
                return makeError(ErrorCode::Database, tr("Reading %1 of %2: %3")
                                                          .arg(p.a->name, options.from.displayName(),
                                                               QString::fromUtf8(sqlite3_errmsg(from.file.handle()))));
        }
        if (p.b) {
            sb.emplace(to.file, select(p.b, fb));
            if (!sb->isValid())
                return makeError(ErrorCode::Database, tr("Reading %1 of %2: %3")
                                                          .arg(p.b->name, options.to.displayName(),
                                                               QString::fromUtf8(sqlite3_errmsg(to.file.handle()))));
        }
        sqlite3_stmt *x = sa ? sa->get() : nullptr;
        sqlite3_stmt *y = sb ? sb->get() : nullptr;
        auto step = [](sqlite3_stmt *st, bool *has) -> bool {
            if (!st) {
                *has = false;
                return true;
            }
            const int rc = sqlite3_step(st);
            *has = rc == SQLITE_ROW;
            return rc == SQLITE_ROW || rc == SQLITE_DONE;
        };
        bool hasX = false, hasY = false;
        if (!step(x, &hasX) || !step(y, &hasY))
            return makeError(ErrorCode::Database, tr("Reading %1 failed while comparing.").arg(d.db));
        const int columns = int(p.a && p.b ? fb.size() : 0);
        bool stopped = sinkDone;
        qint64 steps = 0;
        while (hasX || hasY) {
            if ((++steps & 0x3fff) == 0) {
                if (m_cancel && m_cancel->load())
                    return makeError(ErrorCode::Cancelled, tr("The compare was cancelled."));
            }
            const qint64 rx = hasX ? sqlite3_column_int64(x, 0) : std::numeric_limits<qint64>::max();
            const qint64 ry = hasY ? sqlite3_column_int64(y, 0) : std::numeric_limits<qint64>::max();
            const qint64 rid = std::min(rx, ry);
            if (m_progress && total > 0 && (rid - lastReport) > total / 200) {
                lastReport = rid;
                m_progress(std::min(total, doneBefore + rid), total);
            }
            RecordChange change;
            bool differs = false;
            if (rx == ry) {
                for (int c = 1; c <= columns; ++c) {
                    if (!sameValue(x, c, y, c)) {
                        differs = true;
                        if (!sink)
                            break;
                        change.fields.append({fb[c - 1]->id, fb[c - 1]->name, columnValue(x, c), columnValue(y, c)});
                    }
                }
                if (differs) {
                    ++d.changed;
                    change.kind = ChangeKind::Changed;
                } else {
                    ++d.unchanged;
                }
            } else {
                differs = true;
                const bool deleted = rx < ry;
                change.kind = deleted ? ChangeKind::Deleted : ChangeKind::Added;
                ++(deleted ? d.deleted : d.added);
                if (sink) {
                    const QList<const FieldDef *> &fields = deleted ? fa : fb;
                    sqlite3_stmt *row = deleted ? x : y;
                    for (int c = 0; c < fields.size(); ++c) {
                        const QVariant v = columnValue(row, c + 1);
                        change.fields.append({fields[c]->id, fields[c]->name, deleted ? v : QVariant(),
                                              deleted ? QVariant() : v});
                    }
                }
            }
            if (differs && sink && !stopped) {
                change.dbId = d.dbId;
                change.db = d.db;
                change.rid = rid;
                stopped = !sink(change);
            }
            bool ok = true;
            if (rx == rid)
                ok = step(x, &hasX);
            if (ok && ry == rid)
                ok = step(y, &hasY);
            if (!ok)
                return makeError(ErrorCode::Database, tr("Reading %1 failed while comparing.").arg(d.db));
        }
        doneBefore += std::max(p.a ? maxRid(from.file, p.a->table()) : 0, p.b ? maxRid(to.file, p.b->table()) : 0);
        out.append(d);
        if (stopped)
            sinkDone = true;
    }
    if (m_progress)
        m_progress(total, total);
    return out;
}

} // namespace Rewind
