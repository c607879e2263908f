#pragma once

#include "transfer/CsvEncoding.h"
#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Result.h"
#include "workspace/Catalog.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Rewind
{

class Clock;

enum class ImportMode
{
    Insert,
    Update,
    Upsert
};
QString importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(const QString &key);

/// What to import and how.
struct CsvImportOptions
{
    /// Target of a column in `mapping`: the record ID rather than a field.
    static inline const QString kRecordId = QStringLiteral("@rid");

    QString db;
    QString file;
    std::optional<CsvEncoding> encoding; ///< empty: detect
    /// Per column (by position): a field name, kRecordId, or empty to ignore the column. Empty list:
    /// match header names to field names, and "Record ID"/"レコードID" to the record ID.
    QStringList mapping;
    ImportMode mode = ImportMode::Upsert;
    QString keyField;        ///< match on this field instead of the record ID
    bool skipErrors = false; ///< apply the good rows and write the rest to rejectsPath
    QString rejectsPath;
    QString expectedFingerprint;  ///< apply refuses when the file no longer has this fingerprint
    bool takeRestorePoint = true; ///< off when a larger operation took one already
    bool recordHistory = true;    ///< off when a larger operation records one event for all
    /// Keep link values whose target record does not exist (counted in danglingLinks) instead of refusing
    /// the row: a DB restored from a generation keeps its links as they were, and they resolve again
    /// once the linked records come back too.
    bool keepDanglingLinks = false;
};

/// The file as it was understood: encoding, delimiter, header, first rows, and the column mapping.
struct CsvFileInfo
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    QStringList header;
    QList<QStringList> preview; ///< the first data rows, decoded
    QStringList mapping;        ///< per column, as in CsvImportOptions::mapping
    QStringList unknownColumns; ///< header names that match no field (ignored)
    QStringList missingFields;  ///< fields of the DB the file has no column for
    QString fingerprint;
};

enum class RowOutcome
{
    New,
    Update,
    Unchanged,
    Error
};
QString rowOutcomeKey(RowOutcome outcome);

struct ImportIssue
{
    qint64 row = 0;  ///< data row, 1 = the first row after the header
    qint64 line = 0; ///< physical line in the file
    int column = 0;  ///< 1-based; 0 when the issue is about the whole row
    QString columnName;
    QString field;
    QString reason;
};

struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

struct ImportRow
{
    qint64 row = 0;
    RowOutcome outcome = RowOutcome::New;
    qint64 recordId = 0;        ///< the record it creates or changes (0: a new ID)
    QList<FieldChange> changes; ///< for updates: old → new; for new records: the values
};

struct ImportReport
{
    static constexpr int kMaxRows = 20000; ///< row outcomes kept for display
    static constexpr int kMaxIssues = 100000;

    CsvFileInfo file;
    qint64 rows = 0;
    qint64 newRows = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 errorRows = 0;
    qint64 danglingLinks = 0;  ///< with keepDanglingLinks: link values kept that point at no record
    QList<ImportRow> outcomes; ///< the first kMaxRows rows, in file order
    QList<ImportIssue> issues; ///< every problem (up to kMaxIssues)
    bool issuesTruncated = false;
    qint64 elapsedMs = 0;
    // After apply:
    bool applied = false;
    QString restorePoint;
    qint64 rejected = 0;
    QString rejectsPath;
};

/// CSV re-import into production: inspect the file, dry-run it (what every row would do), apply it
/// in one transaction after a restore point, undo it. Original record IDs are kept when they are free,
/// so links from other DBs point at re-registered records again. Blocking: run on a worker thread.
class CsvImporter final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    /// `actor` needs Right::TransferCsv; an undo needs the right of the change it undoes.
    CsvImporter(DataDir dir, const Clock &clock, Session actor);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Reads the head of `file`: encoding, delimiter, header, preview rows and the automatic mapping to `db`.
    Result<CsvFileInfo> inspect(const QString &file, std::optional<CsvEncoding> encoding, const QString &db,
                                int previewRows = 20);
    /// Every row's outcome without writing anything.
    Result<ImportReport> dryRun(const CsvImportOptions &options);
    /// Writes the import: all or nothing, or with skipErrors the valid rows (the rest go to rejectsPath).
    /// Takes a restore point first and records a history event.
    Result<ImportReport> apply(const CsvImportOptions &options);
    /// apply() inside a transaction the caller holds on `db` (production's QtSql connection): the rows are
    /// written in a savepoint of it, seeing what the caller wrote before, and commit with the caller's
    /// transaction. No restore point, no history event, no backup-window check: the caller's change has them.
    Result<ImportReport> applyWithin(const QSqlDatabase &db, const CsvImportOptions &options);
    /// Brings production back to the restore point an apply took, and records it in the history.
    Status undo(const QString &restorePoint);

    /// Size, time and content hash of a file: apply compares it with the dry run's.
    static Result<QString> fingerprint(const QString &path);

private:
    Result<ImportReport> process(const CsvImportOptions &options, bool write);
    Result<Catalog> productionCatalog() const;
    Result<CsvFileInfo> readHead(const QString &file, std::optional<CsvEncoding> encoding, const DbDef &db,
                                 int previewRows, bool withFingerprint) const;

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_operationId; ///< the PendingOperation of the apply running, for its history event
    QSqlDatabase m_within; ///< applyWithin's connection (invalid otherwise)
};

} // namespace Rewind
