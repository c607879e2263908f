#include "GenerationStore.h"

#include "backup/ContentHash.h"
#include "sql/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <csignal>

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

void GenerationStore::removePartialFiles() const
{
    const QDir dir(m_dir.generationsDir());
    const QStringList leftovers = dir.entryList({u".*.partial"_s, u".*.partial-journal"_s}, QDir::Files | QDir::Hidden);
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
    if (manifest->slot != slot) {
        info.state = SlotState::Damaged;
        info.problem =
            tr("The file in the %1 slot says it belongs to %2.").arg(weekdayName(slot), weekdayName(manifest->slot));
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

Result<VerifyReport> GenerationStore::verify(Weekday slot, bool full) const
{
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    report.slot = slot;
    report.full = full;
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
    if (!file.queryText(full ? "PRAGMA integrity_check" : "PRAGMA quick_check", &check))
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
