#pragma once

#include <QString>

namespace Rewind::FileSync
{

/// Flushes a file's data to disk (fsync). Neither SQLite's close nor a rename does that for a file
/// written with journaling off, and a renamed-but-unflushed file can be empty after a power cut.
bool file(const QString &path);
/// Flushes a folder, making a rename inside it durable.
bool folder(const QString &path);

} // namespace Rewind::FileSync
