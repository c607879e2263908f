#include "RecordDiff.h"

#include "sql/Connection.h"
#include "sql/SqliteFile.h"
#include "pg/PgWorkingCopy.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>
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
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(st, col)), sqlite3_column_bytes(st, col)));
    default:
        return QVariant();
    }
}

struct Side
{
    std::unique_ptr<PgWorkingCopy> pg; ///< a PostgreSQL production, copied from one snapshot
    SqliteFile file;
    Catalog catalog;
};

/// What the compare relies on of a catalog: which DBs and fields (with their types) exist.
QString shape(const Catalog &catalog)
{
    QString out;
    for (const DbDef &db : catalog.dbs) {
        out += u'D' + QString::number(db.id);
        for (const FieldDef &f : db.fields)
            out += u'f' + QString::number(f.id) + u':' + fieldTypeKey(f.type);
    }
    return out;
}

/// The catalog through the spec readSpec already allowed (one access check per side, not three).
Result<Catalog> catalogOf(const ConnectionSpec &spec, const EnvironmentId &env)
{
    auto conn = ScopedConnection::open(spec, u"compare-catalog-"_s + env.key());
    if (!conn)
        return conn.error();
    return Catalog::load(conn.value()->db());
}

Status openSide(const DataDir &dir, const Session &reader, const EnvironmentId &env, const QStringList &dbNames,
                Side *side)
{
    auto spec = Environments::readSpec(dir, reader, env);
    if (!spec)
        return spec.error();
    if (spec->isPostgres()) {
        // The DBs compared, copied from one snapshot: the compare then reads a file like any other side.
        PgWorkspaceCopy::Selection selection{dbNames.isEmpty(), {}, false};
        if (!dbNames.isEmpty()) {
            auto catalog = catalogOf(spec.value(), env);
            if (!catalog)
                return catalog.error();
            for (const QString &name : dbNames) {
                if (const DbDef *db = catalog->dbByName(name))
                    selection.dbIds.append(db->id);
                else
                    selection.allDbs = true; // a name only the other side has (renamed since): copy every DB
            }
        }
        auto copied = PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Read, selection);
        if (!copied)
            return copied.error();
        side->pg = std::move(copied).value();
        spec = ConnectionSpec{side->pg->path(), ConnectionSpec::Mode::ReadOnly};
    }
    auto catalog = catalogOf(spec.value(), env);
    if (!catalog)
        return catalog.error();
    side->catalog = std::move(catalog).value();
    const auto mode = spec->mode == ConnectionSpec::Mode::Immutable ? SqliteFile::OpenMode::Immutable
                                                                    : SqliteFile::OpenMode::ReadOnly;
    if (!side->file.open(spec->path, mode))
        return makeError(ErrorCode::Database,
                         tr("Cannot open %1 to compare: %2").arg(env.displayName(), side->file.errorString()));
    // One instant of each side for the whole compare (production keeps changing meanwhile): the first read
    // inside the transaction fixes it.
    qint64 dbs = 0;
    if (!side->file.exec("BEGIN") || !side->file.queryInt("SELECT count(*) FROM rw_db", &dbs))
        return makeError(ErrorCode::Database, side->file.errorString());
    // The catalog was read just before that instant; read after it too. The same both times means the
    // instant in between had it as well; otherwise the settings changed meanwhile.
    auto again = catalogOf(spec.value(), env);
    if (!again)
        return again.error();
    if (shape(again.value()) != shape(side->catalog) || dbs != side->catalog.dbs.size()) {
        return makeError(ErrorCode::Busy, tr("The DB settings of %1 changed while the compare started. Compare "
                                             "again.")
                                              .arg(env.displayName()));
    }
    return {};
}

/// One stored value of a packed row: views into the chunk that holds it.
struct Cell
{
    int type = SQLITE_NULL;
    qint64 i = 0;
    double d = 0;
    const char *p = nullptr;
    int n = 0;
};

