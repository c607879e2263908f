#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Rewind
{

/// A direct sqlite3 C-API handle, for the few places QtSql cannot reach: the online backup API,
/// content checksums over millions of rows, and integrity checks. QIODevice habit: open() returns
/// false and errorString() says why. Owned by one thread at a time.
class SqliteFile final
{
public:
    enum class OpenMode
    {
        ReadOnly,
        ReadWrite,
        Create,
        Immutable
    };

    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool open(const QString &path, OpenMode mode);
    /// Works on a connection someone else owns (a QtSql connection's handle, inside its transaction):
    /// close() lets go of it without closing it.
    void adopt(sqlite3 *handle);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString errorString() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    /// Runs SQL with no result rows.
    bool exec(const QByteArray &sql);
    /// Runs a query and returns the first column of the first row as text (empty on failure).
    bool queryText(const QByteArray &sql, QString *out);
    bool queryInt(const QByteArray &sql, qint64 *out);
    /// Records the last error of the handle with a context prefix.
    bool fail(const QString &context);

private:
    sqlite3 *m_db = nullptr;
    bool m_owned = true;
    QString m_error;
    int m_errorCode = 0;
};

/// A prepared statement, finalized on destruction.
class SqliteStatement final
{
public:
    SqliteStatement(SqliteFile &file, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Rewind
