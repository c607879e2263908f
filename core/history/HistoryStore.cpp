#include "HistoryStore.h"

#include "access/Access.h"
#include "util/Clock.h"

#include "sql/Connection.h"
#include "transfer/CsvWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
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
    if (!QFileInfo::exists(path())) // reading never creates the file
        return QList<HistoryEvent>();
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

Result<HistoryFilter> HistoryStore::readableBy(const Session &reader, HistoryFilter filter) const
{
    if (reader.scheduler)
        return makeError(ErrorCode::ReadOnly, tr("The schedule does not read the history."));
    // The reader as production says now: one read serves the right and the support staff's narrowing.
    auto now = UserStore(m_dir, Clock::system()).refresh(reader);
    if (!now)
        return now.error();
    if (!Access::allows(now.value(), Right::ReadHistory))
        return Access::require(m_dir, reader, Right::ReadHistory).error();
    if (now->role == Role::Support) {
        // Support staff read their own events only: any other user asked for matches nothing.
        if (!filter.user.isEmpty() && filter.user.compare(now->login, Qt::CaseInsensitive) != 0)
            filter.user = u"\x01"_s;
        else
            filter.user = now->login;
    }
    return filter;
}

Result<QList<HistoryEvent>> HistoryStore::events(const Session &reader, const HistoryFilter &filter) const
{
    auto allowed = readableBy(reader, filter);
    if (!allowed)
        return allowed.error();
    return events(allowed.value());
}

Result<QList<HistoryEvent>> HistoryStore::events(const HistoryFilter &filter) const
{
    if (!QFileInfo::exists(path())) // reading never creates the file
        return QList<HistoryEvent>();
    auto conn = openHistory(path());
    if (!conn)
        return conn.error();
    QStringList where;
    QVariantList binds;
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : filter.kinds) {
            marks.append(u"?"_s);
            binds.append(k);
        }
        where.append(u"kind IN (%1)"_s.arg(marks.join(u',')));
    }
    if (!filter.user.isEmpty()) {
        where.append(u"user = ? COLLATE NOCASE"_s);
        binds.append(filter.user);
    }
    if (filter.from.isValid()) {
        where.append(u"at >= ?"_s);
        binds.append(filter.from.startOfDay().toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where.append(u"at < ?"_s);
        binds.append(filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    QSqlQuery q(conn.value()->db());
    q.prepare(u"SELECT id, at, user, kind, description, details, hash FROM history"_s +
              (where.isEmpty() ? QString() : u" WHERE "_s + where.join(" AND "_L1)) + u" ORDER BY id"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Sql::error(q.lastError(), tr("Reading the history"));
    QList<HistoryEvent> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<std::optional<HistoryEvent>> HistoryStore::latest() const
{
    if (!QFileInfo::exists(path()))
        return std::optional<HistoryEvent>();
    auto last = events(1);
    if (!last)
        return last.error();
    if (last->isEmpty())
        return std::optional<HistoryEvent>();
    return std::optional<HistoryEvent>(last->constFirst());
}

Result<HistoryCheck> HistoryStore::check(const QList<HistoryAnchor> &anchors) const
{
    auto all = events();
    if (!all)
        return all.error();
    HistoryCheck out;
    out.events = all->size();
    QString previous;
    QHash<qint64, QString> hashes;
    for (const HistoryEvent &e : all.value()) {
        if (chainHash(previous, e) != e.hash) {
            out.brokenEventId = e.id;
            out.problem = tr("Event %1 (%2, %3) does not match the chain: it, or the event before it, was changed "
                             "or removed.")
                              .arg(e.id)
                              .arg(e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), kindName(e.kind));
            return out;
        }
        hashes.insert(e.id, e.hash);
        previous = e.hash;
    }
    // Removing the newest events leaves an intact chain; SQLite's AUTOINCREMENT counter still remembers them.
    if (QFileInfo::exists(path())) {
        auto conn = openHistory(path());
        if (!conn)
            return conn.error();
        QSqlQuery q(conn.value()->db());
        const qint64 last = all->isEmpty() ? 0 : all->constLast().id;
        if (q.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'history'"_s) && q.next() &&
            q.value(0).toLongLong() > last) {
            out.brokenEventId = last + 1;
            out.problem = tr("Events %1 to %2 were removed from the end of the history.")
                              .arg(last + 1)
                              .arg(q.value(0).toLongLong());
            return out;
        }
    }
    for (const HistoryAnchor &a : anchors) {
        if (a.eventId <= 0)
            continue;
        const auto it = hashes.constFind(a.eventId);
        if (it == hashes.cend()) {
            out.brokenEventId = a.eventId;
            out.problem = tr("Event %1, recorded by %2, is missing from the history.").arg(a.eventId).arg(a.where);
            return out;
        }
        if (*it != a.hash) {
            out.brokenEventId = a.eventId;
            out.problem = tr("Event %1 does not match the hash %2 recorded for it: the history was rewritten.")
                              .arg(a.eventId)
                              .arg(a.where);
            return out;
        }
    }
    return out;
}

Result<qint64> HistoryStore::exportCsv(const Session &reader, const HistoryFilter &filter, const QString &outPath) const
{
    auto list = events(reader, filter);
    if (!list)
        return list.error();
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), out.errorString()));
    CsvWriter writer(&out, CsvEncoding::Utf8Bom, true);
    writer.begin();
    for (const QString &h : {tr("Time"), tr("User"), tr("Kind"), tr("Description"), tr("Details")})
        writer.addCell(h);
    writer.endRow();
    for (const HistoryEvent &e : list.value()) {
        writer.addCell(e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        writer.addCell(e.user);
        writer.addCell(kindName(e.kind));
        writer.addCell(e.description);
        writer.addCell(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        writer.endRow();
    }
    if (!writer.flush() || !out.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), out.errorString()));
    return qint64(list->size());
}