QVariant cellValue(const Cell &c)
{
    switch (c.type) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(c.i));
    case SQLITE_FLOAT:
        return QVariant(c.d);
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(c.p, c.n));
    case SQLITE_BLOB:
        return QVariant(QByteArray(c.p, c.n));
    default:
        return QVariant();
    }
}

/// Whether a packed cell and column `b` of the current row of `y` hold the same stored value.
bool sameCell(const Cell &c, sqlite3_stmt *y, int b)
{
    const int type = sqlite3_column_type(y, b);
    if (c.type != type) {
        // An empty text and no value are the same to people (FieldValues reads both as empty).
        const bool emptyX = c.type == SQLITE_NULL || (c.type == SQLITE_TEXT && c.n == 0);
        const bool emptyY = type == SQLITE_NULL || (type == SQLITE_TEXT && sqlite3_column_bytes(y, b) == 0);
        return emptyX && emptyY;
    }
    switch (c.type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return c.i == sqlite3_column_int64(y, b);
    case SQLITE_FLOAT:
        return c.d == sqlite3_column_double(y, b);
    default: {
        const void *q =
            c.type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(y, b)) : sqlite3_column_blob(y, b);
        return c.n == sqlite3_column_bytes(y, b) && (c.n == 0 || std::memcmp(c.p, q, size_t(c.n)) == 0);
    }
    }
}

/// Steps a statement (rid, then `columns` values) on its own thread and hands its rows over in packed
/// chunks of about 1 MiB, at most four ahead: the reader of the other side compares while this one reads.
class RowFeed final
{
public:
    RowFeed(sqlite3_stmt *st, int columns, const std::atomic_bool *cancel)
        : m_columns(columns), m_cells(size_t(columns))
    {
        m_thread = std::thread([this, st, cancel] { produce(st, cancel); });
    }
    ~RowFeed()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    RowFeed(const RowFeed &) = delete;
    RowFeed &operator=(const RowFeed &) = delete;

