#include "HistoryStore.h"

#include "sql/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    return QCoreApplication::translate("Rewind::HistoryStore", text);
}

QString chainHash(const QString &previous, const HistoryEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toUtf8());
    h.addData(QByteArrayView("\x1f"));
    h.addData(QByteArray::number(e.at.toMSecsSinceEpoch()));
    for (const QString &part : {e.user, e.kind, e.description}) {
        h.addData(QByteArrayView("\x1f"));
        h.addData(part.toUtf8());
    }
    h.addData(QByteArrayView("\x1f"));
    h.addData(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

Result<std::shared_ptr<ScopedConnection>> openHistory(const QString &path)
{
    auto conn = ScopedConnection::open(ConnectionSpec{path, ConnectionSpec::Mode::ReadWrite}, u"history"_s);
    if (!conn)
        return conn;
    if (auto st =
            Sql::exec(conn.value()->db(),
                      u"CREATE TABLE IF NOT EXISTS history(id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
                      "user TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL, details TEXT NOT NULL, "
                      "hash TEXT NOT NULL)"_s,
                      QCoreApplication::translate("Rewind::HistoryStore", "Opening the history"));
        !st)
        return st.error();
    return conn;
}

HistoryEvent fromQuery(const QSqlQuery &q)
{
    HistoryEvent e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    e.user = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.description = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.hash = q.value(6).toString();
    return e;
}
} // namespace

HistoryStore::HistoryStore(DataDir dir) : m_dir(std::move(dir))
{
}

QString HistoryStore::path() const
{
    return m_dir.root() + "/console.sqlite"_L1;
}

QString HistoryStore::currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"unknown"_s : user;
}

Result<HistoryEvent> HistoryStore::append(const QDateTime &at, const QString &user, const QString &kind,
                                          const QString &description, const QJsonObject &details)
{
    QString error;
    if (!m_dir.ensure(&error))
        return makeError(ErrorCode::Io, error);
    auto conn = openHistory(path());
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value()->db();
    // BEGIN IMMEDIATE: two processes appending at once must not both chain onto the same predecessor.
    if (auto st = Sql::exec(db, u"BEGIN IMMEDIATE"_s, tr("Writing the history")); !st)
        return st.error();
    QSqlQuery q(db);
    QString previous;
    if (q.exec(u"SELECT hash FROM history ORDER BY id DESC LIMIT 1"_s) && q.next())
        previous = q.value(0).toString();
    HistoryEvent e;
    e.at = at;
    e.user = user;
    e.kind = kind;
    e.description = description;
    e.details = details;
    e.hash = chainHash(previous, e);
    q.prepare(u"INSERT INTO history(at, user, kind, description, details, hash) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(user);
    q.addBindValue(kind);
    q.addBindValue(description);
    q.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.hash);
    if (!q.exec()) {
        Error err = Sql::error(q.lastError(), tr("Writing the history"));
        (void)Sql::exec(db, u"ROLLBACK"_s, {});
        return err;
    }
    e.id = q.lastInsertId().toLongLong();
    if (auto st = Sql::exec(db, u"COMMIT"_s, tr("Writing the history")); !st)
        return st.error();
    return e;
}

Result<QList<HistoryEvent>> HistoryStore::events(int limit) const
{
    auto conn = openHistory(path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    const QString sql = limit > 0
                            ? u"SELECT * FROM (SELECT id, at, user, kind, description, details, hash FROM history "
                              "ORDER BY id DESC LIMIT %1) ORDER BY id"_s.arg(limit)
                            : u"SELECT id, at, user, kind, description, details, hash FROM history ORDER BY id"_s;
    if (!q.exec(sql))
        return Sql::error(q.lastError(), tr("Reading the history"));
    QList<HistoryEvent> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<qint64> HistoryStore::firstBrokenEvent() const
{
    auto all = events();
    if (!all)
        return all.error();
    QString previous;
    for (const HistoryEvent &e : all.value()) {
        if (chainHash(previous, e) != e.hash)
            return e.id;
        previous = e.hash;
    }
    return qint64(0);
}

} // namespace Rewind
