#include "RestorePointStore.h"

#include "archive/ArchiveService.h"

#include "backup/BackupWindow.h"
#include "backup/ContentHash.h"
#include "pg/PgConn.h"
#include "pg/PgWorkingCopy.h"
#include "pg/PgWorkspaceCopy.h"
#include "sql/SqliteFile.h"
#include "util/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>
#include <xxhash.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RestorePointStore", text);
}

// XXH3-64 of a file's bytes, for checking a restore point is still what was written.
QString fileChecksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    QByteArray chunk;
    while (!(chunk = f.read(1 << 20)).isEmpty())
        XXH3_64bits_update(state, chunk.constData(), size_t(chunk.size()));
    const quint64 h = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return u"xxh3-64:%1"_s.arg(qulonglong(h), 16, 16, QLatin1Char('0'));
}

// Copies database `from` over `to` with one backup step, inside the source's read transaction.
bool copyDatabase(SqliteFile &from, SqliteFile &to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to.handle()));
        return false;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}
} // namespace

RestorePointStore::RestorePointStore(DataDir dir) : m_dir(std::move(dir))
{
}

QString RestorePointStore::folder() const
{
    return m_dir.root() + "/restore-points"_L1;
}

namespace
{
QString rightKey(Right right)
{
    switch (right) {
    case Right::EditRecords:
        return u"edit-records"_s;
    case Right::TransferCsv:
        return u"transfer-csv"_s;
    default:
        return u"manage-settings"_s;
    }
}

Right rightFromKey(const QString &key)
{
    if (key == "edit-records"_L1)
        return Right::EditRecords;
    if (key == "transfer-csv"_L1)
        return Right::TransferCsv;
    return Right::ManageSettings; // unknown or missing: the strictest
}

/// The tables that hold the users: an undo keeps production's current rows.
constexpr const char *kUserTables[] = {"rw_user", "rw_login_throttle"};

/// Replaces the user tables of `file` (a copy about to become production) with those of production.
bool carryUsersOver(SqliteFile &file, const QString &productionPath, QString *error)
{
    QString quoted = productionPath;
    quoted.replace(u'\'', u"''"_s);
    if (!file.exec("ATTACH DATABASE '" + quoted.toUtf8() + "' AS cur") || !file.exec("BEGIN")) {
        *error = file.errorString();
        return false;
    }
    for (const char *table : kUserTables) {
        const QByteArray t(table);
        QString create;
        if (!file.exec("DROP TABLE IF EXISTS main." + t) ||
            !file.queryText("SELECT coalesce((SELECT sql FROM cur.sqlite_master WHERE type = 'table' AND name = '" + t +
                                "'), '')",
                            &create)) {
            *error = file.errorString();
            (void)file.exec("ROLLBACK");
            return false;
        }
        if (create.isEmpty())
            continue; // production has no users table yet
        if (!file.exec(create.toUtf8()) || !file.exec("INSERT INTO main." + t + " SELECT * FROM cur." + t)) {
            *error = file.errorString();
            (void)file.exec("ROLLBACK");
            return false;
        }
    }
    // AUTOINCREMENT's counter too: a user ID number removed since must never be handed out again (a session
    // of the removed user would act as the newcomer). DROP TABLE took the row out of sqlite_sequence.
    if (!file.exec("DELETE FROM main.sqlite_sequence WHERE name IN ('rw_user', 'rw_login_throttle')") ||
        !file.exec("INSERT INTO main.sqlite_sequence(name, seq) SELECT name, seq FROM cur.sqlite_sequence "
                   "WHERE name IN ('rw_user', 'rw_login_throttle')")) {
        *error = file.errorString();
        (void)file.exec("ROLLBACK");
        return false;
    }
    // The tables' indexes (the one-primary-contact rule) come along too.
    QString indexes;
    if (!file.queryText("SELECT coalesce(group_concat(sql, ';'), '') FROM cur.sqlite_master WHERE type = 'index' "
                        "AND sql IS NOT NULL AND tbl_name IN ('rw_user', 'rw_login_throttle')",
                        &indexes) ||
        (!indexes.isEmpty() && !file.exec(indexes.toUtf8())) || !file.exec("COMMIT") ||
        !file.exec("DETACH DATABASE cur")) {
        *error = file.errorString();
        (void)file.exec("ROLLBACK");
        return false;
    }
    return true;
}
} // namespace

