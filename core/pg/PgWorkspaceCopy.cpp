#include "PgWorkspaceCopy.h"

#include "pg/PgConn.h"
#include "sql/Dialect.h"
#include "sql/SqliteFile.h"
#include "workspace/Catalog.h"
#include "workspace/ProductionSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <sqlite3.h>

namespace Rewind::PgWorkspaceCopy
{

using namespace Qt::StringLiterals;
using Dialect::Engine;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PgWorkspaceCopy", text);
}

struct FieldRow
{
    qint64 id = 0;
    qint64 dbId = 0;
    FieldType type = FieldType::Text;
};

// What the destination's tables are made of: the workspace's DBs and their fields.
struct Layout
{
    QList<CopiedDb> dbs;
    QList<FieldRow> fields;
    bool users = true;
};

// Every CREATE for `engine`, tables first; indexes go to *indexes, to be built once the rows are in.
QStringList tableStatements(Engine engine, const Layout &layout, QStringList *indexes)
{
    QStringList all = Dialect::workspaceTables(engine);
    if (layout.users)
        all += Dialect::userTables(engine);
    for (const CopiedDb &db : layout.dbs)
        all += Dialect::createRecordTable(db.id, engine);
    for (const FieldRow &f : layout.fields) {
        FieldDef def;
        def.id = f.id;
        all.append(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(Dialect::recordTable(f.dbId), def.column(),
                                                            Dialect::columnType(f.type, engine)));
    }
    QStringList tables;
    for (const QString &sql : std::as_const(all)) {
        if (sql.startsWith("CREATE INDEX"_L1) || sql.startsWith("CREATE UNIQUE INDEX"_L1))
            indexes->append(sql);
        else
            tables.append(sql);
    }
    return tables;
}

QStringList copiedTables(const Layout &layout)
{
    QStringList t = {u"rw_meta"_s, u"rw_db"_s, u"rw_field"_s, u"rw_setting"_s};
    if (layout.users)
        t += {u"rw_user"_s, u"rw_login_throttle"_s};
    for (const CopiedDb &db : layout.dbs)
        t.append(Dialect::recordTable(db.id));
    return t;
}

enum class Kind
{
    Integer,
    Numeric,
    Text
};

struct Columns
{
    QStringList names;
    QList<Kind> kinds;
};

// The columns of an SQLite table, in order, with how values are bound.
bool sqliteColumns(SqliteFile &file, const QString &table, Columns *out)
{
    SqliteStatement st(file, "PRAGMA table_info(" + table.toUtf8() + ')');
    if (!st.isValid())
        return false;
    while (sqlite3_step(st.get()) == SQLITE_ROW) {
        out->names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1))));
        const QByteArray type = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 2))).toUpper();
        out->kinds.append(type.startsWith("INT") ? Kind::Integer : type == "NUMERIC" ? Kind::Numeric : Kind::Text);
    }
    return !out->names.isEmpty();
}

bool parseInt(const char *p, int n, sqlite3_int64 *out)
{
    if (n == 0 || n > 20)
        return false;
    int i = 0;
    bool negative = false;
    if (p[0] == '-') {
        negative = true;
        if (++i == n)
            return false;
    }
    quint64 v = 0;
    for (; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + quint64(p[i] - '0');
    }
    *out = negative ? -sqlite3_int64(v) : sqlite3_int64(v);
    return true;
}

Layout readLayout(const QList<QStringList> &dbs, const QList<QStringList> &fields)
{
    Layout layout;
    for (const QStringList &r : dbs)
        layout.dbs.append(CopiedDb{r.value(0).toLongLong(), r.value(1), 0});
    for (const QStringList &r : fields)
        layout.fields.append(FieldRow{r.value(0).toLongLong(), r.value(1).toLongLong(),
                                      fieldTypeFromKey(r.value(2)).value_or(FieldType::Text)});
    return layout;
}

QString whatTable(const QString &table, const Layout &layout)
{
    for (const CopiedDb &db : layout.dbs) {
        if (Dialect::recordTable(db.id) == table)
            return tr("Copying the records of \"%1\"").arg(db.name);
    }
    return tr("Copying the table %1").arg(table);
}

