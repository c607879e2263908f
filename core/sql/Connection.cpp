#include "Connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QUrl>

#include "pg/PgConn.h"
#include "pg/PgTarget.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString uriFor(const QString &path)
{
    // SQLite URIs need the path percent-encoded ('?' and '#' in folder names would cut it short).
    return "file:"_L1 + QString::fromUtf8(QUrl::toPercentEncoding(QDir::cleanPath(path), "/"));
}

PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the handle's type after libpq's struct ("pg_conn*"); older docs say "PGconn*".
    const bool pg =
        handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    return pg ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

Status openPostgres(QSqlDatabase &db, const ConnectionSpec &spec, const QString &purpose)
{
    auto target = PgTarget::parse(spec.pgUrl);
    if (!target)
        return target.error();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("Rewind::Sql",
                                                     "Qt's PostgreSQL driver is not installed (Debian package "
                                                     "libqt6sql6-psql), so production at %1 cannot be opened.")
                             .arg(spec.pgUrl));
    }
    // QPSQL passes its connect options to libpq as they are (';' becomes ' '), so the whole conninfo goes there
    // and libpq finds the password where it always does: PGPASSWORD, ~/.pgpass.
    QString conninfo = QString::fromUtf8(
        target->conninfo(u"rewind-"_s + purpose.section(u'-', 0, 0), spec.mode != ConnectionSpec::Mode::ReadWrite));
    db.setConnectOptions(conninfo);
    if (!db.open()) {
        const QString message =
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        return PgConn::connectError(*target, message.trimmed());
    }
    return {};
}
} // namespace

QString ConnectionSpec::display() const
{
    return isPostgres() ? pgUrl : QDir::toNativeSeparators(path);
}

Result<std::shared_ptr<ScopedConnection>> ScopedConnection::open(const ConnectionSpec &spec, const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    const QString name = purpose + u'-' + QString::number(++counter);
    std::shared_ptr<ScopedConnection> conn(new ScopedConnection(name, spec));

    if (spec.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (auto st = openPostgres(db, spec, purpose); !st)
            return st.error();
        return conn;
    }

    if (spec.mode != ConnectionSpec::Mode::ReadWrite && !QFileInfo::exists(spec.path)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Rewind::Sql", "The database file %1 does not exist.")
                             .arg(QDir::toNativeSeparators(spec.path)));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    switch (spec.mode) {
    case ConnectionSpec::Mode::ReadWrite:
        db.setDatabaseName(spec.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        break;
    case ConnectionSpec::Mode::ReadOnly:
        db.setDatabaseName(spec.path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        break;
    case ConnectionSpec::Mode::Immutable:
        db.setDatabaseName(uriFor(spec.path) + "?mode=ro&immutable=1"_L1);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        break;
    }
    if (!db.open()) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Rewind::Sql", "Cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(spec.path), db.lastError().text()),
                         db.lastError().nativeErrorCode());
    }
    if (spec.mode == ConnectionSpec::Mode::ReadWrite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
            if (auto st = Sql::exec(db, QString::fromLatin1(pragma),
                                    QCoreApplication::translate("Rewind::Sql", "Setting up the production database"));
                !st)
                return st.error();
        }
    } else {
        // Belt and braces: even if a read-only flag were lost, this connection refuses every write.
        if (auto st = Sql::exec(db, u"PRAGMA query_only=1"_s,
                                QCoreApplication::translate("Rewind::Sql", "Opening read-only"));
            !st)
            return st.error();
    }
    return conn;
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScopedConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace Sql
{

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == "QPSQL"_L1;
}

QString returning(const QSqlDatabase &db, const char *column)
{
    return isPostgres(db) ? " RETURNING "_L1 + QLatin1StringView(column) : QString();
}

qint64 insertedId(QSqlQuery &query)
{
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

Error error(const QSqlError &e, const QString &whatFailed)
{
    const QString native = e.nativeErrorCode();
    ErrorCode code = ErrorCode::Database;
    // PostgreSQL's native code is the five-character SQLSTATE; SQLite's are numbers of at most four digits.
    if (native.size() == 5) {
        if (native == "42501"_L1 || native == "25006"_L1)
            code = ErrorCode::ReadOnly;
        else if (native.startsWith("40"_L1) || native == "55P03"_L1)
            code = ErrorCode::Busy;
        else if (native.startsWith("08"_L1) || native.startsWith("57P"_L1))
            code = ErrorCode::Io;
        return makeError(code, u"%1: %2"_s.arg(whatFailed, e.databaseText().trimmed()),
                         u"SQLSTATE %1; %2"_s.arg(native, e.text()));
    }
    // SQLite: 8 = SQLITE_READONLY, 5 = SQLITE_BUSY, 11 = SQLITE_CORRUPT, 26 = SQLITE_NOTADB.
    if (native == "8"_L1 || e.databaseText().contains("readonly"_L1) || e.databaseText().contains("read-only"_L1))
        code = ErrorCode::ReadOnly;
    else if (native == "5"_L1)
        code = ErrorCode::Busy;
    else if (native == "11"_L1 || native == "26"_L1)
        code = ErrorCode::Corrupt;
    return makeError(code, u"%1: %2"_s.arg(whatFailed, e.databaseText().isEmpty() ? e.text() : e.databaseText()),
                     u"native error %1; %2"_s.arg(native, e.text()));
}

Status exec(const QSqlDatabase &db, const QString &sql, const QString &whatFailed)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return error(q.lastError(), whatFailed);
    return {};
}

Status exec(QSqlQuery &query, const QString &whatFailed)
{
    if (!query.exec())
        return error(query.lastError(), whatFailed);
    return {};
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    static QAtomicInteger<quint64> counter;
    m_name = u"rw_tx_"_s + QString::number(++counter);
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_outermost) {
        q.exec(u"ROLLBACK"_s);
    } else {
        q.exec(u"ROLLBACK TO "_s + m_name);
        q.exec(u"RELEASE "_s + m_name);
    }
}

// The outermost transaction takes the write lock at once (BEGIN IMMEDIATE), so it waits for other
// writers up front instead of failing late with SQLITE_BUSY_SNAPSHOT; nested ones are savepoints, so
// a service can wrap several schema edits, each with its own Transaction, into one unit.
Status Transaction::begin()
{
    const QVariant handle = m_db.driver()->handle();
    if (PGconn *pg = pgHandle(m_db)) {
        m_outermost = PQtransactionStatus(pg) == PQTRANS_IDLE;
    } else {
        sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                           ? *static_cast<sqlite3 *const *>(handle.constData())
                           : nullptr;
        m_outermost = raw && sqlite3_get_autocommit(raw) != 0;
    }
    const QString begin = Sql::isPostgres(m_db) ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    const QString sql = m_outermost ? begin : u"SAVEPOINT "_s + m_name;
    if (auto st = exec(m_db, sql, QCoreApplication::translate("Rewind::Sql", "Starting a transaction")); !st)
        return st;
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    const QString sql = m_outermost ? u"COMMIT"_s : u"RELEASE "_s + m_name;
    if (auto st = exec(m_db, sql, QCoreApplication::translate("Rewind::Sql", "Committing the change")); !st)
        return st;
    m_open = false;
    return {};
}

} // namespace Sql
} // namespace Rewind