Result<RestorePoint> RestorePointStore::create(const QString &reason, const QDateTime &at, Right undoRight)
{
    if (!QDir().mkpath(folder()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder())));
    RestorePoint rp;
    rp.at = at;
    rp.reason = reason;
    rp.undoRight = undoRight;
    rp.id = at.toString(u"yyyyMMdd-HHmmss-zzz"_s);
    rp.path = folder() + u'/' + rp.id + ".sqlite"_L1;
    for (int n = 1; QFileInfo::exists(rp.path); ++n) {
        rp.id = at.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u'-' + QString::number(n);
        rp.path = folder() + u'/' + rp.id + ".sqlite"_L1;
    }
    // Hidden and named after this process: the next start removes it if this process dies before renaming it.
    const QString partial =
        folder() + "/."_L1 + rp.id + u'.' + QString::number(QCoreApplication::applicationPid()) + ".partial"_L1;
    if (m_dir.isPostgres()) {
        // The same kind of file: production copied from one snapshot, as a generation run takes it.
        SqliteFile dest;
        auto target = PgTarget::parse(m_dir.productionUrl());
        if (!target)
            return target.error();
        if (!dest.open(partial, SqliteFile::OpenMode::Create) || !dest.exec("PRAGMA journal_mode=OFF") ||
            !dest.exec("PRAGMA synchronous=OFF"))
            return makeError(ErrorCode::Io, tr("Cannot create the restore point: %1").arg(dest.errorString()));
        auto copied = PgWorkspaceCopy::toSqlite(*target, dest);
        if (!copied || !dest.exec("PRAGMA journal_mode=DELETE")) {
            const QString error = copied ? dest.errorString() : copied.error().message;
            dest.close();
            QFile::remove(partial);
            return makeError(copied ? ErrorCode::Io : copied.error().code,
                             tr("Cannot copy production into a restore point: %1").arg(error));
        }
    } else {
        SqliteFile src, dest;
        QString error;
        if (!src.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadWrite))
            return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(src.errorString()));
        if (!dest.open(partial, SqliteFile::OpenMode::Create) || !dest.exec("PRAGMA journal_mode=OFF") ||
            !dest.exec("PRAGMA synchronous=OFF"))
            return makeError(ErrorCode::Io, tr("Cannot create the restore point: %1").arg(dest.errorString()));
        // A plain rollback-journal file, so it opens read-only anywhere without -wal/-shm files.
        if (!copyDatabase(src, dest, &error) || !dest.exec("PRAGMA journal_mode=DELETE")) {
            if (error.isEmpty())
                error = dest.errorString();
            dest.close();
            QFile::remove(partial);
            return makeError(ErrorCode::Io, tr("Cannot copy production into a restore point: %1").arg(error));
        }
    }
    // Durable before it is named: a restore point that a power cut left empty must never be used.
    const QString checksum = fileChecksum(partial);
    if (checksum.isEmpty() || !FileSync::file(partial)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("Cannot save the restore point %1.").arg(QDir::toNativeSeparators(rp.path)));
    }
    {
        QSaveFile info(rp.path.chopped(7) + ".json"_L1);
        if (!info.open(QIODevice::WriteOnly) ||
            info.write(QJsonDocument(QJsonObject{{"reason"_L1, reason},
                                                 {"undoRight"_L1, rightKey(undoRight)},
                                                 {"at"_L1, at.toString(Qt::ISODateWithMs)},
                                                 {"checksum"_L1, checksum}})
                           .toJson()) < 0 ||
            !info.commit()) {
            QFile::remove(partial);
            return makeError(ErrorCode::Io,
                             tr("Cannot save the restore point %1.").arg(QDir::toNativeSeparators(rp.path)));
        }
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(rp.path).constData()) != 0 ||
        !FileSync::folder(folder())) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("Cannot save the restore point %1.").arg(QDir::toNativeSeparators(rp.path)));
    }
    rp.sizeBytes = QFileInfo(rp.path).size();
    // Keep the newest kKeep.
    auto all = list();
    if (all.ok()) {
        for (qsizetype i = 0; i + kKeep < all->size(); ++i) {
            QFile::remove(all->at(i).path);
            QFile::remove(all->at(i).path.chopped(7) + ".json"_L1);
        }
    }
    return rp;
}

