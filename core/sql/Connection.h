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

/// Turns a QSqlError into an Error whose message says what was being done; the native code goes to detail.
Error error(const QSqlError &e, const QString &whatFailed);
/// Runs one statement; the error names the statement's purpose.
Status exec(const QSqlDatabase &db, const QString &sql, const QString &whatFailed);
/// exec() of a prepared query, with the same error wording.
Status exec(QSqlQuery &query, const QString &whatFailed);

/// RAII transaction: BEGIN IMMEDIATE when outermost, a named SAVEPOINT when nested; rolls back unless commit()
/// succeeded.
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
