#include "PgConn.h"

#include <QCoreApplication>

#include <cctype>

#include <libpq-fe.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PgConn", text);
}

QString trimmed(const char *message)
{
    return QString::fromUtf8(message).trimmed().replace(u'\n', u' ');
}

// Keeps a PGresult for the scope.
struct ResultGuard
{
    PGresult *r;
    ~ResultGuard() { PQclear(r); }
};

QString where(const PgTarget &t)
{
    QString s = t.host.isEmpty() ? tr("the local socket") : t.host;
    if (t.port > 0)
        s += u':' + QString::number(t.port);
    return s;
}
} // namespace

Error PgConn::connectError(const PgTarget &target, const QString &message)
{
    const QString db = target.dbname;
    const QString at = where(target);
    ErrorCode code = ErrorCode::Database;
    QString text;
    if (message.contains("no password supplied"_L1)) {
        text = tr("PostgreSQL at %1 asks for a password for user \"%2\", and none was found. Set PGPASSWORD, or add "
                  "a line for this server to ~/.pgpass.")
                   .arg(at, target.user);
        code = ErrorCode::ReadOnly;
    } else if (message.contains("password authentication failed"_L1) || message.contains("authentication failed"_L1)) {
        text = tr("PostgreSQL at %1 refused the password of user \"%2\". Check PGPASSWORD or ~/.pgpass.")
                   .arg(at, target.user);
        code = ErrorCode::ReadOnly;
    } else if (message.contains("database \""_L1) && message.contains("does not exist"_L1)) {
        text = tr("The database \"%1\" does not exist on the PostgreSQL server at %2. Create it (createdb %1), or "
                  "check the address.")
                   .arg(db, at);
        code = ErrorCode::NotFound;
    } else if (message.contains("role \""_L1) && message.contains("does not exist"_L1)) {
        text = tr("The PostgreSQL server at %1 has no user \"%2\".").arg(at, target.user);
        code = ErrorCode::ReadOnly;
    } else if (message.contains("permission denied"_L1) || message.contains("pg_hba.conf"_L1)) {
        text = tr("The PostgreSQL server at %1 does not let user \"%2\" connect to \"%3\". Ask its administrator for "
                  "the CONNECT privilege and a pg_hba.conf entry.")
                   .arg(at, target.user, db);
        code = ErrorCode::ReadOnly;
    } else if (message.contains("Connection refused"_L1) || message.contains("could not connect"_L1) ||
               message.contains("No such file or directory"_L1) || message.contains("timeout expired"_L1) ||
               message.contains("could not translate host name"_L1) || message.contains("Network is unreachable"_L1) ||
               message.contains("the database system is"_L1)) {
        text = tr("Cannot reach the PostgreSQL server at %1: it is not running or not reachable from here. Check that "
                  "it runs and that the address is right.")
                   .arg(at);
        code = ErrorCode::Io;
    } else {
        text = tr("Cannot connect to the PostgreSQL database \"%1\" at %2.").arg(db, at);
    }
    return makeError(code, text + u' ' + tr("(The server said: %1)").arg(message), message);
}

Result<std::unique_ptr<PgConn>> PgConn::open(const PgTarget &target, const QString &applicationName, bool readOnly)
{
    PGconn *conn = PQconnectdb(target.conninfo(applicationName, readOnly).constData());
    if (!conn)
        return makeError(ErrorCode::Io, tr("Cannot connect to PostgreSQL: out of memory."));
    if (PQstatus(conn) != CONNECTION_OK) {
        QString message = trimmed(PQerrorMessage(conn));
        if (PQconnectionNeedsPassword(conn) && !message.contains("no password supplied"_L1))
            message += " (no password supplied)"_L1;
        PQfinish(conn);
        return connectError(target, message);
    }
    return std::unique_ptr<PgConn>(new PgConn(conn, target));
}

std::unique_ptr<PgConn> PgConn::adopt(PGconn *conn, const PgTarget &target)
{
    return std::unique_ptr<PgConn>(new PgConn(conn, target, false));
}

PgConn::~PgConn()
{
    if (m_conn && m_owned && !m_onClose.isEmpty() && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, m_onClose.constData()));
    if (m_conn && m_owned)
        PQfinish(m_conn);
}

int PgConn::backendPid() const
{
    return PQbackendPID(m_conn);
}

Error PgConn::error(PGresult *result, const QString &whatFailed) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlstate = state ? QString::fromLatin1(state) : QString();
    QString message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (message.isEmpty())
        message = trimmed(PQerrorMessage(m_conn));
    if (message.startsWith("ERROR:"_L1))
        message = message.mid(6).trimmed();
    ErrorCode code = ErrorCode::Database;
    if (PQstatus(m_conn) == CONNECTION_BAD || sqlstate.startsWith("08"_L1) || sqlstate == "57P01"_L1) {
        return makeError(ErrorCode::Io,
                         tr("%1: the connection to the PostgreSQL server at %2 was lost (%3).")
                             .arg(whatFailed, where(m_target), message),
                         sqlstate);
    }
    if (sqlstate == "42501"_L1 || sqlstate == "25006"_L1)
        code = ErrorCode::ReadOnly;
    else if (sqlstate == "40001"_L1 || sqlstate == "40P01"_L1 || sqlstate == "55P03"_L1)
        code = ErrorCode::Busy;
    else if (sqlstate == "57014"_L1)
        code = ErrorCode::Cancelled;
    return makeError(code, u"%1: %2"_s.arg(whatFailed, message), u"SQLSTATE %1"_s.arg(sqlstate));
}

