#pragma once

#include <QString>

#include <atomic>

namespace Rewind {

class SqliteFile;

/// Checksums over table contents, independent of page layout: the same rows give the same hash in
/// production, a generation, or a copy made any other way. XXH3-128 over each row in key order.
namespace ContentHash {

/// Hashes every row of record table `table` (ordered by rid) and counts them. False with the file's
/// errorString() set on a read error; false with *cancelled = true when `cancel` was raised.
bool recordTable(SqliteFile &file, const QString &table, QString *checksum, qint64 *count,
                 const std::atomic_bool *cancel = nullptr, bool *cancelled = nullptr);

/// Hashes the catalog (DBs, fields, settings) so settings damage is detected like record damage.
bool catalog(SqliteFile &file, QString *checksum);

} // namespace ContentHash
} // namespace Rewind
