#pragma once

#include "util/Environment.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Rewind
{

class SqliteFile;

/// Per-DB facts recorded when a generation was taken.
struct ManifestDb
{
    qint64 id = 0;
    QString name;
    QString table;
    qint64 records = 0;
    QString checksum; ///< "xxh3-128:<hex>" over every row in rid order
};

/// What a generation is: when it was taken, from what, and what it must contain. Lives inside the
/// generation file (table rw_manifest), so publishing a generation is one atomic rename.
struct Manifest
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    Weekday slot = Weekday::Mon;
    QDateTime takenAt; ///< the instant of the snapshot (local time of the machine that took it)
    QString workspaceId;
    QString workspaceName;
    QString sourceEngine; ///< "sqlite"
    QString sourcePath;
    QString appVersion;
    qint64 durationMs = 0; ///< copy and verification, milliseconds
    qint64 sizeBytes = 0;  ///< file size before the manifest was added
    QString catalogChecksum;
    QList<ManifestDb> dbs;
    /// Milliseconds per stage of the run ("copy", "checksums", "integrity", …), for history and benchmarks.
    QList<std::pair<QString, qint64>> stagesMs;
    /// The newest history event when the run started: one of seven independent anchors of the hash chain.
    qint64 historyEventId = 0;
    QString historyHash;

    qint64 totalRecords() const;
    QJsonObject toJson() const;
    static Result<Manifest> fromJson(const QJsonObject &json);

    /// Reads the manifest table of an open generation file.
    static Result<Manifest> read(SqliteFile &file);
    /// Creates the manifest table in `file` and stores this manifest.
    Status write(SqliteFile &file) const;
};

} // namespace Rewind