Status PgConn::exec(const QByteArray &sql, const QString &whatFailed)
{
    ResultGuard r{PQexec(m_conn, sql.constData())};
    const ExecStatusType st = PQresultStatus(r.r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return error(r.r, whatFailed);
    return {};
}

Result<QList<QStringList>> PgConn::query(const QByteArray &sql, const QList<QByteArray> &params,
                                         const QString &whatFailed)
{
    QList<const char *> values;
    for (const QByteArray &p : params)
        values.append(p.isNull() ? nullptr : p.constData());
    ResultGuard r{
        PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0)};
    if (PQresultStatus(r.r) != PGRES_TUPLES_OK && PQresultStatus(r.r) != PGRES_COMMAND_OK)
        return error(r.r, whatFailed);
    QList<QStringList> rows;
    const int n = PQntuples(r.r), cols = PQnfields(r.r);
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        QStringList row;
        for (int c = 0; c < cols; ++c)
            row.append(PQgetisnull(r.r, i, c) ? QString() : QString::fromUtf8(PQgetvalue(r.r, i, c)));
        rows.append(row);
    }
    return rows;
}

Result<QString> PgConn::scalar(const QByteArray &sql, const QList<QByteArray> &params, const QString &whatFailed)
{
    auto rows = query(sql, params, whatFailed);
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().isEmpty())
        return QString();
    return rows->first().first();
}

Status PgConn::copyOut(const QByteArray &sql, const std::function<bool(const char *, int)> &row,
                       const QString &whatFailed)
{
    {
        ResultGuard r{PQexec(m_conn, sql.constData())};
        if (PQresultStatus(r.r) != PGRES_COPY_OUT)
            return error(r.r, whatFailed);
    }
    bool stopped = false;
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n > 0) {
            if (!stopped && !row(buffer, n))
                stopped = true; // keep draining: the connection must leave COPY state to be usable
            PQfreemem(buffer);
            if (stopped) {
                // Cancelling the query ends the copy quickly instead of reading the rest of the table.
                if (PGcancel *cancel = PQgetCancel(m_conn)) {
                    char err[256];
                    PQcancel(cancel, err, sizeof err);
                    PQfreeCancel(cancel);
                }
            }
            continue;
        }
        if (n == -1)
            break; // done: the final result follows
        return makeError(ErrorCode::Io, u"%1: %2"_s.arg(whatFailed, trimmed(PQerrorMessage(m_conn))));
    }
    Status status;
    while (PGresult *res = PQgetResult(m_conn)) {
        ResultGuard r{res};
        if (PQresultStatus(res) != PGRES_COMMAND_OK && status.ok())
            status = error(res, whatFailed);
    }
    if (stopped)
        return makeError(ErrorCode::Cancelled, whatFailed);
    if (PQstatus(m_conn) == CONNECTION_BAD && status.ok())
        return error(nullptr, whatFailed);
    return status;
}

Status PgConn::copyIn(const QByteArray &sql, const std::function<QByteArray()> &fill, const QString &whatFailed)
{
    {
        ResultGuard r{PQexec(m_conn, sql.constData())};
        if (PQresultStatus(r.r) != PGRES_COPY_IN)
            return error(r.r, whatFailed);
    }
    for (;;) {
        const QByteArray chunk = fill();
        if (chunk.isEmpty())
            break;
        if (PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1) {
            PQputCopyEnd(m_conn, "client failed");
            break;
        }
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return error(nullptr, whatFailed);
    Status status;
    while (PGresult *res = PQgetResult(m_conn)) {
        ResultGuard r{res};
        if (PQresultStatus(res) != PGRES_COMMAND_OK && status.ok())
            status = error(res, whatFailed);
    }
    return status;
}

namespace PgText
{

void appendField(QByteArray &row, const char *data, qsizetype size)
{
    if (!data) {
        row += "\\N";
        return;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            row += "\\\\";
            break;
        case '\t':
            row += "\\t";
            break;
        case '\n':
            row += "\\n";
            break;
        case '\r':
            row += "\\r";
            break;
        default:
            row += c;
        }
    }
}

bool splitRow(QByteArray &row, QList<std::pair<const char *, int>> &fields, QList<bool> &nulls)
{
    fields.clear();
    nulls.clear();
    char *p = row.data();
    char *const end = p + row.size();
    while (true) {
        char *start = p, *out = p;
        bool nullEscape = false;
        while (p < end && *p != '\t') {
            if (*p != '\\') {
                *out++ = *p++;
                continue;
            }
            if (++p == end)
                return false;
            const char c = *p++;
            switch (c) {
            case 'N':
                nullEscape = true; // \N is only ever a whole field
                break;
            case 't':
                *out++ = '\t';
                break;
            case 'n':
                *out++ = '\n';
                break;
            case 'r':
                *out++ = '\r';
                break;
            case 'b':
                *out++ = '\b';
                break;
            case 'f':
                *out++ = '\f';
                break;
            case 'v':
                *out++ = '\v';
                break;
            case 'x': {
                int v = 0, digits = 0;
                while (digits < 2 && p < end && std::isxdigit(static_cast<unsigned char>(*p))) {
                    const char h = *p++;
                    v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                    ++digits;
                }
                if (digits == 0)
                    return false;
                *out++ = char(v);
                break;
            }
            default:
                if (c >= '0' && c <= '7') {
                    int v = c - '0', digits = 1;
                    while (digits < 3 && p < end && *p >= '0' && *p <= '7') {
                        v = v * 8 + (*p++ - '0');
                        ++digits;
                    }
                    *out++ = char(v);
                } else {
                    *out++ = c; // \\ and any other escaped character stand for themselves
                }
            }
        }
        const bool isNull = nullEscape && p - start == 2;
        fields.append({start, isNull ? 0 : int(out - start)});
        nulls.append(isNull);
        if (p == end)
            return true;
        ++p; // the tab
    }
}

} // namespace PgText
} // namespace Rewind
