#pragma once

#include "transfer/CsvEncoding.h"
#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantList>

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

class CsvWriter;
class SqliteFile;
struct DbDef;
struct FieldDef;

/// One DB's rows as a CSV table, for writeCsvTable(): which rows (an SQL condition over `r`, the record
/// table), which fields, and optionally a per-row decision made while streaming.
struct CsvTableQuery
{
    const DbDef *db = nullptr;
    QList<FieldDef> fields;
    QString whereSql; ///< "" or " WHERE …" over alias r
    QVariantList binds;
    bool recordIdColumn = true;
    /// Called for every selected row with its ID and times (UTC ms); false skips the row.
    std::function<bool(qint64 rid, qint64 createdAt, qint64 updatedAt)> include;
};

/// Writes the header row and every selected row, in record ID order, through `writer` (shared by
/// CsvExporter and the archive writer: one CSV dialect everywhere). `tick(rowsDone)` is called every
/// 1024 rows and cancels when it returns false. `target` names the file in error messages.
/// Returns the number of rows written.
Result<qint64> writeCsvTable(SqliteFile &file, const CsvTableQuery &query, CsvWriter &writer,
                             const std::function<bool(qint64 done)> &tick, const QString &target);

/// Streams one DB of an environment into a CSV file with bounded memory. The file is written under a
/// temporary name and renamed when complete, so a cancelled or failed export leaves nothing under the
/// final name. Blocking: run on a worker thread or in rewindctl.
class CsvExporter final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    /// `actor` needs Right::TransferCsv, and Right::OpenGenerations to export from a generation.
    CsvExporter(DataDir dir, Session actor);
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
    Session m_actor;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
