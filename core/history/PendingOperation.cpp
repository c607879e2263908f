#include "PendingOperation.h"

#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <functional>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PendingOperation", text);
}

/// Markers take this much room from the start, so that a failure can be written into one on a full disk.
constexpr qsizetype kMarkerSize = 2048;

QByteArray padded(const QJsonObject &o)
{
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (text.size() < kMarkerSize)
        text.append(kMarkerSize - text.size(), ' ');
    return text;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : u"?"_s;
}
} // namespace

PendingOperation::PendingOperation(DataDir dir, const Clock &clock, QString user, QString kind, QString what)
    : m_dir(std::move(dir)), m_clock(clock), m_user(std::move(user)), m_kind(std::move(kind)), m_what(std::move(what))
{
}

PendingOperation::~PendingOperation()
{
    if (m_open)
        failed(makeError(ErrorCode::Io, tr("It stopped without saying why.")));
}

QString PendingOperation::folder(const DataDir &dir)
{
    return dir.root() + "/pending"_L1;
}

Status PendingOperation::begin()
{
    static std::atomic<int> counter{0};
    m_startedAt = m_clock.now();
    m_id = u"%1-%2-%3"_s.arg(m_startedAt.toString(u"yyyyMMdd-HHmmss-zzz"_s))
               .arg(QCoreApplication::applicationPid())
               .arg(++counter);
    const QString path = folder(m_dir) + u'/' + m_id + ".json"_L1;
    QSaveFile marker(path);
    if (!QDir().mkpath(folder(m_dir)) || !marker.open(QIODevice::WriteOnly) ||
        marker.write(padded(QJsonObject{{"id"_L1, m_id},
                                        {"kind"_L1, m_kind},
                                        {"what"_L1, m_what},
                                        {"user"_L1, m_user},
                                        {"startedAt"_L1, m_startedAt.toString(Qt::ISODateWithMs)},
                                        {"pid"_L1, qint64(QCoreApplication::applicationPid())}})) < 0 ||
        !marker.commit()) {
        return makeError(ErrorCode::Io, tr("%1 did not start: cannot write to the data folder %2 (%3). Production is "
                                           "unchanged.")
                                            .arg(m_what, QDir::toNativeSeparators(m_dir.root()), marker.errorString()));
    }
    m_open = true;
    return {};
}

namespace
{
/// Whether the history holds the event of change `id` (its details name it as "operation").
bool recorded(const DataDir &dir, const QString &id)
{
    const auto recent = HistoryStore(dir).events(200);
    if (!recent)
        return false;
    return std::any_of(recent->begin(), recent->end(),
                       [&id](const HistoryEvent &e) { return e.details.value("operation"_L1).toString() == id; });
}

/// Rewrites a marker in place (it was given room for this at the start, so no new space is needed).
void rewriteMarker(const QString &path, const std::function<void(QJsonObject &, int attempt)> &change)
{
    QFile marker(path);
    if (!marker.open(QIODevice::ReadWrite))
        return;
    const QJsonObject original = QJsonDocument::fromJson(marker.readAll()).object();
    for (int attempt = 0; attempt < 8; ++attempt) {
        QJsonObject o = original;
        change(o, attempt);
        const QByteArray text = padded(o);
        if (text.size() <= kMarkerSize) {
            if (marker.seek(0))
                (void)marker.write(text);
            return;
        }
    }
}
} // namespace

void PendingOperation::succeeded()
{
    if (!m_open)
        return;
    m_open = false;
    const QString path = folder(m_dir) + u'/' + m_id + ".json"_L1;
    if (recorded(m_dir, m_id)) {
        QFile::remove(path);
        return;
    }
    // Done, but its event could not be written (a full disk): the next start records it.
    rewriteMarker(path, [](QJsonObject &o, int) { o.insert("done"_L1, true); });
}

void PendingOperation::failed(const Error &error)
{
    if (!m_open)
        return;
    m_open = false;
    auto recorded = HistoryStore(m_dir).append(m_clock.now(), m_user, QString::fromLatin1(HistoryKind::ChangeFailed),
                                               tr("%1 failed: %2").arg(m_what, error.message),
                                               QJsonObject{{"operation"_L1, m_kind},
                                                           {"id"_L1, m_id},
                                                           {"reason"_L1, error.message},
                                                           {"startedAt"_L1, m_startedAt.toString(Qt::ISODateWithMs)}});
    const QString path = folder(m_dir) + u'/' + m_id + ".json"_L1;
    if (recorded) {
        QFile::remove(path);
        return;
    }
    // A history that cannot be written (a full disk) keeps the marker, the reason written into the room it was
    // given at the start: the next start records the failure then.
    rewriteMarker(path, [&error](QJsonObject &o, int attempt) {
        o.insert("failed"_L1, error.message.left(error.message.size() >> attempt));
    });
}

