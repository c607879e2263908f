#pragma once

#include "transfer/CsvEncoding.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Rewind
{

/// What to export: which records of which DB, which fields, how to encode them, where to.
struct CsvExportOptions
{
    EnvironmentId env = EnvironmentId::production();
    QString db;                 ///< DB name
    QStringList fields;         ///< field names in output order; empty = every field
    bool recordIdColumn = true; ///< first column "Record ID", so a re-import keeps the IDs
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    bool formulaGuard = true;
    QString search;                              ///< only records matching this search (as in the record browser)
    QList<qint64> recordIds;                     ///< only these records (the selection); empty = no such limit
    std::optional<QDate> updatedFrom, updatedTo; ///< inclusive local dates
    std::optional<QDate> createdFrom, createdTo;
    QString outPath;
};

struct CsvExportResult
{
    QString path;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
};

/// Streams one DB of an environment into a CSV file with bounded memory. The file is written under a
/// temporary name and renamed when complete, so a cancelled or failed export leaves nothing under the
/// final name. Blocking: run on a worker thread or in rewindctl.
class CsvExporter final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    explicit CsvExporter(DataDir dir);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    Result<CsvExportResult> run(const CsvExportOptions &options);
    /// Exports several DBs into `folder`, one "<DB name>.csv" each, with the same options otherwise.
    Result<QList<CsvExportResult>> runMany(const CsvExportOptions &options, const QStringList &dbs,
                                           const QString &folder);

    /// A file name for a DB's CSV that every file system accepts.
    static QString fileNameFor(const QString &db);

private:
    DataDir m_dir;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
