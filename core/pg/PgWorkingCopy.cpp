#include "PgWorkingCopy.h"

#include "pg/PgConn.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PgWorkingCopy", text);
}
// A write that met someone else's change (a serialization failure, or a new ID taken meanwhile) says so.
Status conflictOr(const Status &st, const QString &doing)
{
    if (st.ok())
        return st;
    if (st.error().code == ErrorCode::Busy || st.error().detail.contains("23505"_L1))
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("Rewind::PgWorkingCopy",
                                                     "%1: someone else changed the same records in production "
                                                     "meanwhile, so nothing was written. Run it again.")
                             .arg(doing),
                         st.error().message);
    return st;
}
} // namespace

Result<std::unique_ptr<PgWorkingCopy>> PgWorkingCopy::open(const DataDir &dir, Mode mode,
                                                           const PgWorkspaceCopy::Selection &selection,
                                                           const PgWorkspaceCopy::Hooks &hooks)
{
    auto target = PgTarget::parse(dir.productionUrl());
    if (!target)
        return target.error();
    auto conn = PgConn::open(*target, mode == Mode::Write ? u"rewind-write"_s : u"rewind-read"_s, mode == Mode::Read);
    if (!conn)
        return conn.error();
    std::unique_ptr<PgWorkingCopy> copy(new PgWorkingCopy);
    copy->m_pg = std::move(conn).value();
    copy->m_mode = mode;
    // Shared with every other snapshot reader, exclusive for an undo that rebuilds the tables: taken before
    // the snapshot, so a copy never starts from an instant an undo is about to replace.
    if (auto st = PgWorkspaceCopy::holdReadersLock(*copy->m_pg); !st)
        return st.error();
    // One snapshot for the copy and, when writing, for the writes: a record changed by someone else since
    // then cannot be overwritten unseen (PostgreSQL refuses with a serialization failure).
    if (auto st = copy->m_pg->exec(mode == Mode::Write ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
                                                       : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                                   tr("Starting a transaction on production"));
        !st)
        return st.error();
    copy->m_open = true;
    if (auto st = copy->start(selection, hooks, dir); !st)
        return st.error();
    if (mode == Mode::Read) {
        // Everything is in the file: no lock held on production while the caller reads it.
        copy->m_open = false;
        if (auto st = copy->m_pg->exec("COMMIT", tr("Starting a transaction on production")); !st)
            return st.error();
        copy->m_pg.reset();
    }
    return copy;
}

Result<std::unique_ptr<PgWorkingCopy>> PgWorkingCopy::within(const DataDir &dir, const QSqlDatabase &db,
                                                             const PgWorkspaceCopy::Selection &selection)
{
    auto target = PgTarget::parse(dir.productionUrl());
    if (!target)
        return target.error();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return makeError(ErrorCode::Database, tr("Cannot use production: not a PostgreSQL connection."));
    std::unique_ptr<PgWorkingCopy> copy(new PgWorkingCopy);
    copy->m_pg = PgConn::adopt(*static_cast<PGconn *const *>(handle.constData()), *target);
    copy->m_mode = Mode::Write;
    copy->m_within = true;
    if (auto st = copy->m_pg->exec("SAVEPOINT rw_working_copy", tr("Starting a transaction on production")); !st)
        return st.error();
    copy->m_open = true;
    if (auto st = copy->start(selection, {}, dir); !st)
        return st.error();
    return copy;
}