Result<QStringList> HistoryStore::users(const Session &reader) const
{
    auto allowed = readableBy(reader, {});
    if (!allowed)
        return allowed.error();
    if (!allowed->user.isEmpty())
        return QStringList{allowed->user};
    if (!QFileInfo::exists(path()))
        return QStringList();
    auto conn = openHistory(path());
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    if (!q.exec(u"SELECT DISTINCT user FROM history ORDER BY user"_s))
        return Sql::error(q.lastError(), tr("Reading the history"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList HistoryStore::knownKinds()
{
    return {QString::fromLatin1(HistoryKind::GenerationRun),
            QString::fromLatin1(HistoryKind::GenerationFailed),
            QString::fromLatin1(HistoryKind::RunMissed),
            QString::fromLatin1(HistoryKind::ArchiveStarted),
            QString::fromLatin1(HistoryKind::ArchiveReady),
            QString::fromLatin1(HistoryKind::ArchiveFailed),
            QString::fromLatin1(HistoryKind::DownloadStarted),
            QString::fromLatin1(HistoryKind::ArchiveDeleted),
            QString::fromLatin1(HistoryKind::ArchiveExpired),
            QString::fromLatin1(HistoryKind::ScheduleSet),
            QString::fromLatin1(HistoryKind::ScheduleStopped),
            QString::fromLatin1(HistoryKind::PolicyChanged),
            u"csv-import"_s,
            u"undo"_s,
            u"template-load"_s,
            u"db-restore"_s,
            u"settings-reapply"_s,
            QString::fromLatin1(HistoryKind::DbCreatedFromFile),
            QString::fromLatin1(HistoryKind::RecordsDeletedAll),
            QString::fromLatin1(HistoryKind::RecordsRestored),
            QString::fromLatin1(HistoryKind::ChangeFailed),
            QString::fromLatin1(HistoryKind::ChangeInterrupted),
            QString::fromLatin1(HistoryKind::ProductionLocation),
            QString::fromLatin1(UserHistoryKind::Login),
            QString::fromLatin1(UserHistoryKind::LoginFailed),
            QString::fromLatin1(UserHistoryKind::UserCreated),
            QString::fromLatin1(UserHistoryKind::UserChanged),
            QString::fromLatin1(UserHistoryKind::PasswordChanged),
            QString::fromLatin1(UserHistoryKind::UserLocked),
            QString::fromLatin1(UserHistoryKind::UserUnlocked),
            QString::fromLatin1(UserHistoryKind::UserRemoved)};
}

QString HistoryStore::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QString::fromLatin1(HistoryKind::GenerationRun), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Generation run")},
        {QString::fromLatin1(HistoryKind::GenerationFailed),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Generation failed")},
        {QString::fromLatin1(HistoryKind::RunMissed), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Missed run")},
        {QString::fromLatin1(HistoryKind::ArchiveStarted), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Backup started")},
        {QString::fromLatin1(HistoryKind::ArchiveReady), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Archive ready")},
        {QString::fromLatin1(HistoryKind::ArchiveFailed), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Archive failed")},
        {QString::fromLatin1(HistoryKind::DownloadStarted),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Download started")},
        {QString::fromLatin1(HistoryKind::ArchiveDeleted),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Archive deleted")},
        {QString::fromLatin1(HistoryKind::ArchiveExpired),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Archive expired")},
        {QString::fromLatin1(HistoryKind::ScheduleSet), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Backup scheduled")},
        {QString::fromLatin1(HistoryKind::ScheduleStopped),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Schedule stopped")},
        {QString::fromLatin1(HistoryKind::PolicyChanged), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Policy changed")},
        {u"csv-import"_s, QT_TRANSLATE_NOOP("Rewind::HistoryStore", "CSV import")},
        {u"undo"_s, QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Undo")},
        {u"template-load"_s, QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Template load")},
        {u"db-restore"_s, QT_TRANSLATE_NOOP("Rewind::HistoryStore", "DB restore")},
        {u"settings-reapply"_s, QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Settings re-applied")},
        {QString::fromLatin1(HistoryKind::DbCreatedFromFile),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "DB created from a file")},
        {QString::fromLatin1(HistoryKind::RecordsDeletedAll),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "All records deleted")},
        {QString::fromLatin1(HistoryKind::RecordsRestored),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Records restored")},
        {QString::fromLatin1(HistoryKind::ChangeFailed), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Change failed")},
        {QString::fromLatin1(HistoryKind::ChangeInterrupted),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Change interrupted")},
        {QString::fromLatin1(HistoryKind::ProductionLocation),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Production connection changed")},
        {QString::fromLatin1(UserHistoryKind::Login), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Login")},
        {QString::fromLatin1(UserHistoryKind::LoginFailed), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Login failed")},
        {QString::fromLatin1(UserHistoryKind::UserCreated), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "User added")},
        {QString::fromLatin1(UserHistoryKind::UserChanged), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "User changed")},
        {QString::fromLatin1(UserHistoryKind::PasswordChanged),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "Password changed")},
        {QString::fromLatin1(UserHistoryKind::UserLocked), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "User locked")},
        {QString::fromLatin1(UserHistoryKind::UserUnlocked),
         QT_TRANSLATE_NOOP("Rewind::HistoryStore", "User unlocked")},
        {QString::fromLatin1(UserHistoryKind::UserRemoved), QT_TRANSLATE_NOOP("Rewind::HistoryStore", "User removed")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(*it);
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
