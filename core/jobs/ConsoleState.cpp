#include "ConsoleState.h"

#include "sql/Connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::ConsoleState", text);
}

Result<std::shared_ptr<ScopedConnection>> openState(const DataDir &dir, const QString &path)
{
    QString error;
    if (!dir.ensure(&error))
        return makeError(ErrorCode::Io, error);
    auto conn = ScopedConnection::open(ConnectionSpec{path, ConnectionSpec::Mode::ReadWrite}, u"console-state"_s);
    if (!conn)
        return conn;
    for (const QString &sql :
         {u"CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
          u"CREATE TABLE IF NOT EXISTS jobs(job TEXT PRIMARY KEY, last_run INTEGER, last_attempt INTEGER, "
          "last_result TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '{}')"_s}) {
        if (auto st = Sql::exec(conn.value()->db(), sql,
                                QCoreApplication::translate("Rewind::ConsoleState", "Opening the console state"));
            !st)
            return st.error();
    }
    return conn;
}

std::optional<QDateTime> timeOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

QVariant msOf(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

ConsoleState::ConsoleState(DataDir dir) : m_dir(std::move(dir))
{
}

QString ConsoleState::path() const
{
    return m_dir.root() + "/console.sqlite"_L1;
}

Result<QJsonObject> ConsoleState::setting(const QString &key) const
{
    auto conn = openState(m_dir, path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Sql::error(q.lastError(), tr("Reading setting \"%1\"").arg(key));
    if (!q.next())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Status ConsoleState::setSetting(const QString &key, const QJsonObject &value)
{
    auto conn = openState(m_dir, path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(
        u"INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return Sql::exec(q, tr("Saving setting \"%1\"").arg(key));
}

Status ConsoleState::removeSetting(const QString &key)
{
    auto conn = openState(m_dir, path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return Sql::exec(q, tr("Removing setting \"%1\"").arg(key));
}

Result<JobRecord> ConsoleState::job(const QString &name) const
{
    auto conn = openState(m_dir, path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(u"SELECT last_run, last_attempt, last_result, state FROM jobs WHERE job = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return Sql::error(q.lastError(), tr("Reading the state of job \"%1\"").arg(name));
    JobRecord r;
    r.job = name;
    if (q.next()) {
        r.lastRun = timeOf(q.value(0));
        r.lastAttempt = timeOf(q.value(1));
        r.lastResult = q.value(2).toString();
        r.state = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    }
    return r;
}

Status ConsoleState::setJob(const JobRecord &r)
{
    auto conn = openState(m_dir, path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(u"INSERT INTO jobs(job, last_run, last_attempt, last_result, state) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT(job) DO UPDATE SET last_run = excluded.last_run, last_attempt = excluded.last_attempt, "
              "last_result = excluded.last_result, state = excluded.state"_s);
    q.addBindValue(r.job);
    q.addBindValue(msOf(r.lastRun));
    q.addBindValue(msOf(r.lastAttempt));
    q.addBindValue(r.lastResult.isNull() ? QStringLiteral("") : r.lastResult); // a null QString binds as NULL
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.state).toJson(QJsonDocument::Compact)));
    return Sql::exec(q, tr("Saving the state of job \"%1\"").arg(r.job));
}

} // namespace Rewind