int PendingOperation::recoverInterrupted(const DataDir &dir, const Clock &clock)
{
    const QDir markers(folder(dir));
    if (!markers.exists())
        return 0;
    const qint64 me = QCoreApplication::applicationPid();
    static const QRegularExpression claimedBy(u"\\.claimed-(\\d+)$"_s);
    int recorded = 0;
    for (const QString &name : markers.entryList({u"*.json"_s, u"*.json.claimed-*"_s}, QDir::Files)) {
        const auto claim = claimedBy.match(name);
        if (claim.hasMatch() && processAlive(claim.captured(1).toLongLong()))
            continue; // another start is recording it right now
        QFile file(markers.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const qint64 pid = o.value("pid"_L1).toInteger();
        if (pid == me || processAlive(pid))
            continue; // still running
        // Claim it, so two starts at once record it once.
        const QString base = claim.hasMatch() ? name.left(claim.capturedStart()) : name;
        const QString claimed = markers.filePath(base + ".claimed-"_L1 + QString::number(me));
        if (std::rename(QFile::encodeName(markers.filePath(name)).constData(),
                        QFile::encodeName(claimed).constData()) != 0)
            continue;
        const QString id = o.value("id"_L1).toString();
        HistoryStore history(dir);
        // Killed after its own event was recorded: nothing was lost.
        bool done = false;
        if (auto recent = history.events(200); recent) {
            for (const HistoryEvent &e : recent.value())
                done = done || (!id.isEmpty() && e.details.value("operation"_L1).toString() == id);
        }
        if (!done) {
            const QDateTime started = QDateTime::fromString(o.value("startedAt"_L1).toString(), Qt::ISODateWithMs);
            const QString what = o.value("what"_L1).toString();
            QJsonObject details{{"operation"_L1, o.value("kind"_L1).toString()},
                                {"id"_L1, id},
                                {"pid"_L1, pid},
                                {"startedAt"_L1, o.value("startedAt"_L1).toString()}};
            // A success or failure the process could not record itself (the disk was full) says so.
            const bool failed = o.contains("failed"_L1);
            const bool finished = o.value("done"_L1).toBool();
            QString kind = QString::fromLatin1(HistoryKind::ChangeInterrupted);
            QString description = tr("%1 (started %2) was interrupted: the process ended before it finished. A "
                                     "change is written in one step, so production holds all of it or none of it.")
                                      .arg(what, shortTime(started));
            if (failed) {
                kind = QString::fromLatin1(HistoryKind::ChangeFailed);
                description = tr("%1 failed: %2").arg(what, o.value("failed"_L1).toString());
                details.insert("reason"_L1, o.value("failed"_L1).toString());
            } else if (finished) {
                kind = o.value("kind"_L1).toString();
                description = tr("%1 (started %2) was done, but the history could not be written at the time.")
                                  .arg(what, shortTime(started));
                details.insert("recordedLate"_L1, true);
                details.insert("operation"_L1, id); // like the change's own event
            }
            auto appended = history.append(clock.now(), o.value("user"_L1).toString(), kind, description, details);
            if (!appended) {
                // Put it back for the next start.
                (void)std::rename(QFile::encodeName(claimed).constData(),
                                  QFile::encodeName(markers.filePath(base)).constData());
                continue;
            }
            ++recorded;
        }
        QFile::remove(claimed);
    }
    return recorded;
}

namespace Recovery
{

namespace
{
/// Restore points and undo copies carry the writing process's id: those of a process that is gone are
/// leftovers of a killed change, with their -journal, -wal and -shm (a copy of production starts in WAL mode).
void sweepRestorePoints(const DataDir &dir)
{
    const QDir folder(dir.root() + "/restore-points"_L1);
    if (!folder.exists())
        return;
    static const QRegularExpression owned(u"^\\..*\\.(\\d+)\\.(partial|sqlite)(-journal|-wal|-shm)?$"_s);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        const auto m = owned.match(name);
        if (m.hasMatch() && !processAlive(m.captured(1).toLongLong()))
            QFile::remove(folder.filePath(name));
    }
}
/// A PostgreSQL working copy's scratch file (.pg-copy-<pid>-XXXXXX.sqlite) of a process that is gone.
void sweepScratchCopies(const DataDir &dir)
{
    const QDir folder(dir.root());
    static const QRegularExpression owned(u"^\\.pg-copy-(\\d+)-.*\\.sqlite(-journal|-wal|-shm)?$"_s);
    for (const QString &name : folder.entryList({u".pg-copy-*"_s}, QDir::Files | QDir::Hidden)) {
        const auto m = owned.match(name);
        if (m.hasMatch() && !processAlive(m.captured(1).toLongLong()))
            QFile::remove(folder.filePath(name));
    }
}
} // namespace

void atStart(const DataDir &dir, const Clock &clock)
{
    if (!QFileInfo::exists(dir.root()))
        return;
    {
        QLockFile lock(dir.backupLockPath());
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            GenerationStore(dir).recoverKilledRun(clock);
    }
    sweepRestorePoints(dir);
    sweepScratchCopies(dir);
    PendingOperation::recoverInterrupted(dir, clock);
}

} // namespace Recovery

} // namespace Rewind
