#pragma once

#include "transfer/CsvEncoding.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Rewind
{

/// Full: every record. Custom: records created or updated in a date range. Incremental: records created
/// or updated since the previous scheduled run, with that run's deletions listed.
enum class ArchiveKind
{
    Full,
    Custom,
    Incremental
};

enum class ArchiveOrigin
{
    Manual,   ///< "Backup now"
    Scheduled ///< run by the archive schedule
};

QString archiveKindKey(ArchiveKind kind); ///< "full", "custom", "incremental"
std::optional<ArchiveKind> archiveKindFromKey(const QString &key);
QString archiveKindName(ArchiveKind kind); ///< translated

/// The limits the seed's product sets, changeable by an administrator (stored in console.sqlite).
struct ArchivePolicy
{
    int fullCooldownDays = 30;      ///< a manual full archive at most once per this many days
    qint64 maxRecords = 10'000'000; ///< records per archive
    int expiryDays = 7;             ///< archives are removed this many days after creation
    int maxRangeDays = 31;          ///< a custom archive's date range, days inclusive

    QJsonObject toJson() const;
    static ArchivePolicy fromJson(const QJsonObject &json); ///< missing keys keep the defaults
    Status validate() const;
};

/// One CSV inside an archive.
struct ArchiveEntry
{
    QString file; ///< entry name inside the ZIP ("顧客.csv")
    QString db;   ///< the DB's name ("" for the deletions list)
    qint64 dbId = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    QString sha256; ///< hex, over the entry's uncompressed bytes
};

/// The manifest.json of an archive: what, when, who, kind, range, and per-entry counts and checksums.
struct ArchiveManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr auto kEntryName = "manifest.json";
    static constexpr auto kDeletedEntryName = "deleted.csv";

    QString id;
    ArchiveKind kind = ArchiveKind::Full;
    ArchiveOrigin origin = ArchiveOrigin::Manual;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString createdBy;
    QString workspaceId;
    QString workspaceName;
    QDate rangeFrom, rangeTo; ///< custom
    QDateTime since;          ///< incremental: records changed after this instant
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    QList<ArchiveEntry> entries;         ///< one per DB, in DB order
    std::optional<ArchiveEntry> deleted; ///< incremental: "DB, Record ID" of records deleted since
    /// Incremental: the deletions per DB, in the manifest itself — {"DB": {"records": n, "ids": [...]}}; the
    /// IDs are listed inline up to kInlineDeletedIds in all (deleted.csv always holds every one).
    QJsonObject deletedByDb;
    static constexpr qint64 kInlineDeletedIds = 10000;

    qint64 totalRecords() const;
    QJsonObject toJson() const;
    static Result<ArchiveManifest> fromJson(const QJsonObject &json);
    /// "2026-11-01 – 2026-11-20", "since 2026-11-14 02:00", or "everything", translated.
    QString rangeText() const;
};

/// An archive in the data directory's archives folder, as the Archives tab lists it.
struct ArchiveInfo
{
    QString id;
    QString path;
    qint64 sizeBytes = 0;
    /// Why the archive cannot be read (its manifest is missing or damaged); empty for a healthy one. A
    /// damaged archive is still listed (and expires by its file date), so it never lingers unseen.
    QString problem;
    ArchiveManifest manifest;
};

} // namespace Rewind