// The workspace's record tables and `tables`, each with how far its ID sequence went (NULL: none, or never
// used). rw_meta has no ID.
QByteArray sequencesQuery(std::initializer_list<const char *> tables)
{
    QByteArray names;
    for (const char *t : tables)
        names += (names.isEmpty() ? "'" : ", '") + QByteArray(t) + '\'';
    return "SELECT c.relname, CASE WHEN c.relname <> 'rw_meta' THEN pg_sequence_last_value(pg_get_serial_sequence("
           "quote_ident(n.nspname) || '.' || quote_ident(c.relname), CASE WHEN c.relname LIKE 'rec\\_%' THEN 'rid' "
           "ELSE 'id' END)) END FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND (c.relname LIKE 'rec\\_%' OR c.relname IN (" +
           names + "))";
}

// Rows of an SQLite statement as SQLite gives them, one column.
QList<QStringList> sqliteRows(SqliteFile &file, const QByteArray &sql, int columns, bool *ok)
{
    QList<QStringList> rows;
    SqliteStatement st(file, sql);
    *ok = st.isValid();
    if (!*ok)
        return rows;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c))));
        rows.append(row);
    }
    *ok = rc == SQLITE_DONE;
    return rows;
}
} // namespace

// pg_advisory_lock(kSnapshotClass, kSnapshotObject): "RWND", 2 (1 is the backup run's lock).
constexpr const char *kSnapshotLock = "1381453380, 2";

Status holdReadersLock(PgConn &pg)
{
    return pg.exec(QByteArray("SELECT pg_advisory_lock_shared(") + kSnapshotLock + ")",
                   tr("Waiting for an undo on production to finish"));
}

Status holdRebuildLock(PgConn &pg)
{
    return pg.exec(QByteArray("SELECT pg_advisory_xact_lock(") + kSnapshotLock + ")",
                   tr("Waiting for copies of production to finish"));
}

