#include "SqliteFile.h"

#include <QDir>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

SqliteFile::~SqliteFile()
{
    close();
}

bool SqliteFile::open(const QString &path, OpenMode mode)
{
    close();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    QByteArray name = QDir::cleanPath(path).toUtf8();
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        name = "file:" + QByteArray(name).toPercentEncoding("/") + "?mode=ro&immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path),
                                  QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_busy_timeout(m_db, 10000);
    return true;
}

void SqliteFile::adopt(sqlite3 *handle)
{
    close();
    m_db = handle;
    m_owned = false;
}

void SqliteFile::close()
{
    if (m_db && m_owned)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_owned = true;
}

bool SqliteFile::fail(const QString &context)
{
    m_errorCode = m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE;
    m_error = u"%1: %2"_s.arg(context, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"not open"_s);
    return false;
}

bool SqliteFile::exec(const QByteArray &sql)
{
    if (!m_db)
        return fail(QString::fromUtf8(sql));
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sql));
    return true;
}

bool SqliteFile::queryText(const QByteArray &sql, QString *out)
{
    SqliteStatement st(*this, sql);
    if (!st.isValid())
        return fail(QString::fromUtf8(sql));
    const int rc = sqlite3_step(st.get());
    if (rc == SQLITE_ROW) {
        *out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0)),
                                 sqlite3_column_bytes(st.get(), 0));
        return true;
    }
    if (rc == SQLITE_DONE) {
        out->clear();
        return true;
    }
    return fail(QString::fromUtf8(sql));
}

bool SqliteFile::queryInt(const QByteArray &sql, qint64 *out)
{
    SqliteStatement st(*this, sql);
    if (!st.isValid())
        return fail(QString::fromUtf8(sql));
    const int rc = sqlite3_step(st.get());
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st.get(), 0);
        return true;
    }
    return fail(QString::fromUtf8(sql));
}

SqliteStatement::SqliteStatement(SqliteFile &file, const QByteArray &sql)
{
    if (file.handle() &&
        sqlite3_prepare_v2(file.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

} // namespace Rewind
