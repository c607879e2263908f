#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Rewind
{

class SqliteFile;

/// Checksums over table contents, independent of page layout: the same rows give the same hash in
/// production, a generation, or a copy made any other way. XXH3-128 over each row in key order.
namespace ContentHash
{

/// Hashes every row of record table `table` (ordered by rid) and counts them. False with the file's
/// errorString() set on a read error; false with *cancelled = true when `cancel` was raised.
bool recordTable(SqliteFile &file, const QString &table, QString *checksum, qint64 *count,
                 const std::atomic_bool *cancel = nullptr, bool *cancelled = nullptr);

/// Hashes the catalog (DBs, fields, settings) so settings damage is detected like record damage.
bool catalog(SqliteFile &file, QString *checksum);

/// Checksums over the stored pages of a database file, one per table with its indexes, and the row
/// count of each table from its leaf pages. Much cheaper than reading rows (one walk of the page
/// tree through dbstat, then the bytes through a memory map) and it sees every byte a row is
/// made of. Layout-dependent: use it for a file that never changes after it is written (a
/// generation), and recordTable() to compare contents across files.
struct PageDigest
{
    QString checksum; ///< "xxh3-128-pages:<hex>"
    qint64 rows = 0;
    qint64 pages = 0;
};
/// Digests of the named tables (each with its indexes) of the file open in `file`, whose path is `path`.
/// False with `*error` set when the file cannot be walked or mapped.
bool pageDigests(SqliteFile &file, const QString &path, const QStringList &tables, QHash<QString, PageDigest> *out,
                 QString *error);

} // namespace ContentHash
} // namespace Rewind
