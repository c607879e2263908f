#pragma once

#include "compare/RecordDiff.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Rewind
{

/// The record changes of one compare, kept on disk so a list of a million of them costs no more memory
/// than one page: RecordDiff's sink appends each change as it is found (on the compare's worker), and a
/// view then selects the changes a filter passes and reads the ones on screen by their position. The file is
/// a scratch SQLite database (no journal, no sync: it is thrown away with its folder). One object is used by
/// one thread at a time; the writer and the reader are separate objects on the same file.
class ChangeSpool final
{
public:
    /// Which changes a view shows. Empty parts pass everything.
    struct Filter
    {
        qint64 dbId = 0;                ///< 0: every DB
        std::optional<ChangeKind> kind; ///< one kind only
        qint64 fieldId = 0;             ///< changes touching this field (for added/deleted: holding a value in it)
        QString search;                 ///< in field names and values, width- and case-insensitively
    };

    ~ChangeSpool();
    ChangeSpool(const ChangeSpool &) = delete;
    ChangeSpool &operator=(const ChangeSpool &) = delete;

    /// A new, empty spool at `path` (replacing any file there), for append().
    static Result<std::unique_ptr<ChangeSpool>> create(const QString &path);
    /// A spool finish() completed, for select() and read().
    static Result<std::unique_ptr<ChangeSpool>> open(const QString &path);

    Status append(const RecordChange &change);
    /// Commits what was appended; the writer can then be dropped.
    Status finish();
    qint64 appended() const { return m_appended; }

    /// The positions of the changes `filter` passes, in (DB, record ID) order.
    Result<QList<qint64>> select(const Filter &filter) const;
    /// The change at `position` (one select() returned).
    Result<RecordChange> read(qint64 position) const;
    QString path() const { return m_path; }

private:
    ChangeSpool(QString path, sqlite3 *db) : m_path(std::move(path)), m_db(db) {}
    Error fail(const QString &what) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    mutable sqlite3_stmt *m_read = nullptr;
    qint64 m_appended = 0;
    bool m_inTransaction = false;
};

} // namespace Rewind
