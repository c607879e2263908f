#include "GenerationStore.h"

#include "backup/ContentHash.h"
#include "sql/SqliteFile.h"
#include "util/Clock.h"
#include "workspace/Production.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QSqlQuery>

#include <csignal>
#include <sys/stat.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::GenerationStore", text);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

QString slotStateKey(SlotState state)
{
    switch (state) {
    case SlotState::Empty:
        return u"empty"_s;
    case SlotState::Writing:
        return u"writing"_s;
    case SlotState::Ready:
        return u"ready"_s;
    case SlotState::Damaged:
        return u"damaged"_s;
    }
    return {};
}

GenerationStore::GenerationStore(DataDir dir) : m_dir(std::move(dir))
{
}

ConnectionSpec GenerationStore::connectionSpec(Weekday slot) const
{
    return ConnectionSpec{m_dir.slotPath(slot), ConnectionSpec::Mode::Immutable};
}

bool GenerationStore::runInProgress() const
{
    QLockFile lock(m_dir.backupLockPath());
    qint64 pid = 0;
    QString host, app;
    return lock.getLockInfo(&pid, &host, &app) && processAlive(pid);
}

std::optional<Weekday> GenerationStore::slotBeingWritten() const
{
    QLockFile lock(m_dir.backupLockPath());
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || !processAlive(pid))
        return std::nullopt;
    QFile state(m_dir.root() + "/backup.state"_L1);
    if (!state.open(QIODevice::ReadOnly))
        return std::nullopt;
    return weekdayFromKey(QJsonDocument::fromJson(state.readAll()).object().value("slot"_L1).toString());
}

