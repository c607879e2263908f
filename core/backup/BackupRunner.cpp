#include "BackupRunner.h"

#include "access/Access.h"

#include "backup/BackupWindow.h"
#include "backup/ContentHash.h"
#include "backup/FaultPoint.h"
#include "history/HistoryStore.h"
#include "pg/PgConn.h"
#include "pg/PgWorkspaceCopy.h"
#include "sql/SqliteFile.h"
#include "util/Clock.h"
#include "util/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <cerrno>
#include <thread>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::BackupRunner", text);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error ioError(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::Io, message, detail);
}
} // namespace

BackupRunner::BackupRunner(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

void BackupRunner::report(int percent, const QString &stage) const
{
    if (m_progress)
        m_progress(percent, stage);
}

Result<GenerationInfo> BackupRunner::run()
{
    if (!m_dir.isPostgres() && !QFileInfo::exists(m_dir.productionPath())) {
        return makeError(ErrorCode::NotFound,
                         tr("There is no production workspace in %1. Create one with \"rewindctl demo\" or "
                            "\"rewindctl init\", or pass the right --data-dir.")
                             .arg(QDir::toNativeSeparators(m_dir.root())));
    }
    if (auto allowed = Access::require(m_dir, m_actor, Right::RunGenerations); !allowed)
        return allowed.error();
    QString dirError;
    if (!m_dir.ensure(&dirError))
        return ioError(dirError);

    QLockFile lock(m_dir.backupLockPath());
    lock.setStaleLockTime(0); // a lock whose process is gone is stale at once; live runs have no time limit
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Busy,
                         tr("Another backup run (process %1) is in progress. Wait for it to finish.").arg(pid));
    }
    // We hold the lock: a state or partial file left behind is a killed run's (recorded in the history).
    GenerationStore(m_dir).recoverKilledRun(m_clock);

    const QDateTime started = m_clock.now();
    const Weekday slot = weekdayOf(started.date());
    const QString statePath = m_dir.root() + "/backup.state"_L1;
    {
        QSaveFile state(statePath);
        if (state.open(QIODevice::WriteOnly)) {
            state.write(QJsonDocument(QJsonObject{{"slot"_L1, weekdayKey(slot)},
                                                  {"startedAt"_L1, started.toString(Qt::ISODateWithMs)},
                                                  {"user"_L1, m_actor.historyName()},
                                                  {"pid"_L1, qint64(QCoreApplication::applicationPid())}})
                            .toJson(QJsonDocument::Compact));
            state.commit();
        }
    }
    // The newest history event goes into the manifest: each generation anchors the chain independently.
    if (auto latest = HistoryStore(m_dir).latest(); latest && latest->has_value()) {
        m_historyEventId = latest.value()->id;
        m_historyHash = latest.value()->hash;
    }
    QElapsedTimer timer;
    timer.start();
    auto result = runLocked(slot);
    // The state file goes only once the outcome is in the history, and the lock only after that: a run killed
    // before recording is recorded by whoever takes the lock next (GenerationStore::recoverKilledRun).
    const QString actor = m_actor.historyName();
    if (!result.ok()) {
        QFile::remove(m_dir.partialPath(slot));
        QFile::remove(m_dir.partialPath(slot) + "-journal"_L1);
        const bool recorded =
            HistoryStore(m_dir)
                .append(m_clock.now(), actor, QString::fromLatin1(HistoryKind::GenerationFailed),
                        tr("The generation run for %1 failed: %2").arg(weekdayName(slot), result.error().message),
                        QJsonObject{{"slot"_L1, weekdayKey(slot)},
                                    {"reason"_L1, result.error().message},
                                    {"durationMs"_L1, timer.elapsed()},
                                    {"cancelled"_L1, result.error().code == ErrorCode::Cancelled}})
                .ok();
        if (recorded) // else the next start records it (a full disk)
            QFile::remove(statePath);
        return result.error();
    }
    GenerationInfo info = GenerationStore(m_dir).info(slot);
    if (info.state == SlotState::Writing)
        info.state = SlotState::Ready; // our own state file, still there until the history has the run
    const qint64 records = info.manifest ? info.manifest->totalRecords() : 0;
    const bool recorded = HistoryStore(m_dir)
                              .append(m_clock.now(), actor, QString::fromLatin1(HistoryKind::GenerationRun),
                                      tr("%1's generation was written and verified: %2 records, %3 MB in %4 s.")
                                          .arg(weekdayName(slot))
                                          .arg(records)
                                          .arg(double(info.sizeBytes) / 1e6, 0, 'f', 1)
                                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2),
                                      QJsonObject{{"slot"_L1, weekdayKey(slot)},
                                                  {"durationMs"_L1, timer.elapsed()},
                                                  {"sizeBytes"_L1, info.sizeBytes},
                                                  {"records"_L1, records}})
                              .ok();
    if (recorded) // else the next start records it (a full disk)
        QFile::remove(statePath);
    lock.unlock();
    return info;
}