Status PgWorkingCopy::start(const PgWorkspaceCopy::Selection &selection, const PgWorkspaceCopy::Hooks &hooks,
                            const DataDir &dir)
{
    // Beside the workspace, where there is room for a copy of it; hidden, and gone with this object.
    // Named after this process: the next start removes it if this process dies first (Recovery::atStart).
    m_scratch.setFileTemplate(dir.root() + "/.pg-copy-"_L1 + QString::number(QCoreApplication::applicationPid()) +
                              "-XXXXXX.sqlite"_L1);
    if (!m_scratch.open())
        return makeError(ErrorCode::Io, tr("Cannot create a scratch file in %1: %2")
                                            .arg(QDir::toNativeSeparators(dir.root()), m_scratch.errorString()));
    m_scratch.close(); // SQLite opens it itself; QTemporaryFile still removes it
    if (!m_file.open(m_scratch.fileName(), SqliteFile::OpenMode::ReadWrite) ||
        !m_file.exec("PRAGMA journal_mode=OFF") || !m_file.exec("PRAGMA synchronous=OFF"))
        return makeError(ErrorCode::Io, tr("Cannot create a scratch file in %1: %2")
                                            .arg(QDir::toNativeSeparators(dir.root()), m_file.errorString()));
    auto copied = PgWorkspaceCopy::copyInto(*m_pg, m_file, selection, hooks);
    if (!copied)
        return copied.error();
    m_copied = std::move(copied).value();
    if (m_mode == Mode::Read)
        return {};
    // What first happened to each record, one table per record table keyed by the record ID: 'i' inserted
    // (it was not in production), 'u' or 'd' (it was).
    for (const PgWorkspaceCopy::CopiedDb &db : std::as_const(m_copied.dbs)) {
        if (!selection.allDbs && !selection.dbIds.contains(db.id))
            continue;
        const QByteArray t = "rec_" + QByteArray::number(db.id);
        if (!m_file.exec("CREATE TEMP TABLE rw_touched_" + t + "(rid INTEGER PRIMARY KEY, op TEXT NOT NULL)"))
            return makeError(ErrorCode::Io, tr("Cannot prepare the scratch file: %1").arg(m_file.errorString()));
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            const bool deleting = qstrcmp(event, "DELETE") == 0;
            const QByteArray op = deleting ? "'d'" : qstrcmp(event, "INSERT") == 0 ? "'i'" : "'u'";
            if (!m_file.exec("CREATE TEMP TRIGGER " + t + '_' + QByteArray(event).toLower() + " AFTER " + event +
                             " ON main." + t + " BEGIN INSERT OR IGNORE INTO rw_touched_" + t + " VALUES (" +
                             (deleting ? "old" : "new") + ".rid, " + op + "); END"))
                return makeError(ErrorCode::Io, tr("Cannot prepare the scratch file: %1").arg(m_file.errorString()));
        }
        m_tracked.append(QString::fromLatin1(t));
    }
    return {};
}

PgWorkingCopy::~PgWorkingCopy()
{
    rollback();
    m_file.close();
}

void PgWorkingCopy::rollback()
{
    if (!m_open || !m_pg)
        return;
    m_open = false;
    if (m_within)
        (void)m_pg->exec("ROLLBACK TO SAVEPOINT rw_working_copy; RELEASE SAVEPOINT rw_working_copy", {});
    else
        (void)m_pg->exec("ROLLBACK", {});
}