    /// Moves to the next row; false at the end (or on an error: see error()).
    bool next()
    {
        while (m_pos >= qsizetype(m_current.size())) {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_finished; });
            if (m_queue.empty())
                return false;
            m_current = std::move(m_queue.front());
            m_queue.pop_front();
            m_pos = 0;
            lock.unlock();
            m_cv.notify_all();
        }
        const char *at = m_current.data() + m_pos;
        std::memcpy(&m_rid, at, 8);
        at += 8;
        for (int c = 0; c < m_columns; ++c) {
            Cell &cell = m_cells[size_t(c)];
            cell.type = static_cast<unsigned char>(*at++);
            switch (cell.type) {
            case SQLITE_INTEGER:
                std::memcpy(&cell.i, at, 8);
                at += 8;
                break;
            case SQLITE_FLOAT:
                std::memcpy(&cell.d, at, 8);
                at += 8;
                break;
            case SQLITE_TEXT:
            case SQLITE_BLOB:
                std::memcpy(&cell.n, at, 4);
                cell.p = at + 4;
                at += 4 + cell.n;
                break;
            default:
                break;
            }
        }
        m_pos = at - m_current.data();
        return true;
    }
    qint64 rid() const { return m_rid; }
    /// Whether the feed ended before the end of the table (cancelled or a read error): the rows it did not
    /// hand over are not "missing" on this side, and the compare must not go on.
    bool aborted() const
    {
        std::lock_guard lock(m_mutex);
        return m_aborted;
    }
    const Cell &cell(int c) const { return m_cells[size_t(c)]; }
    QString error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    using Chunk = std::vector<char>;
    /// Appends raw bytes; the chunk only grows by doubling, so appending stays a memcpy.
    static void put(Chunk &chunk, const void *p, size_t n)
    {
        const size_t at = chunk.size();
        chunk.resize(at + n);
        std::memcpy(chunk.data() + at, p, n);
    }

    void produce(sqlite3_stmt *st, const std::atomic_bool *cancel)
    {
        Chunk chunk;
        chunk.reserve(kChunk + 4096);
        auto hand = [this](Chunk &data) {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_queue.size() < 4 || m_stop; });
            if (m_stop)
                return false;
            m_queue.push_back(std::move(data));
            lock.unlock();
            m_cv.notify_all();
            data = Chunk();
            data.reserve(kChunk + 4096);
            return true;
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const qint64 rid = sqlite3_column_int64(st, 0);
            put(chunk, &rid, 8);
            for (int c = 1; c <= m_columns; ++c) {
                const int type = sqlite3_column_type(st, c);
                const char t = char(type);
                put(chunk, &t, 1);
                if (type == SQLITE_INTEGER) {
                    const qint64 v = sqlite3_column_int64(st, c);
                    put(chunk, &v, 8);
                } else if (type == SQLITE_FLOAT) {
                    const double v = sqlite3_column_double(st, c);
                    put(chunk, &v, 8);
                } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
                    const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(st, c))
                                                        : sqlite3_column_blob(st, c);
                    const int n = sqlite3_column_bytes(st, c);
                    put(chunk, &n, 4);
                    if (n > 0)
                        put(chunk, p, size_t(n));
                }
            }
            if (qsizetype(chunk.size()) >= kChunk) {
                if ((cancel && cancel->load()) || !hand(chunk))
                    break;
            }
        }
        std::lock_guard lock(m_mutex);
        if (rc != SQLITE_DONE)
            m_aborted = true; // cancelled, stopped or failed: not the end of the table
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st)));
        if (!chunk.empty() && !m_stop)
            m_queue.push_back(std::move(chunk));
        m_finished = true;
        m_cv.notify_all();
    }

    static constexpr qsizetype kChunk = 1 << 20;
    const int m_columns;
    std::vector<Cell> m_cells;
    Chunk m_current;
    qsizetype m_pos = 0;
    qint64 m_rid = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Chunk> m_queue;
    bool m_finished = false;
    bool m_stop = false;
    bool m_aborted = false;
    QString m_error;
    std::thread m_thread;
};

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
    if (auto st = openSide(m_dir, m_reader, options.from, options.dbs, &from); !st)
        return st.error();
    if (auto st = openSide(m_dir, m_reader, options.to, options.dbs, &to); !st)
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
            // The later side's names first: that is what people see in production now.
            auto it =
                std::find_if(pairs.cbegin(), pairs.cend(), [&name](const Pair &p) { return p.b && p.b->name == name; });
            if (it == pairs.cend())
                it = std::find_if(pairs.cbegin(), pairs.cend(),
                                  [&name](const Pair &p) { return p.a && p.a->name == name; });
            if (it != pairs.cend() && std::any_of(chosen.cbegin(), chosen.cend(), [&it](const Pair &c) {
                    return (c.a ? c.a->id : c.b->id) == (it->a ? it->a->id : it->b->id);
                }))
                continue; // named twice
            if (it == pairs.cend()) {
                return makeError(ErrorCode::NotFound,
                                 tr("Neither %1 nor %2 has a DB named \"%3\".")
                                     .arg(options.from.displayName(), options.to.displayName(), name));
            }
            chosen.append(*it);
        }
        pairs = chosen;
    }

    // The highest record ID of each pair, inside the snapshots: the progress scale.
    QList<qint64> extent;
    qint64 total = 0;
    for (const Pair &p : pairs) {
        extent.append(std::max(p.a ? maxRid(from.file, p.a->table()) : 0, p.b ? maxRid(to.file, p.b->table()) : 0));
        total += extent.constLast();
    }
    qint64 doneBefore = 0;
    qint64 lastReport = -1;
    bool sinkDone = false; // the sink asked for no more changes; the counts go on

    QList<DbDiff> out;
    for (qsizetype pairIndex = 0; pairIndex < pairs.size(); ++pairIndex) {
        const Pair &p = pairs.at(pairIndex);
        if (m_cancel && m_cancel->load())
            return makeError(ErrorCode::Cancelled, tr("The compare was cancelled."));
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
                    d.fields.append({f.id, f.name});
                } else {
                    d.fieldsOnlyInTo.append(f.name);
                }
            }
            for (const FieldDef &g : p.a->fields) {
                if (!p.b->field(g.id))
                    d.fieldsOnlyInFrom.append(g.name);
            }
        } else {
            for (const FieldDef &f : (p.a ? p.a : p.b)->fields) {
                (p.a ? fa : fb).append(&f);
                d.fields.append({f.id, f.name});
            }
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
        // The "from" side is read on a second thread into packed chunks while this one reads "to": both
        // tables are stepped at once, on two cores.
        std::optional<RowFeed> feed;
        if (sa)
            feed.emplace(sa->get(), int(fa.size()), m_cancel);
        sqlite3_stmt *y = sb ? sb->get() : nullptr;
        auto stepY = [y](bool *has) -> bool {
            if (!y) {
                *has = false;
                return true;
            }
            const int rc = sqlite3_step(y);
            *has = rc == SQLITE_ROW;
            return rc == SQLITE_ROW || rc == SQLITE_DONE;
        };
        // The feed ending early is never "the rest is missing on this side".
        auto feedEnded = [&]() -> Error {
            if (!feed->error().isEmpty())
                return makeError(ErrorCode::Database, tr("Reading %1 of %2 failed while comparing: %3")
                                                          .arg(d.db, options.from.displayName(), feed->error()));
            return makeError(ErrorCode::Cancelled, tr("The compare was cancelled."));
        };
        bool hasX = feed && feed->next();
        if (feed && !hasX && feed->aborted())
            return feedEnded();
        bool hasY = false;
        if (!stepY(&hasY))
            return makeError(ErrorCode::Database, tr("Reading %1 failed while comparing.").arg(d.db));
        const int columns = int(p.a && p.b ? fb.size() : 0);
        bool stopped = sinkDone;
        qint64 steps = 0;
        while (hasX || hasY) {
            if ((++steps & 0x3fff) == 0) {
                if (m_cancel && m_cancel->load())
                    return makeError(ErrorCode::Cancelled, tr("The compare was cancelled."));
            }
            const qint64 rx = hasX ? feed->rid() : std::numeric_limits<qint64>::max();
            const qint64 ry = hasY ? sqlite3_column_int64(y, 0) : std::numeric_limits<qint64>::max();
            const qint64 rid = std::min(rx, ry);
            if (m_progress && total > 0 && (doneBefore + rid - lastReport) > total / 200) {
                lastReport = doneBefore + rid;
                m_progress(std::min(total, doneBefore + rid), total);
            }
            bool differs = false;
            RecordChange change;
            if (rx == ry) {
                for (int c = 1; c <= columns; ++c) {
                    if (!sameCell(feed->cell(c - 1), y, c)) {
                        differs = true;
                        if (!sink)
                            break;
                        change.fields.append(
                            {fb[c - 1]->id, fb[c - 1]->name, cellValue(feed->cell(c - 1)), columnValue(y, c)});
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
                    for (int c = 0; c < fields.size(); ++c) {
                        const QVariant v = deleted ? cellValue(feed->cell(c)) : columnValue(y, c + 1);
                        change.fields.append(
                            {fields[c]->id, fields[c]->name, deleted ? v : QVariant(), deleted ? QVariant() : v});
                    }
                }
            }
            if (differs && sink && !stopped) {
                change.dbId = d.dbId;
                change.db = d.db;
                change.rid = rid;
                stopped = !sink(change);
            }
            if (rx == rid) {
                hasX = feed->next();
                if (!hasX && feed->aborted())
                    return feedEnded();
            }
            if (ry == rid && !stepY(&hasY))
                return makeError(ErrorCode::Database, tr("Reading %1 failed while comparing.").arg(d.db));
        }
        if (feed && !feed->error().isEmpty())
            return makeError(
                ErrorCode::Database,
                tr("Reading %1 of %2 failed while comparing: %3").arg(d.db, options.from.displayName(), feed->error()));
        feed.reset(); // joins the reader before its statement goes
        doneBefore += extent.at(pairIndex);
        out.append(d);
        if (stopped)
            sinkDone = true;
    }
    if (m_progress)
        m_progress(total, total);
    return out;
}

} // namespace Rewind