Status BackupRunner::runLocked(Weekday slot)
{
    QElapsedTimer timer;
    timer.start();
    const QString partial = m_dir.partialPath(slot);
    const QString target = m_dir.slotPath(slot);
    const QString cancelledMessage =
        tr("The backup run was cancelled. The previous generation of %1 is unchanged.").arg(weekdayName(slot));

    report(0, tr("Copying production"));
    struct SourceDb
    {
        qint64 id;
        QString name;
        qint64 records = 0;
    };
    QList<SourceDb> sourceDbs;
    QString workspaceId, workspaceName;
    QDateTime takenAt;
    SqliteFile dest;
    // PostgreSQL: the run's lock lives in the database too, so consoles on other machines see it.
    std::unique_ptr<PgConn> dbLock;
    if (m_dir.isPostgres()) {
        auto target = PgTarget::parse(m_dir.productionUrl());
        if (!target)
            return target.error();
        auto locked = BackupWindow::lockPostgres(m_dir, slot, m_clock.now(), m_actor.historyName());
        if (!locked)
            return locked.error();
        dbLock = std::move(locked).value();
        QFile::remove(partial);
        if (!dest.open(partial, SqliteFile::OpenMode::Create))
            return ioError(tr("Cannot create the new generation file: %1").arg(dest.errorString()));
        if (!dest.exec("PRAGMA journal_mode=OFF") || !dest.exec("PRAGMA synchronous=OFF"))
            return ioError(tr("Cannot prepare the new generation file: %1").arg(dest.errorString()));
        PgWorkspaceCopy::Hooks hooks;
        hooks.cancel = m_cancel;
        hooks.progress = [this](qint64 done, qint64 total) {
            report(int(done * 40 / std::max<qint64>(1, total)), tr("Copying production"));
        };
        hooks.snapshotTaken = [this, &takenAt] {
            takenAt = m_clock.now();
        };
        auto copied = PgWorkspaceCopy::toSqlite(*target, dest, hooks);
        if (!copied) {
            if (copied.error().code == ErrorCode::Cancelled)
                return makeError(ErrorCode::Cancelled, cancelledMessage);
            return makeError(copied.error().code,
                             tr("Copying production from PostgreSQL failed: %1 The previous generation of %2 is kept.")
                                 .arg(copied.error().message, weekdayName(slot)),
                             copied.error().detail);
        }
        workspaceId = copied->workspaceId;
        workspaceName = copied->workspaceName;
        for (const auto &d : copied->dbs)
            sourceDbs.append({d.id, d.name, d.records});
    } else {
        SqliteFile src;
        if (!src.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadWrite))
            return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(src.errorString()));

        // One read transaction: the counts below and the page copy see the same instant.
        if (!src.exec("BEGIN"))
            return makeError(ErrorCode::Database, tr("Cannot start reading production: %1").arg(src.errorString()));
        {
            SqliteStatement st(src, "SELECT id, name FROM rw_db ORDER BY position, id");
            if (!st.isValid())
                return makeError(ErrorCode::Corrupt,
                                 tr("Production is not a Rewind workspace: %1").arg(src.errorString()));
            int rc;
            while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
                sourceDbs.append({sqlite3_column_int64(st.get(), 0),
                                  QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1)))});
            }
            // A DB list cut short by an error would publish a generation that skips DBs: stop instead.
            if (rc != SQLITE_DONE ||
                !src.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_id'", &workspaceId))
                return makeError(ErrorCode::Database, tr("Cannot read production's list of DBs: %1")
                                                          .arg(QString::fromUtf8(sqlite3_errmsg(src.handle()))));
            if (!src.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_name'", &workspaceName))
                return makeError(ErrorCode::Database,
                                 tr("Cannot read production's list of DBs: %1").arg(src.errorString()));
        }
        for (auto &d : sourceDbs) {
            if (!src.queryInt("SELECT count(*) FROM rec_" + QByteArray::number(d.id), &d.records))
                return makeError(ErrorCode::Database,
                                 tr("Cannot count the records of \"%1\": %2").arg(d.name, src.errorString()));
        }
        takenAt = m_clock.now();

        QFile::remove(partial);
        if (!dest.open(partial, SqliteFile::OpenMode::Create))
            return ioError(tr("Cannot create the new generation file: %1").arg(dest.errorString()));
        // The partial file is discarded if anything fails and fsynced explicitly before it is published,
        // so it needs no journal and no syncs of its own while it is written.
        if (!dest.exec("PRAGMA journal_mode=OFF") || !dest.exec("PRAGMA synchronous=OFF"))
            return ioError(tr("Cannot prepare the new generation file: %1").arg(dest.errorString()));
        {
            sqlite3_backup *backup = sqlite3_backup_init(dest.handle(), "main", src.handle(), "main");
            if (!backup)
                return ioError(
                    tr("Cannot start copying production: %1").arg(QString::fromUtf8(sqlite3_errmsg(dest.handle()))));
            // One step for the whole file: small steps restart whenever another process commits and may never finish.
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE) {
                return ioError(tr("Copying production failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))),
                               u"sqlite3_backup_step rc=%1"_s.arg(rc));
            }
        }
        src.exec("COMMIT");
        src.close();
    }
    qint64 mark = 0;
    QList<std::pair<QString, qint64>> stages;
    auto stage = [&stages, &timer, &mark](const char *name) {
        stages.append({QString::fromLatin1(name), timer.elapsed() - mark});
        mark = timer.elapsed();
    };
    stage("copy");
    if (FaultPoint::hit("copied"))
        return ioError(tr("Writing the new generation failed (injected fault after the copy)."));
    if (cancelled())
        return makeError(ErrorCode::Cancelled, cancelledMessage);

    report(40, tr("Verifying the copy"));
    // A generation is a plain rollback-journal file: readable with mode=ro&immutable=1 anywhere.
    if (!dest.exec("PRAGMA journal_mode=DELETE") || !dest.exec("PRAGMA synchronous=FULL") ||
        !dest.exec("PRAGMA mmap_size=1073741824"))
        return ioError(tr("Cannot finish the new generation file: %1").arg(dest.errorString()));
    stage("journal");
    if (FaultPoint::hit("converted"))
        return ioError(tr("Writing the new generation failed (injected fault after converting the journal)."));

    Manifest manifest;
    manifest.slot = slot;
    manifest.takenAt = takenAt;
    manifest.workspaceId = workspaceId;
    manifest.workspaceName = workspaceName;
    manifest.sourceEngine = m_dir.isPostgres() ? u"postgresql"_s : u"sqlite"_s;
    manifest.sourcePath = m_dir.productionDisplay();
    manifest.appVersion = QStringLiteral(REWIND_VERSION);

    // quick_check runs on the second core while this thread digests the pages.
    QString check, checkError;
    std::thread checker([&partial, &check, &checkError] {
        SqliteFile ro;
        if (!ro.open(partial, SqliteFile::OpenMode::ReadOnly) || !ro.exec("PRAGMA mmap_size=1073741824") ||
            !ro.queryText("PRAGMA quick_check", &check))
            checkError = ro.errorString();
    });
    QStringList tables;
    for (const auto &d : sourceDbs)
        tables.append(u"rec_"_s + QString::number(d.id));
    QHash<QString, ContentHash::PageDigest> digests;
    QString digestError;
    const bool digested = ContentHash::pageDigests(dest, partial, tables, &digests, &digestError);
    const bool catalogRead = ContentHash::catalog(dest, &manifest.catalogChecksum);
    checker.join();
    stage("verify");
    if (!digested)
        return makeError(ErrorCode::Corrupt, tr("The copy cannot be read back: %1").arg(digestError));
    if (!catalogRead)
        return makeError(ErrorCode::Corrupt, tr("The copied settings cannot be read back: %1").arg(dest.errorString()));
    if (!checkError.isEmpty() || check != "ok"_L1)
        return makeError(ErrorCode::Corrupt,
                         tr("The copy failed its integrity check: %1").arg(check.isEmpty() ? checkError : check));
    for (const auto &d : sourceDbs) {
        const auto &digest = digests.value(u"rec_"_s + QString::number(d.id));
        if (digest.rows != d.records) {
            return makeError(ErrorCode::Corrupt, tr("The copy of \"%1\" has %2 records, production had %3 at the same "
                                                    "instant. The previous generation is kept.")
                                                     .arg(d.name)
                                                     .arg(digest.rows)
                                                     .arg(d.records));
        }
        manifest.dbs.append(ManifestDb{d.id, d.name, u"rec_"_s + QString::number(d.id), d.records, digest.checksum});
    }
    report(80, tr("Verifying the copy"));
    if (FaultPoint::hit("verified"))
        return ioError(tr("Writing the new generation failed (injected fault after verification)."));
    if (cancelled())
        return makeError(ErrorCode::Cancelled, cancelledMessage);

    report(85, tr("Publishing the generation"));
    manifest.sizeBytes = QFileInfo(partial).size();
    manifest.durationMs = timer.elapsed();
    manifest.stagesMs = stages;
    manifest.historyEventId = m_historyEventId;
    manifest.historyHash = m_historyHash;
    if (auto st = manifest.write(dest); !st)
        return st.error();
    dest.close();
    stage("manifest");
    if (FaultPoint::hit("manifest"))
        return ioError(tr("Writing the new generation failed (injected fault after the manifest)."));
    if (!FileSync::file(partial))
        return ioError(tr("Cannot flush the new generation to disk: %1").arg(errnoText()));
    stage("fsync");
    if (FaultPoint::hit("synced"))
        return ioError(tr("Writing the new generation failed (injected fault before publishing)."));
    // The one step that replaces the previous generation: atomic on POSIX file systems.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return ioError(
            tr("Cannot publish the new generation as %1: %2").arg(QDir::toNativeSeparators(target), errnoText()));
    if (!FileSync::folder(m_dir.generationsDir()))
        return ioError(tr("Cannot flush the generations folder to disk: %1").arg(errnoText()));
    report(100, tr("Done"));
    return {};
}

} // namespace Rewind
