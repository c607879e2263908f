#pragma once

#include "pg/PgWorkspaceCopy.h"
#include "sql/SqliteFile.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QTemporaryFile>

#include <memory>

namespace Rewind
{

class PgConn;

/// Part of a PostgreSQL production copied into a scratch SQLite file inside one PostgreSQL transaction, so
/// that the code written against SQLite production files (the CSV import pass, the exporter, the compare)
/// runs unchanged and locally, without a round trip per row.
///
/// In Write mode every insert, update and delete on a copied record table is tracked (temporary triggers),
/// and commit() sends exactly those records back in the same transaction: new and changed ones with one
/// `COPY` into a staging table and one `INSERT … ON CONFLICT (rid) DO UPDATE`, removed ones with one
/// `DELETE`. The transaction is REPEATABLE READ: a record someone else wrote in between makes the commit fail
/// ("changed by someone else"), it is never overwritten. Only record tables are sent back; the catalog is
/// read-only here. One thread; the scratch file is removed on destruction.
class PgWorkingCopy final
{
public:
    enum class Mode
    {
        Read,
        Write
    };

    /// Connects to the data dir's PostgreSQL production and copies `selection` from one snapshot.
    static Result<std::unique_ptr<PgWorkingCopy>> open(const DataDir &dir, Mode mode,
                                                       const PgWorkspaceCopy::Selection &selection,
                                                       const PgWorkspaceCopy::Hooks &hooks = {});
    /// Write mode inside the transaction QtSql connection `db` (QPSQL) holds, in a savepoint of it: sees what
    /// the caller wrote (a DB created just now) and commits with the caller.
    static Result<std::unique_ptr<PgWorkingCopy>> within(const DataDir &dir, const QSqlDatabase &db,
                                                         const PgWorkspaceCopy::Selection &selection);
    ~PgWorkingCopy();
    PgWorkingCopy(const PgWorkingCopy &) = delete;
    PgWorkingCopy &operator=(const PgWorkingCopy &) = delete;

    /// The copy: production's layout, the selected DBs' records.
    SqliteFile &file() { return m_file; }
    /// The scratch file, for a second connection to it (read-only, on this thread).
    QString path() const { return m_scratch.fileName(); }
    const PgWorkspaceCopy::Copied &copied() const { return m_copied; }
    /// Write mode: sends the tracked records back and commits (or releases the savepoint). *sent counts them.
    Status commit(const QString &doing, qint64 *sent = nullptr);
    /// Ends the PostgreSQL transaction (or savepoint) without writing; also what the destructor does.
    void rollback();

private:
    PgWorkingCopy() = default;
    Status start(const PgWorkspaceCopy::Selection &selection, const PgWorkspaceCopy::Hooks &hooks, const DataDir &dir);

    std::unique_ptr<PgConn> m_pg;
    QTemporaryFile m_scratch;
    SqliteFile m_file;
    PgWorkspaceCopy::Copied m_copied;
    QStringList m_tracked; ///< record tables whose writes are tracked
    Mode m_mode = Mode::Read;
    bool m_within = false;
    bool m_open = false; ///< the PostgreSQL transaction or savepoint is ours to end
};

} // namespace Rewind
