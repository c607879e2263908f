#pragma once

#include "access/Access.h"
#include "archive/Archive.h"
#include "util/DataDir.h"

#include <QTimeZone>

#include <atomic>
#include <functional>

namespace Rewind
{

class Clock;

/// What "Backup now" should write.
struct ArchiveRequest
{
    ArchiveKind kind = ArchiveKind::Full; ///< Full or Custom (Incremental is the schedule's)
    QDate from, to;                       ///< Custom: inclusive local dates, at most the policy's range
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
};

/// What reading an archive back found: its manifest and every problem, each naming the entry.
struct ArchiveVerifyReport
{
    QString path;
    std::optional<ArchiveManifest> manifest;
    qint64 entriesChecked = 0;
    qint64 bytesRead = 0;
    QStringList problems; ///< translated; empty when every entry matches the manifest
    bool ok() const { return manifest.has_value() && problems.isEmpty(); }
};

/// Archives of one data directory: create (now, or as the schedule's run), list, save a copy out,
/// delete, purge expired ones, and the policy that limits them. Every change is checked against the
/// acting user's right (Access) and recorded in the history. Archives are written streaming, with
/// bounded memory, to a hidden partial file that is renamed when complete. Blocking: run on a worker
/// thread or in rewindctl; one archive is written at a time (a second is refused with Busy).
class ArchiveService final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &stage)>;

    ArchiveService(DataDir dir, const Clock &clock, Session actor);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    void setTimeZone(const QTimeZone &tz) { m_tz = tz; }

    Result<ArchivePolicy> policy() const;
    /// Administrators change the limits (Right::ManageSchedules); recorded in the history.
    Status setPolicy(const ArchivePolicy &policy);

    /// Whether `request` may run now: the date range limit and the full-archive cooldown, with a message
    /// that says why not (and when the next full archive is allowed). Does not count records.
    Status check(const ArchiveRequest &request) const;
    /// When the next manual full archive is allowed (now or earlier: allowed now).
    Result<QDateTime> nextFullAllowed() const;
    /// "Backup now".
    Result<ArchiveInfo> create(const ArchiveRequest &request);
    /// The schedule's run: full when `since` is empty (the first run), else incremental since then,
    /// with the deletions since the previous run found by comparing record ID lists kept beside the
    /// archives. `snapshotAt` receives the instant this run read production at.
    Result<ArchiveInfo> createScheduled(const std::optional<QDateTime> &since, QDateTime *snapshotAt);
    /// Forgets the record ID lists, so the next scheduled run is full again (a new schedule).
    void resetScheduleState();
    /// The same for any caller: production was put back wholesale (an undo), so records carry old times
    /// and only a full run captures them.
    static void forgetScheduleState(const DataDir &dir);

    /// Archives present, newest first (expired ones still present until purged).
    Result<QList<ArchiveInfo>> list() const;
    Result<ArchiveInfo> find(const QString &id) const;
    /// Copies an archive out to `file` ("Save as…"); records "download started".
    Status saveAs(const QString &id, const QString &file);
    Status remove(const QString &id);
    /// Removes archives whose expiry has passed; returns how many.
    Result<int> purgeExpired();

    /// Reads any archive file safely (SafeZipReader: hostile names, symlinks, bombs refused) and checks
    /// each entry's SHA-256, size and record count against its manifest, and that nothing is extra or
    /// missing. An Error only when the file cannot be read as an archive at all.
    static Result<ArchiveVerifyReport> verifyFile(const QString &path);
    /// Verifies, then extracts the archive's CSVs into `folder` (which must exist) without ever writing
    /// outside it; returns the files written. Refuses an archive that does not verify.
    static Result<QStringList> extractFile(const QString &path, const QString &folder);
    /// extractFile() for the acting user: an archive of this workspace's archives folder holds its data, so
    /// taking it out needs Right::ManageArchives like saving it (a file from elsewhere is already out).
    Result<QStringList> extract(const QString &path, const QString &folder) const;

    /// Splits an inclusive date range into consecutive pieces of at most `maxDays` days each.
    static QList<std::pair<QDate, QDate>> splitRange(const QDate &from, const QDate &to, int maxDays);
    /// The folder archives are kept in.
    static QString folder(const DataDir &dir);

private:
    struct Plan;
    Result<ArchiveInfo> write(Plan &plan);
    void report(qint64 done, qint64 total, const QString &stage) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    QTimeZone m_tz = QTimeZone::systemTimeZone();
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
