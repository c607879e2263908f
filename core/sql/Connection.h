#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace Rewind
{

/// How to open a database, on any thread. Plain data: copy it to a worker and open there.
struct ConnectionSpec
{
    enum class Mode
    {
        ReadWrite, ///< production: WAL, busy timeout
        ReadOnly,  ///< a file other processes may write: SQLITE_OPEN_READONLY + query_only
        Immutable, ///< a published generation: mode=ro&immutable=1 + query_only; nothing can write it
    };
    QString path;
    Mode mode = Mode::ReadOnly;
    /// A PostgreSQL production: its postgresql:// address (PgTarget); `path` is then unused. ReadWrite and
    /// ReadOnly apply (a read-only session refuses writes); Immutable is for generation files only.
    QString pgUrl = {};

    bool isPostgres() const { return !pgUrl.isEmpty(); }
    /// The file's path or the address, for messages.
    QString display() const;
};

/// A named QSqlDatabase connection owned by the calling thread, removed when this object dies.
/// Create and destroy it on the same thread (QtSql connections are per thread).
class ScopedConnection final
{
public:
    /// Opens `spec` under a unique name built from `purpose`. Fails with a message naming the file.
    static Result<std::shared_ptr<ScopedConnection>> open(const ConnectionSpec &spec, const QString &purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase db() const;
    const ConnectionSpec &spec() const { return m_spec; }

private:
    ScopedConnection(QString name, ConnectionSpec spec) : m_name(std::move(name)), m_spec(std::move(spec)) {}
    QString m_name;
    ConnectionSpec m_spec;
};

namespace Sql
{

/// Whether `db` is a PostgreSQL connection (QPSQL), for the few statements whose text differs.
bool isPostgres(const QSqlDatabase &db);

/// " RETURNING <column>" where the engine needs it to hand back a new row's key (PostgreSQL), else empty:
/// append it to an INSERT whose key insertedId() then reads.
QString returning(const QSqlDatabase &db, const char *column = "id");
/// The key of the row a just-executed INSERT made: RETURNING's row on PostgreSQL, SQLite's last rowid.
qint64 insertedId(QSqlQuery &query);

/// Turns a QSqlError into an Error whose message says what was being done; the native code goes to detail.
Error error(const QSqlError &e, const QString &whatFailed);
/// Runs one statement; the error names the statement's purpose.
Status exec(const QSqlDatabase &db, const QString &sql, const QString &whatFailed);
/// exec() of a prepared query, with the same error wording.
Status exec(QSqlQuery &query, const QString &whatFailed);

/// RAII transaction: BEGIN IMMEDIATE (PostgreSQL: BEGIN) when outermost, a named SAVEPOINT when nested; rolls back
/// unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
    bool m_outermost = false;
};

} // namespace Sql
} // namespace Rewind
