#include "RestorePointStore.h"

#include "backup/BackupWindow.h"
#include "sql/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RestorePointStore", text);
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

Result<RestorePoint> RestorePointStore::create(const QString &reason, const QDateTime &at)
{
    if (!QDir().mkpath(folder()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder())));
    RestorePoint rp;
    rp.at = at;
    rp.reason = reason;
    rp.id = at.toString(u"yyyyMMdd-HHmmss-zzz"_s);
    rp.path = folder() + u'/' + rp.id + ".sqlite"_L1;
    for (int n = 1; QFileInfo::exists(rp.path); ++n) {
        rp.id = at.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u'-' + QString::number(n);
        rp.path = folder() + u'/' + rp.id + ".sqlite"_L1;
    }
    const QString partial = rp.path + ".partial"_L1;
    {
        SqliteFile src, dest;
        QString error;
        if (!src.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadWrite))
            return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(src.errorString()));
        if (!dest.open(partial, SqliteFile::OpenMode::Create) || !dest.exec("PRAGMA journal_mode=OFF") ||
            !dest.exec("PRAGMA synchronous=OFF"))
            return makeError(ErrorCode::Io, tr("Cannot create the restore point: %1").arg(dest.errorString()));
        if (!copyDatabase(src, dest, &error)) {
            dest.close();
            QFile::remove(partial);
            return makeError(ErrorCode::Io, tr("Cannot copy production into a restore point: %1").arg(error));
        }
        // A plain rollback-journal file, so it opens read-only anywhere without -wal/-shm files.
        if (!dest.exec("PRAGMA journal_mode=DELETE"))
            return makeError(ErrorCode::Io, tr("Cannot create the restore point: %1").arg(dest.errorString()));
    }
    {
        QFile info(rp.path.chopped(7) + ".json"_L1);
        if (info.open(QIODevice::WriteOnly))
            info.write(
                QJsonDocument(QJsonObject{{"reason"_L1, reason}, {"at"_L1, at.toString(Qt::ISODateWithMs)}}).toJson());
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(rp.path).constData()) != 0)
        return makeError(ErrorCode::Io, tr("Cannot save the restore point %1.").arg(QDir::toNativeSeparators(rp.path)));
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
        if (info.open(QIODevice::ReadOnly))
            rp.reason = QJsonDocument::fromJson(info.readAll()).object().value("reason"_L1).toString();
        out.append(rp);
    }
    return out;
}

Status RestorePointStore::restore(const QString &id)
{
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Undoing a change")); !st)
        return st;
    const QString path = folder() + u'/' + id + ".sqlite"_L1;
    if (id.contains(u'/') || !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no restore point \"%1\". It may have been removed: only the newest %2 are kept.")
                             .arg(id)
                             .arg(kKeep));
    SqliteFile src, dest;
    QString error;
    if (!src.open(path, SqliteFile::OpenMode::ReadOnly))
        return makeError(ErrorCode::Database, tr("Cannot open the restore point: %1").arg(src.errorString()));
    if (!dest.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadWrite))
        return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(dest.errorString()));
    // The copy replaces every page of production in one transaction: readers see before or after.
    if (!copyDatabase(src, dest, &error))
        return makeError(ErrorCode::Database,
                         tr("Production could not be brought back: %1. It is unchanged.").arg(error));
    return {};
}

} // namespace Rewind