void GenerationStore::cleanLeftovers() const
{
    // Take the run lock while cleaning, so a run cannot start and lose its partial file meanwhile.
    QLockFile lock(m_dir.backupLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return;
    removePartialFiles();
}

void GenerationStore::recoverKilledRun(const Clock &clock) const
{
    // A live run removes its state when it ends, failed or not: one left behind was killed.
    QFile state(m_dir.root() + "/backup.state"_L1);
    if (state.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(state.readAll()).object();
        state.close();
        const auto slot = weekdayFromKey(o.value("slot"_L1).toString());
        const QDateTime started = QDateTime::fromString(o.value("startedAt"_L1).toString(), Qt::ISODateWithMs);
        const QString user = o.value("user"_L1).toString(u"?"_s);
        // Killed after it published the generation but before it recorded that: the run succeeded. The slot's
        // file is then the run's own, written after the state file (the previous one is older).
        const GenerationInfo published = slot ? info(*slot) : GenerationInfo{};
        const QDateTime stateWritten = QFileInfo(state).lastModified();
        if (slot && published.manifest && published.problem.isEmpty() && stateWritten.isValid() &&
            QFileInfo(published.path).lastModified() >= stateWritten) {
            auto recorded = HistoryStore(m_dir).append(
                clock.now(), user, QString::fromLatin1(HistoryKind::GenerationRun),
                tr("%1's generation was written and verified: %2 records, %3 MB (its run ended before it could "
                   "record this).")
                    .arg(weekdayName(*slot))
                    .arg(published.manifest->totalRecords())
                    .arg(double(published.sizeBytes) / 1e6, 0, 'f', 1),
                QJsonObject{{"slot"_L1, weekdayKey(*slot)},
                            {"durationMs"_L1, published.manifest->durationMs},
                            {"sizeBytes"_L1, published.sizeBytes},
                            {"records"_L1, published.manifest->totalRecords()},
                            {"recordedLate"_L1, true}});
            if (recorded)
                state.remove();
            removePartialFiles();
            return;
        }
        const QString reason = tr("The run (process %1, started %2) was interrupted before it finished.")
                                   .arg(o.value("pid"_L1).toInteger())
                                   .arg(started.isValid() ? QLocale().toString(started, QLocale::ShortFormat) : u"?"_s);
        auto recorded = HistoryStore(m_dir).append(
            clock.now(), user, QString::fromLatin1(HistoryKind::GenerationFailed),
            slot ? tr("The generation run for %1 failed: %2 The previous generation of %1 is unchanged.")
                       .arg(weekdayName(*slot), reason)
                 : reason,
            QJsonObject{{"slot"_L1, slot ? weekdayKey(*slot) : QString()},
                        {"reason"_L1, reason},
                        {"interrupted"_L1, true},
                        {"startedAt"_L1, o.value("startedAt"_L1).toString()}});
        if (recorded)
            state.remove();
    }
    removePartialFiles();
}

void GenerationStore::removePartialFiles() const
{
    const QDir dir(m_dir.generationsDir());
    // The copy of production starts out in WAL mode until it is converted: a run killed before that leaves
    // the partial file's -wal and -shm too.
    const QStringList leftovers =
        dir.entryList({u".*.partial"_s, u".*.partial-journal"_s, u".*.partial-wal"_s, u".*.partial-shm"_s},
                      QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        QFile::remove(dir.filePath(name));
}

GenerationInfo GenerationStore::info(Weekday slot) const
{
    GenerationInfo info;
    info.slot = slot;
    info.path = m_dir.slotPath(slot);
    const QFileInfo fi(info.path);
    const auto writing = slotBeingWritten();
    if (!fi.exists()) {
        info.state = writing == slot ? SlotState::Writing : SlotState::Empty;
        return info;
    }
    info.sizeBytes = fi.size();
    SqliteFile file;
    if (!file.open(info.path, SqliteFile::OpenMode::Immutable)) {
        info.state = SlotState::Damaged;
        info.problem = tr("Cannot open the file: %1").arg(file.errorString());
        return info;
    }
    auto manifest = Manifest::read(file);
    if (!manifest) {
        info.state = SlotState::Damaged;
        info.problem = manifest.error().message;
        return info;
    }
    const QString workspace = productionWorkspaceId();
    if (manifest->slot != slot) {
        info.state = SlotState::Damaged;
        info.problem =
            tr("The file in the %1 slot says it belongs to %2.").arg(weekdayName(slot), weekdayName(manifest->slot));
    } else if (!workspace.isEmpty() && manifest->workspaceId != workspace) {
        info.state = SlotState::Damaged;
        info.problem = tr("The file in the %1 slot is a generation of another workspace (\"%2\"), not of this "
                          "production.")
                           .arg(weekdayName(slot), manifest->workspaceName);
    } else {
        info.state = writing == slot ? SlotState::Writing : SlotState::Ready;
    }
    info.manifest = manifest.value();
    return info;
}

QList<GenerationInfo> GenerationStore::list() const
{
    QList<GenerationInfo> all;
    for (Weekday day : kAllWeekdays)
        all.append(info(day));
    return all;
}

QString GenerationStore::productionWorkspaceId() const
{
    if (!m_workspaceId) {
        QString id;
        SqliteFile production;
        if (m_dir.isPostgres()) {
            if (auto conn = ScopedConnection::open(Production::readOnly(m_dir), u"workspace-id"_s); conn) {
                QSqlQuery q(conn.value()->db());
                if (q.exec(u"SELECT value FROM rw_meta WHERE key = 'workspace_id'"_s) && q.next())
                    id = q.value(0).toString();
            }
        } else if (QFileInfo::exists(m_dir.productionPath()) &&
                   production.open(m_dir.productionPath(), SqliteFile::OpenMode::ReadOnly))
            (void)production.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_id'", &id);
        m_workspaceId = id;
    }
    return *m_workspaceId;
}

Result<VerifyReport> GenerationStore::verify(Weekday slot, bool full) const
{
    return check(slot, full ? Depth::Full : Depth::Quick);
}

Status GenerationStore::checkBeforeOpening(Weekday slot) const
{
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        quint64 inode = 0;
        QString workspace;
        QString problem;
    };
    static QMutex mutex;
    static QHash<QString, Seen> seen;
    const QString path = m_dir.slotPath(slot);
    const QFileInfo fi(path);
    struct stat st
    {
    };
    const quint64 inode = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
    const QString workspace = productionWorkspaceId();
    {
        QMutexLocker lock(&mutex);
        const auto it = seen.constFind(path);
        if (it != seen.cend() && it->size == fi.size() && it->modified == fi.lastModified() && it->inode == inode &&
            it->workspace == workspace)
            return it->problem.isEmpty() ? Status() : makeError(ErrorCode::Corrupt, it->problem);
    }
    auto report = check(slot, Depth::Pages);
    if (!report)
        return report.error();
    Seen now{fi.size(), fi.lastModified(), inode, workspace, QString()};
    if (!report->ok())
        now.problem = tr("The %1 generation is damaged: %2").arg(weekdayName(slot), report->problems.join(u" "_s));
    QMutexLocker lock(&mutex);
    seen.insert(path, now);
    return now.problem.isEmpty() ? Status() : makeError(ErrorCode::Corrupt, now.problem);
}

Result<VerifyReport> GenerationStore::check(Weekday slot, Depth depth) const
{
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    report.slot = slot;
    report.full = depth == Depth::Full;
    const bool full = depth == Depth::Full;
    const QString path = m_dir.slotPath(slot);
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound,
                         tr("The %1 slot is empty: no generation has been taken on a %1 yet.").arg(weekdayName(slot)));
    }
    SqliteFile file;
    if (!file.open(path, SqliteFile::OpenMode::Immutable)) {
        report.problems.append(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        report.elapsedMs = timer.elapsed();
        return report;
    }
    QString check;
    if (depth == Depth::Pages)
        ; // the checksums below read every record page; SQLite's own check is verify's
    else if (!file.queryText(full ? "PRAGMA integrity_check" : "PRAGMA quick_check", &check))
        report.problems.append(tr("The integrity check could not run: %1").arg(file.errorString()));
    else if (check != "ok"_L1)
        report.problems.append(tr("The integrity check failed: %1").arg(check));
    auto manifest = Manifest::read(file);
    if (!manifest) {
        report.problems.append(manifest.error().message);
        report.elapsedMs = timer.elapsed();
        return report;
    }
    if (manifest->slot != slot)
        report.problems.append(tr("The file says it belongs to the %1 slot.").arg(weekdayName(manifest->slot)));
    if (const QString workspace = productionWorkspaceId(); !workspace.isEmpty() && manifest->workspaceId != workspace)
        report.problems.append(tr("The file is a generation of another workspace (\"%1\"), not of this production.")
                                   .arg(manifest->workspaceName));
    QString catalogSum;
    if (!ContentHash::catalog(file, &catalogSum))
        report.problems.append(tr("The settings cannot be read: %1").arg(file.errorString()));
    else if (catalogSum != manifest->catalogChecksum)
        report.problems.append(tr("The settings do not match the checksum in the manifest."));
    QStringList tables;
    for (const auto &d : manifest->dbs)
        tables.append(d.table);
    QHash<QString, ContentHash::PageDigest> digests;
    QString digestError;
    if (!ContentHash::pageDigests(file, path, tables, &digests, &digestError)) {
        report.problems.append(tr("The records cannot be read: %1").arg(digestError));
    } else {
        for (const auto &d : manifest->dbs) {
            const auto &digest = digests.value(d.table);
            report.records += digest.rows;
            if (digest.rows != d.records)
                report.problems.append(
                    tr("\"%1\" has %2 records; the manifest says %3.").arg(d.name).arg(digest.rows).arg(d.records));
            else if (digest.checksum != d.checksum)
                report.problems.append(tr("The records of \"%1\" do not match their checksum.").arg(d.name));
        }
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

QList<HistoryAnchor> GenerationStore::historyAnchors() const
{
    QList<HistoryAnchor> anchors;
    for (const GenerationInfo &g : list()) {
        if (g.manifest && g.manifest->historyEventId > 0)
            anchors.append(HistoryAnchor{
                QCoreApplication::translate("Rewind::GenerationStore", "%1's generation").arg(weekdayName(g.slot)),
                g.manifest->historyEventId, g.manifest->historyHash});
    }
    return anchors;
}

} // namespace Rewind