Result<Copied> toSqlite(const PgTarget &target, SqliteFile &dest, const Hooks &hooks)
{
    auto opened = PgConn::open(target, u"rewind-generation"_s, true);
    if (!opened)
        return opened.error();
    PgConn &pg = **opened;
    if (hooks.connected)
        hooks.connected(pg.backendPid());
    if (auto st = holdReadersLock(pg); !st) // released with the connection
        return st.error();
    // The snapshot: every statement below sees production as of the first one, and takes only the locks a
    // SELECT takes, so writers go on while the copy runs.
    if (auto st = pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", tr("Starting the snapshot")); !st)
        return st.error();
    auto copied = copyInto(pg, dest, Selection{}, hooks);
    if (!copied)
        return copied;
    if (auto st = pg.exec("COMMIT", tr("Ending the snapshot")); !st)
        return st.error();
    return copied;
}

Result<Copied> copyInto(PgConn &pg, SqliteFile &dest, const Selection &selection, const Hooks &hooks)
{
    const PgTarget &target = pg.target();
    const QString reading = tr("Reading production's list of DBs");
    auto present = pg.query("SELECT to_regclass('rw_meta') IS NOT NULL, to_regclass('rw_user') IS NOT NULL, "
                            "coalesce((SELECT has_schema_privilege(oid, 'USAGE') FROM pg_namespace WHERE nspname = "
                            "'rewind'), true), current_user",
                            {}, reading);
    if (!present)
        return present.error();
    if (present->value(0).value(2) != "t"_L1)
        return makeError(ErrorCode::ReadOnly, PgTarget::schemaDenied(present->value(0).value(3)));
    if (present->value(0).value(0) != "t"_L1) {
        return makeError(
            ErrorCode::NotFound,
            tr("The PostgreSQL database %1 has no Rewind workspace (schema \"rewind\").").arg(target.url()));
    }
    if (hooks.snapshotTaken)
        hooks.snapshotTaken();
    Copied copied;
    auto meta = pg.query("SELECT key, value FROM rw_meta", {}, reading);
    if (!meta)
        return meta.error();
    for (const QStringList &r : *meta) {
        if (r.value(0) == "schema_version"_L1 && r.value(1).toInt() > ProductionSchema::kVersion) {
            return makeError(ErrorCode::Unsupported,
                             tr("The workspace in %1 has layout version %2, but this Rewind only knows up to version "
                                "%3. Update Rewind.")
                                 .arg(target.url(), r.value(1))
                                 .arg(ProductionSchema::kVersion));
        }
        if (r.value(0) == "workspace_id"_L1)
            copied.workspaceId = r.value(1);
        else if (r.value(0) == "workspace_name"_L1)
            copied.workspaceName = r.value(1);
    }
    auto dbs = pg.query("SELECT id, name FROM rw_db ORDER BY position, id", {}, reading);
    if (!dbs)
        return dbs.error();
    auto fields = pg.query("SELECT id, db_id, type FROM rw_field ORDER BY id", {}, reading);
    if (!fields)
        return fields.error();
    auto estimate = pg.scalar("SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)::bigint FROM pg_class c "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind = 'r'",
                              {}, reading);
    const qint64 total = estimate ? std::max<qint64>(1, estimate->toLongLong()) : 1;
    Layout layout = readLayout(*dbs, *fields);
    layout.users = selection.users && present->value(0).value(1) == "t"_L1;
    auto copies = [&selection](const QString &table) {
        if (selection.allDbs || !table.startsWith("rec_"_L1))
            return true;
        return selection.dbIds.contains(table.mid(4).toLongLong());
    };

    if (!dest.exec("BEGIN"))
        return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
    QStringList indexes;
    for (const QString &sql : tableStatements(Engine::Sqlite, layout, &indexes)) {
        if (!dest.exec(sql.toUtf8()))
            return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
    }
    QList<std::pair<const char *, int>> parts;
    QList<bool> nulls;
    QByteArray row;
    qint64 done = 0;
    for (const QString &table : copiedTables(layout)) {
        if (!copies(table))
            continue;
        Columns cols;
        if (!sqliteColumns(dest, table, &cols))
            return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
        QByteArray insert = "INSERT INTO " + table.toUtf8() + " VALUES (";
        for (int i = 0; i < cols.names.size(); ++i)
            insert += i ? ",?" : "?";
        insert += ')';
        SqliteStatement ins(dest, insert);
        if (!ins.isValid())
            return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
        sqlite3_stmt *st = ins.get();
        qint64 rows = 0;
        QString failure;
        const QString what = whatTable(table, layout);
        const int ncols = int(cols.names.size());
        auto status = pg.copyOut(
            "COPY " + table.toUtf8() + '(' + cols.names.join(u',').toUtf8() + ") TO STDOUT",
            [&](const char *data, int size) {
                row.setRawData(data, size > 0 && data[size - 1] == '\n' ? size - 1 : size);
                row.detach(); // splitRow unescapes in place
                if (!PgText::splitRow(row, parts, nulls) || parts.size() != ncols) {
                    failure = tr("PostgreSQL sent a row of %1 that cannot be read.").arg(table);
                    return false;
                }
                for (int c = 0; c < ncols; ++c) {
                    const int bindAt = c + 1;
                    if (nulls[c]) {
                        sqlite3_bind_null(st, bindAt);
                        continue;
                    }
                    sqlite3_int64 v;
                    if (cols.kinds[c] == Kind::Integer && parseInt(parts[c].first, parts[c].second, &v))
                        sqlite3_bind_int64(st, bindAt, v);
                    else // NUMERIC: SQLite's affinity turns the text into the number an SQLite production would hold
                        sqlite3_bind_text(st, bindAt, parts[c].first, parts[c].second, SQLITE_STATIC);
                }
                if (sqlite3_step(st) != SQLITE_DONE) {
                    failure = tr("Cannot write the new generation file: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(dest.handle())));
                    sqlite3_reset(st);
                    return false;
                }
                sqlite3_reset(st);
                ++rows;
                if ((++done & 0x3fff) == 0) {
                    if (hooks.cancel && hooks.cancel->load()) {
                        failure = tr("Cancelled.");
                        return false;
                    }
                    if (hooks.progress)
                        hooks.progress(std::min(done, total), total);
                }
                return true;
            },
            what);
        if (!status) {
            if (!failure.isEmpty()) {
                const bool cancelled = hooks.cancel && hooks.cancel->load();
                return makeError(cancelled ? ErrorCode::Cancelled : ErrorCode::Io, u"%1: %2"_s.arg(what, failure));
            }
            return status.error();
        }
        copied.rows += rows;
        for (CopiedDb &db : layout.dbs) {
            if (Dialect::recordTable(db.id) == table)
                db.records = rows;
        }
    }
    for (const QString &sql : std::as_const(indexes)) {
        if (!selection.indexes && sql.contains(" ON rec_"_L1))
            continue;
        if (!dest.exec(sql.toUtf8()))
            return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
    }
    // The ID counters: a record written into the copy gets an ID that PostgreSQL never handed out.
    auto sequences = pg.query(sequencesQuery({"rw_db", "rw_field", "rw_setting", "rw_user"}), {}, reading);
    if (!sequences)
        return sequences.error();
    const QStringList made = copiedTables(layout);
    for (const QStringList &r : *sequences) {
        if (r.value(1).isNull() || !made.contains(r.value(0)))
            continue;
        const QByteArray name = r.value(0).toUtf8(), seq = r.value(1).toUtf8();
        if (!dest.exec("UPDATE sqlite_sequence SET seq = max(seq, " + seq + ") WHERE name = '" + name + "'") ||
            (sqlite3_changes(dest.handle()) == 0 &&
             !dest.exec("INSERT INTO sqlite_sequence(name, seq) VALUES ('" + name + "', " + seq + ")")))
            return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
    }
    if (!dest.exec("COMMIT"))
        return makeError(ErrorCode::Io, tr("Cannot write the new generation file: %1").arg(dest.errorString()));
    copied.dbs = layout.dbs;
    return copied;
}

Status sendRows(PgConn &pg, SqliteFile &src, const QByteArray &select, const QByteArray &copy, const QString &what,
                qint64 *rowsOut, qint64 *maxFirst)
{
    SqliteStatement sel(src, select);
    if (!sel.isValid())
        return makeError(ErrorCode::Corrupt, u"%1: %2"_s.arg(what, src.errorString()));
    qint64 rows = 0, maxKey = 0;
    int rc = SQLITE_ROW;
    const int ncols = sqlite3_column_count(sel.get());
    auto status = pg.copyIn(
        copy,
        [&]() {
            QByteArray chunk;
            while (rc == SQLITE_ROW && chunk.size() < (1 << 20) && (rc = sqlite3_step(sel.get())) == SQLITE_ROW) {
                for (int c = 0; c < ncols; ++c) {
                    if (c)
                        chunk += '\t';
                    switch (sqlite3_column_type(sel.get(), c)) {
                    case SQLITE_NULL:
                        chunk += "\\N";
                        break;
                    case SQLITE_INTEGER:
                        chunk += QByteArray::number(sqlite3_column_int64(sel.get(), c));
                        break;
                    case SQLITE_FLOAT:
                        chunk += QByteArray::number(sqlite3_column_double(sel.get(), c), 'g',
                                                    QLocale::FloatingPointShortest);
                        break;
                    default:
                        PgText::appendField(chunk, reinterpret_cast<const char *>(sqlite3_column_text(sel.get(), c)),
                                            sqlite3_column_bytes(sel.get(), c));
                    }
                }
                chunk += '\n';
                maxKey = std::max<qint64>(maxKey, sqlite3_column_int64(sel.get(), 0));
                ++rows;
            }
            return chunk;
        },
        what);
    if (!status)
        return status;
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Corrupt, u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(src.handle()))));
    if (rowsOut)
        *rowsOut = rows;
    if (maxFirst)
        *maxFirst = maxKey;
    return {};
}

