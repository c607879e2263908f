#pragma once

#include "pg/PgTarget.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace Rewind
{

/// A libpq connection of its own, for what QtSql cannot do on PostgreSQL: COPY in both directions and
/// snapshot export. One thread at a time; closed on destruction.
class PgConn final
{
public:
    /// Connects; the error says in words whether the server is down, the password wrong or missing, the
    /// database missing, or the user not allowed in (see PgConn::connectError()).
    static Result<std::unique_ptr<PgConn>> open(const PgTarget &target, const QString &applicationName,
                                                bool readOnly = false);
    /// Works on a connection someone else owns (QtSql's QPSQL handle, inside its transaction); not closed here.
    static std::unique_ptr<PgConn> adopt(pg_conn *conn, const PgTarget &target);
    ~PgConn();
    PgConn(const PgConn &) = delete;
    PgConn &operator=(const PgConn &) = delete;

    pg_conn *handle() const { return m_conn; }
    const PgTarget &target() const { return m_target; }
    /// A statement run just before the connection closes (a lock released at once, instead of whenever the
    /// server notices the connection is gone).
    void setOnClose(const QByteArray &sql) { m_onClose = sql; }
    /// The server process serving this connection (pg_backend_pid), for the tests that cut it.
    int backendPid() const;

    /// Runs statements that return no rows we need.
    Status exec(const QByteArray &sql, const QString &whatFailed);
    /// Runs a query with text parameters ($1 …) and returns its rows as text (NULL → a null QString).
    Result<QList<QStringList>> query(const QByteArray &sql, const QList<QByteArray> &params, const QString &whatFailed);
    /// The first column of the first row, or a null QString when there is no row.
    Result<QString> scalar(const QByteArray &sql, const QList<QByteArray> &params, const QString &whatFailed);

    /// `COPY … TO STDOUT`: calls `row` with each row's bytes (text format, with its newline) until the
    /// copy ends or `row` returns false (then the copy is abandoned and an error returned).
    Status copyOut(const QByteArray &sql, const std::function<bool(const char *data, int size)> &row,
                   const QString &whatFailed);
    /// `COPY … FROM STDIN`: `fill` is called for chunks until it returns an empty array; an error from
    /// the server (a bad row) ends it, naming the row where the server says.
    Status copyIn(const QByteArray &sql, const std::function<QByteArray()> &fill, const QString &whatFailed);

    /// Turns a failed result into an Error: SQLSTATE classes become ErrorCode (42501 → ReadOnly,
    /// 08xxx / a lost connection → Io …) and the message names what was being done.
    Error error(pg_result *result, const QString &whatFailed) const;
    /// Words a failed connection attempt for people.
    static Error connectError(const PgTarget &target, const QString &libpqMessage);

private:
    PgConn(pg_conn *conn, PgTarget target, bool owned = true)
        : m_conn(conn), m_target(std::move(target)), m_owned(owned)
    {
    }
    pg_conn *m_conn = nullptr;
    PgTarget m_target;
    bool m_owned = true;
    QByteArray m_onClose;
};

namespace PgText
{
/// Appends `value` to a COPY text-format row, escaped (\\, \t, \n, \r); a null QVariant-like `isNull` → \N.
void appendField(QByteArray &row, const char *data, qsizetype size);
/// Splits one COPY text-format row (without its newline) into fields, unescaping in place; a field that
/// is \N comes back with `null[i] == true`. Returns false on a malformed escape.
bool splitRow(QByteArray &row, QList<std::pair<const char *, int>> &fields, QList<bool> &nulls);
} // namespace PgText

} // namespace Rewind
