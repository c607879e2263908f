#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <QString>

namespace Rewind
{

struct Session;

/// One event of the backup history: what happened, when, who did it.
struct HistoryEvent
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString kind;        ///< stable key: "csv-import", "template-load", "db-restore", "settings-reapply", "undo" …
    QString description; ///< one line for people, in the language of the moment it was written
    QJsonObject details; ///< machine-readable facts (file, DB, counts)
    QString hash;        ///< SHA-256 over the previous event's hash and this event's content
};

/// Stable keys of the events Rewind writes (HistoryEvent::kind).
namespace HistoryKind
{
inline constexpr auto GenerationRun =
    "generation-run"; ///< a daily generation published (details: slot, durationMs, sizeBytes, records)
inline constexpr auto GenerationFailed = "generation-failed"; ///< a daily generation run failed (details: slot, reason)
inline constexpr auto RunMissed = "run-missed"; ///< a scheduled run did not happen on time (details: job, due)
inline constexpr auto ArchiveStarted = "archive-started"; ///< "backup started": an archive is being written
inline constexpr auto ArchiveReady = "archive-ready"; ///< an archive can be saved (details: id, kind, records, bytes)
inline constexpr auto ArchiveFailed = "archive-failed";
inline constexpr auto DownloadStarted = "download-started"; ///< an archive was saved out (details: id, file)
inline constexpr auto ArchiveDeleted = "archive-deleted";
inline constexpr auto ArchiveExpired = "archive-expired";
inline constexpr auto ScheduleSet = "schedule-set"; ///< "scheduled"
inline constexpr auto ScheduleStopped = "schedule-stopped";
inline constexpr auto PolicyChanged = "policy-changed";
inline constexpr auto DbCreatedFromFile =
    "db-created-from-file"; ///< a DB made from a CSV file (details: db, file, fields, records, restorePoint)
inline constexpr auto RecordsDeletedAll =
    "records-deleted-all"; ///< every record of a DB deleted (details: db, records, restorePoint)
inline constexpr auto RecordsRestored =
    "records-restored"; ///< chosen records put back from a generation (details: db, from, ids, fields, restorePoint)
inline constexpr auto ChangeFailed =
    "change-failed"; ///< a change to production failed and left it unchanged (details: operation, reason)
inline constexpr auto ChangeInterrupted =
    "change-interrupted"; ///< a change whose process ended before it finished, found at the next start
inline constexpr auto ProductionLocation =
    "production-location"; ///< the data dir now uses another production (details: from, to, moved)
} // namespace HistoryKind

/// Which events to read; every condition left empty matches everything.
struct HistoryFilter
{
    QStringList kinds;
    QString user;
    QDate from, to; ///< inclusive local dates
};

/// A place outside the history that recorded one event's hash (a generation's manifest).
struct HistoryAnchor
{
    QString where; ///< "Monday's generation"
    qint64 eventId = 0;
    QString hash;
};

/// The outcome of checking the chain: the first event that does not match, and why.
struct HistoryCheck
{
    qint64 events = 0;
    qint64 brokenEventId = 0; ///< 0 when everything matches
    QString problem;          ///< translated, names the event
    bool ok() const { return brokenEventId == 0 && problem.isEmpty(); }
};

/// The append-only history kept in <data dir>/console.sqlite. Each event carries a SHA-256 over
/// the previous event's hash and its own content, so an edited or deleted event breaks the chain.
/// Opens its own connection per call: any thread may use its own instance.
class HistoryStore final
{
public:
    explicit HistoryStore(DataDir dir);

    Result<HistoryEvent> append(const QDateTime &at, const QString &user, const QString &kind,
                                const QString &description, const QJsonObject &details);
    /// Events in the order they were recorded (oldest first), at most `limit` of the newest when limit > 0.
    Result<QList<HistoryEvent>> events(int limit = 0) const;
    /// Matching events in time order, as `reader` may read them (Right::ReadHistory): support staff
    /// read their own events only, whatever the filter's user says.
    Result<QList<HistoryEvent>> events(const Session &reader, const HistoryFilter &filter) const;
    /// `filter` narrowed to what `reader` may read; ReadOnly when they may not read the history at all.
    Result<HistoryFilter> readableBy(const Session &reader, HistoryFilter filter) const;
    /// The newest event, if any (its hash is what generation manifests record).
    Result<std::optional<HistoryEvent>> latest() const;
    /// The id of the first event whose hash does not match, or 0 when the chain is intact.
    Result<qint64> firstBrokenEvent() const;
    /// Walks the chain and then the anchors: an event whose hash does not follow from its predecessor,
    /// or an anchored event that is missing or carries another hash, is reported by id.
    Result<HistoryCheck> check(const QList<HistoryAnchor> &anchors = {}) const;
    /// Writes the matching events as CSV (UTF-8 with BOM, formula guard on) to `path`, atomically.
    Result<qint64> exportCsv(const Session &reader, const HistoryFilter &filter, const QString &path) const;
    /// Distinct users that occur and `reader` may see, for the filter picker.
    Result<QStringList> users(const Session &reader) const;

    /// Every kind Rewind writes, and the translated name of one ("Generation run" / "世代の作成").
    static QStringList knownKinds();
    static QString kindName(const QString &kind);

private:
    /// Unguarded: what the reader-taking overload returns after narrowing the filter.
    Result<QList<HistoryEvent>> events(const HistoryFilter &filter) const;
    QString path() const;
    DataDir m_dir;
};

} // namespace Rewind