Result<QList<RestorePoint>> RestorePointStore::list() const
{
    QList<RestorePoint> out;
    const QDir dir(folder());
    for (const QFileInfo &fi : dir.entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name)) {
        RestorePoint rp;
        rp.id = fi.completeBaseName();
        rp.path = fi.absoluteFilePath();
        rp.sizeBytes = fi.size();
        rp.at = QDateTime::fromString(rp.id.left(19), u"yyyyMMdd-HHmmss-zzz"_s);
        QFile info(rp.path.chopped(7) + ".json"_L1);
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
            rp.reason = o.value("reason"_L1).toString();
            rp.undoRight = rightFromKey(o.value("undoRight"_L1).toString());
        }
        out.append(rp);
    }
    return out;
}

Status RestorePointStore::restore(const QString &id, const Session &actor)
{
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Undoing a change")); !st)
        return st;
    const QString path = folder() + u'/' + id + ".sqlite"_L1;
    if (id.contains(u'/') || !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no restore point \"%1\". It may have been removed: only the newest %2 are kept.")
                             .arg(id)
                             .arg(kKeep));
    // Only a restore point that is exactly what was written may replace production.
    QFile info(path.chopped(7) + ".json"_L1);
    const QJsonObject meta =
        info.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(info.readAll()).object() : QJsonObject();
    Right undoRight = rightFromKey(meta.value("undoRight"_L1).toString());
    // The right of the change is enough only when that is all an undo brings back: a quick refusal first,
    // then (below) the settings made since are compared too.
    if (auto allowed = Access::require(m_dir, actor, undoRight); !allowed)
        return allowed;
    const QString expected = meta.value("checksum"_L1).toString();
    if (expected.isEmpty() || fileChecksum(path) != expected)
        return makeError(ErrorCode::Corrupt,
                         tr("Restore point \"%1\" is damaged (it does not match its checksum), so it is "
                            "not used. Production is unchanged.")
                             .arg(id));
    SqliteFile src, dest;
    QString error;
    QString check;
    qint64 dbs = 0;
    if (!src.open(path, SqliteFile::OpenMode::ReadOnly))
        return makeError(ErrorCode::Database, tr("Cannot open the restore point: %1").arg(src.errorString()));
    if (!src.queryText("PRAGMA quick_check", &check) || check != "ok"_L1 ||
        !src.queryInt("SELECT count(*) FROM rw_db", &dbs))
        return makeError(ErrorCode::Corrupt,
                         tr("Restore point \"%1\" is not a readable workspace, so it is not used. Production "
                            "is unchanged.")
                             .arg(id));
    // An undo replaces all of production: if DBs, fields or settings changed since the restore point was
    // taken (a template, a new DB …), going back would undo those too, which only the settings right may.
    if (undoRight != Right::ManageSettings) {
        SqliteFile now;
        std::unique_ptr<PgWorkingCopy> pgNow; // PostgreSQL: its catalog, copied
        if (m_dir.isPostgres()) {
            auto copied =
                PgWorkingCopy::open(m_dir, PgWorkingCopy::Mode::Read, PgWorkspaceCopy::Selection{false, {}, false});
            if (!copied)
                return copied.error();
            pgNow = std::move(copied).value();
        }
        QString then, current;
        if ((!pgNow && !now.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadOnly)) ||
            !ContentHash::catalog(src, &then) || !ContentHash::catalog(pgNow ? pgNow->file() : now, &current) ||
            then != current) {
            undoRight = Right::ManageSettings;
            if (auto allowed = Access::require(m_dir, actor, undoRight); !allowed) {
                return makeError(ErrorCode::ReadOnly,
                                 tr("%1 Going back to restore point %2 would also undo changes to DB settings made "
                                    "since.")
                                     .arg(allowed.error().message, id));
            }
        }
    }
    if (m_dir.isPostgres())
        return restorePostgres(id, path, undoRight);
    // What goes back is the restore point with production's current users, staged in a scratch copy so that
    // production still changes in one step.
    const QString staged =
        folder() + "/.undo-"_L1 + id + u'.' + QString::number(QCoreApplication::applicationPid()) + ".sqlite"_L1;
    QFile::remove(staged);
    const auto dropStaged = qScopeGuard([&staged] {
        QFile::remove(staged);
        QFile::remove(staged + "-journal"_L1);
    });
    SqliteFile scratch;
    if (!scratch.open(staged, SqliteFile::OpenMode::Create) || !copyDatabase(src, scratch, &error) ||
        !carryUsersOver(scratch, m_dir.productionPath(), &error))
        return makeError(ErrorCode::Io, tr("Production could not be brought back: %1. It is unchanged.")
                                            .arg(error.isEmpty() ? scratch.errorString() : error));
    // The undo itself can be undone: production as it is now becomes a restore point first (only now that
    // the undo can go ahead, so a failed one never pushes the oldest restore point out).
    auto before = create(tr("Before going back to restore point %1").arg(id), QDateTime::currentDateTime(), undoRight);
    if (!before)
        return before.error();
    if (!dest.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadWrite))
        return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(dest.errorString()));
    // The copy replaces every page of production in one transaction: readers see before or after.
    if (!copyDatabase(scratch, dest, &error))
        return makeError(ErrorCode::Database,
                         tr("Production could not be brought back: %1. It is unchanged.").arg(error));
    // Records came back with their old times: a scheduled incremental archive, which selects by time, would
    // miss them. The next scheduled run is full instead.
    ArchiveService::forgetScheduleState(m_dir);
    return {};
}