Status PgWorkingCopy::commit(const QString &doing, qint64 *sent)
{
    if (!m_open)
        return makeError(ErrorCode::Database, tr("%1: the transaction on production has already ended.").arg(doing));
    qint64 total = 0;
    for (const QString &table : std::as_const(m_tracked)) {
        const QByteArray t = table.toUtf8();
        qint64 count = 0;
        if (!m_file.queryInt("SELECT count(*) FROM rw_touched_" + t, &count))
            return makeError(ErrorCode::Io, u"%1: %2"_s.arg(doing, m_file.errorString()));
        if (count == 0)
            continue;
        QStringList columns;
        {
            SqliteStatement info(m_file, "PRAGMA main.table_info(" + t + ')');
            while (info.isValid() && sqlite3_step(info.get()) == SQLITE_ROW)
                columns.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 1))));
        }
        QByteArray list = columns.join(u", "_s).toUtf8(), updates;
        for (const QString &c : std::as_const(columns)) {
            if (c != "rid"_L1)
                updates += (updates.isEmpty() ? "" : ", ") + c.toUtf8() + " = EXCLUDED." + c.toUtf8();
        }
        // New records (not in production when the copy was taken) go straight in with COPY: their IDs are
        // new, and one taken meanwhile by someone else fails the commit (a unique key). Records that were
        // there go through a staging table and one INSERT … ON CONFLICT (rid) DO UPDATE; removed ones are
        // deleted.
        if (auto st =
                m_pg->exec("CREATE TEMP TABLE rw_in (LIKE " + t + "); CREATE TEMP TABLE rw_gone (rid BIGINT)", doing);
            !st)
            return st;
        const QByteArray touched = "SELECT rid FROM rw_touched_" + t + " WHERE op ";
        qint64 added = 0, changed = 0, gone = 0, maxNew = 0;
        if (auto st = PgWorkspaceCopy::sendRows(*m_pg, m_file,
                                                "SELECT " + list + " FROM main." + t + " WHERE rid IN (" + touched +
                                                    "= 'i') ORDER BY rid",
                                                "COPY " + t + "(" + list + ") FROM STDIN", doing, &added, &maxNew);
            !st)
            return conflictOr(st, doing);
        if (auto st = PgWorkspaceCopy::sendRows(*m_pg, m_file,
                                                "SELECT " + list + " FROM main." + t + " WHERE rid IN (" + touched +
                                                    "<> 'i') ORDER BY rid",
                                                "COPY rw_in(" + list + ") FROM STDIN", doing, &changed);
            !st)
            return st;
        if (auto st = PgWorkspaceCopy::sendRows(*m_pg, m_file,
                                                touched + "<> 'i' AND rid NOT IN (SELECT rid FROM main." + t + ")",
                                                "COPY rw_gone(rid) FROM STDIN", doing, &gone);
            !st)
            return st;
        QByteArray apply;
        if (gone > 0)
            apply += "DELETE FROM " + t + " r USING rw_gone g WHERE r.rid = g.rid; ";

        if (added > 0) // new records took IDs past the sequence: it moves on past them
            apply += "SELECT setval(s, " + QByteArray::number(maxNew) +
                     ") FROM (SELECT pg_get_serial_sequence("
                     "'rewind." +
                     t + "', 'rid') AS s) x WHERE " + QByteArray::number(maxNew) +
                     " > coalesce(pg_sequence_last_value(s::regclass), 0); ";
        if (!apply.isEmpty()) {
            if (auto st = m_pg->exec(apply, doing); !st)
                return conflictOr(st, doing);
        }
        if (changed > 0) {
            // The records that were there: one upsert. A row it inserts rather than updates was deleted by
            // someone else meanwhile: that is a conflict, not something to bring back.
            auto fresh = m_pg->scalar("WITH w AS (INSERT INTO " + t + " (" + list + ") SELECT " + list +
                                          " FROM rw_in ON CONFLICT (rid) DO " +
                                          (updates.isEmpty() ? QByteArray("NOTHING") : "UPDATE SET " + updates) +
                                          " RETURNING xmax = 0 AS inserted) SELECT count(*) FILTER (WHERE inserted) "
                                          "FROM w",
                                      {}, doing);
            if (!fresh)
                return conflictOr(Status(fresh.error()), doing);
            if (fresh->toLongLong() > 0)
                return conflictOr(makeError(ErrorCode::Busy, u"deleted meanwhile"_s), doing);
        }
        if (auto st = m_pg->exec("DROP TABLE rw_in, rw_gone", doing); !st)
            return st;
        total += added + changed + gone;
    }
    if (auto st = m_pg->exec(m_within ? "RELEASE SAVEPOINT rw_working_copy" : "COMMIT", doing); !st) {
        m_open = false;
        if (!m_within)
            (void)m_pg->exec("ROLLBACK", {});
        return st;
    }
    m_open = false;
    if (sent)
        *sent = total;
    return {};
}

} // namespace Rewind