namespace
{
// Creates `layout`'s tables in PostgreSQL (in the transaction `pg` holds) and fills them from `src`. Every ID
// sequence ends up past the highest of: the rows, `src`'s sqlite_sequence, and `floors` (table → a value).
Status load(PgConn &pg, SqliteFile &src, const QString &sqlitePath, Layout &layout,
            const QHash<QString, qint64> &floors, const QString &doing, Copied &copied)
{
    QStringList indexes;
    const QStringList statements = tableStatements(Engine::Postgres, layout, &indexes);
    for (const QString &sql : statements) {
        if (auto st = pg.exec(sql.toUtf8(), doing); !st)
            return st;
    }
    QHash<QString, qint64> sequences = floors; // and SQLite's AUTOINCREMENT high-water marks
    {
        bool seqOk = false;
        for (const QStringList &r : sqliteRows(src, "SELECT name, seq FROM sqlite_sequence", 2, &seqOk))
            sequences[r.value(0)] = std::max(sequences.value(r.value(0)), r.value(1).toLongLong());
    }
    for (const QString &table : copiedTables(layout)) {
        Columns cols;
        if (!sqliteColumns(src, table, &cols))
            return makeError(ErrorCode::Corrupt,
                             tr("Cannot read the table %1 of %2: %3").arg(table, sqlitePath, src.errorString()));
        const QByteArray list = cols.names.join(u',').toUtf8();
        qint64 rows = 0, maxKey = 0;
        if (auto st = sendRows(pg, src, "SELECT " + list + " FROM " + table.toUtf8(),
                               "COPY " + table.toUtf8() + '(' + list + ") FROM STDIN", whatTable(table, layout), &rows,
                               &maxKey);
            !st)
            return st;
        copied.rows += rows;
        for (CopiedDb &db : layout.dbs) {
            if (Dialect::recordTable(db.id) == table)
                db.records = rows;
        }
        // The identity sequence continues past every ID ever handed out, deleted ones included.
        const qint64 next = std::max(maxKey, sequences.value(table));
        if (table != "rw_meta"_L1 && table != "rw_login_throttle"_L1 && next > 0) {
            const QByteArray key = table.startsWith("rec_"_L1) ? "rid" : "id";
            if (auto st = pg.exec("SELECT setval(pg_get_serial_sequence('rewind." + table.toUtf8() + "', '" + key +
                                      "'), " + QByteArray::number(next) + ")",
                                  doing);
                !st)
                return st;
        }
    }
    for (const QString &sql : std::as_const(indexes)) {
        if (auto st = pg.exec(sql.toUtf8(), doing); !st)
            return st;
    }
    return pg.exec("ANALYZE", doing); // inside a transaction is fine; it feeds the planner's estimates
}

// Opens the SQLite workspace `sqlitePath` read-only in `src` and reads its layout (and its workspace's name).
Result<Layout> sqliteLayout(SqliteFile &src, const QString &sqlitePath, Copied &copied)
{
    if (!src.open(sqlitePath, SqliteFile::OpenMode::ReadOnly) || !src.exec("BEGIN"))
        return makeError(ErrorCode::Database, tr("Cannot read %1: %2").arg(sqlitePath, src.errorString()));
    bool ok = false;
    const auto dbs = sqliteRows(src, "SELECT id, name FROM rw_db ORDER BY position, id", 2, &ok);
    const auto fields =
        ok ? sqliteRows(src, "SELECT id, db_id, type FROM rw_field ORDER BY id", 3, &ok) : QList<QStringList>();
    if (!ok)
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is not a Rewind production workspace: %2").arg(sqlitePath, src.errorString()));
    src.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_id'", &copied.workspaceId);
    src.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_name'", &copied.workspaceName);
    return readLayout(dbs, fields);
}
} // namespace