Status RestorePointStore::restorePostgres(const QString &id, const QString &path, Right undoRight)
{
    auto target = PgTarget::parse(m_dir.productionUrl());
    if (!target)
        return target.error();
    auto opened = PgConn::open(*target, u"rewind-undo"_s);
    if (!opened)
        return opened.error();
    PgConn &pg = **opened;
    // What goes back is a copy of the restore point: taking the "before" restore point next may remove the
    // oldest one, which may be this one.
    const QString staged =
        folder() + "/.undo-"_L1 + id + u'.' + QString::number(QCoreApplication::applicationPid()) + ".sqlite"_L1;
    QFile::remove(staged);
    const auto dropStaged = qScopeGuard([&staged] { QFile::remove(staged); });
    if (!QFile::copy(path, staged))
        return makeError(ErrorCode::Io,
                         tr("Production could not be brought back: %1. It is unchanged.")
                             .arg(tr("Cannot copy the restore point to %1").arg(QDir::toNativeSeparators(staged))));
    // The undo itself can be undone, as on SQLite.
    auto before = create(tr("Before going back to restore point %1").arg(id), QDateTime::currentDateTime(), undoRight);
    if (!before)
        return before.error();
    // One transaction: the workspace's tables are dropped and built again from the restore point, users
    // kept. Readers wait on the tables' locks for its few seconds and then see the whole result.
    const QString doing = tr("Going back to restore point %1").arg(id);
    if (auto st = pg.exec("BEGIN", doing); !st)
        return st;
    // No generation run may start meanwhile (its lock, held until COMMIT), and no copy of production may be
    // reading: one that took its snapshot before this commits would see the rebuilt tables empty.
    auto runFree = pg.scalar("SELECT pg_try_advisory_xact_lock(1381453380, 1)", {}, doing);
    if (!runFree)
        return runFree.error();
    if (*runFree != "t"_L1) {
        (void)pg.exec("ROLLBACK", {});
        return BackupWindow::refuseDuringRun(m_dir, tr("Undoing a change")).ok()
                   ? makeError(ErrorCode::Busy, tr("Undoing a change is not possible right now: a backup run is "
                                                   "starting. Try again in a moment."))
                   : BackupWindow::refuseDuringRun(m_dir, tr("Undoing a change"));
    }
    if (auto st = PgWorkspaceCopy::holdRebuildLock(pg); !st)
        return st;
    auto replaced = PgWorkspaceCopy::replaceFromSqlite(pg, staged);
    if (!replaced) {
        (void)pg.exec("ROLLBACK", {});
        return makeError(
            replaced.error().code,
            tr("Production could not be brought back: %1. It is unchanged.").arg(replaced.error().message));
    }
    if (auto st = pg.exec("COMMIT", doing); !st)
        return makeError(st.error().code,
                         tr("Production could not be brought back: %1. It is unchanged.").arg(st.error().message));
    ArchiveService::forgetScheduleState(m_dir);
    return {};
}

} // namespace Rewind
