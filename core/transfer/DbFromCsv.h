#pragma once

#include "transfer/CsvEncoding.h"
#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QChar>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Rewind
{

class Clock;

struct DbFromCsvOptions
{
    QString file;
    QString name;                        ///< the new DB's name
    std::optional<CsvEncoding> encoding; ///< empty: detect
};

struct DbFromCsvResult
{
    QString db;
    qint64 dbId = 0;
    QStringList fields; ///< in column order, as created
    qint64 records = 0;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    QString restorePoint;
    qint64 elapsedMs = 0;
};

/// "Create a DB from a spreadsheet file": a new production DB with one single-line text field per column
/// of a CSV file's header, then every row as a record. Refused while a backup run writes a generation
/// (BackupWindow); a restore point first; everything in one transaction, streamed (memory stays flat
/// however long the file); one history event (HistoryKind::DbCreatedFromFile). Blocking; any thread.
class DbFromCsv final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    /// `actor` needs Right::ManageSettings (a new DB is a schema change).
    DbFromCsv(DataDir dir, const Clock &clock, Session actor);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Field names for a header: trimmed, repeated names numbered ("名前", "名前 (2)"), each checked
    /// with SchemaEditor::validateName; the error names the column.
    static Result<QStringList> fieldNames(const QStringList &header);

    Result<DbFromCsvResult> run(const DbFromCsvOptions &options);

private:
    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