Result<Copied> fromSqlite(const QString &sqlitePath, const PgTarget &target)
{
    SqliteFile src;
    Copied copied;
    auto layout = sqliteLayout(src, sqlitePath, copied);
    if (!layout)
        return layout.error();

    auto opened = PgConn::open(target, u"rewind-load"_s);
    if (!opened)
        return opened.error();
    PgConn &pg = **opened;
    const QString creating = tr("Creating the workspace in %1").arg(target.url());
    if (auto st = pg.exec("BEGIN", creating); !st)
        return st.error();
    auto existing = pg.scalar("SELECT to_regclass('rewind.rw_meta') IS NOT NULL", {}, creating);
    if (!existing)
        return existing.error();
    if (*existing == "t"_L1) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("The PostgreSQL database %1 already holds a Rewind workspace. Name an empty database.")
                             .arg(target.url()));
    }
    if (auto st = pg.exec("CREATE SCHEMA IF NOT EXISTS rewind", creating); !st)
        return st.error();
    if (auto st = load(pg, src, sqlitePath, *layout, {}, creating, copied); !st)
        return st.error();
    if (auto st = pg.exec("COMMIT", creating); !st)
        return st.error();
    copied.dbs = layout->dbs;
    return copied;
}

Result<Copied> moveProduction(const DataDir &dir, const QString &url, const QString &keepAs)
{
    auto target = PgTarget::parse(url);
    if (!target)
        return target.error();
    // No one writes the SQLite production while it is copied, and until the data dir names the database:
    // a change made meanwhile would stay behind in the file.
    SqliteFile writeLock;
    if (!writeLock.open(dir.productionPath(), SqliteFile::OpenMode::ReadWrite) || !writeLock.exec("BEGIN IMMEDIATE"))
        return makeError(
            ErrorCode::Busy,
            tr("Production is being changed right now (%1). Try again in a moment.").arg(writeLock.errorString()));
    auto moved = fromSqlite(dir.productionPath(), *target);
    if (!moved)
        return moved;
    QSaveFile file(dir.productionUrlPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(url.toUtf8() + '\n') < 0 || !file.commit())
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(dir.productionUrlPath()), file.errorString()));
    // From here on production is the database. The file goes aside (or away) under the same lock; its
    // connection then folds the -wal back into it as it closes.
    (void)writeLock.exec("ROLLBACK");
    (void)writeLock.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!keepAs.isEmpty()) {
        if (!QFile::rename(dir.productionPath(), keepAs))
            qWarning("Rewind: %s could not be renamed to %s; production is %s now", qPrintable(dir.productionPath()),
                     qPrintable(keepAs), qPrintable(target->url())); // production.url decides: the move stands
    } else {
        QFile::remove(dir.productionPath());
    }
    writeLock.close();
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(dir.productionPath() + QLatin1StringView(suffix));
    return moved;
}

Result<Copied> replaceFromSqlite(PgConn &pg, const QString &sqlitePath)
{
    SqliteFile src;
    Copied copied;
    auto layout = sqliteLayout(src, sqlitePath, copied);
    if (!layout)
        return layout.error();
    layout->users = false; // production's own users stay
    const QString replacing = tr("Bringing production back");
    // Every table to be replaced, with how far its ID sequence went: IDs handed out since stay used.
    auto tables = pg.query(sequencesQuery({"rw_meta", "rw_db", "rw_field", "rw_setting"}), {}, replacing);
    if (!tables)
        return tables.error();
    QHash<QString, qint64> floors;
    QByteArray drop;
    static const QRegularExpression recordTable(u"^rec_[0-9]+$"_s);
    for (const QStringList &r : *tables) {
        const QString name = r.value(0);
        // Only the workspace's own tables: a DBA's rec_archive or rec_12_backup is not ours to drop.
        if (name.startsWith("rec_"_L1) && !recordTable.match(name).hasMatch())
            continue;
        floors.insert(name, r.value(1).toLongLong());
        drop += (drop.isEmpty() ? "DROP TABLE " : ", ") + name.toUtf8();
    }
    if (!drop.isEmpty()) {
        if (auto st = pg.exec(drop, replacing); !st)
            return st.error();
    }
    // The user tables are created only if missing (IF NOT EXISTS); the workspace tables anew.
    if (auto st = load(pg, src, sqlitePath, *layout, floors, replacing, copied); !st)
        return st.error();
    copied.dbs = layout->dbs;
    return copied;
}

} // namespace Rewind::PgWorkspaceCopy
