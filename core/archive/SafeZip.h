#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

namespace Rewind
{

/// What a SafeZipReader is willing to inflate. Every figure counts the bytes decompression actually
/// produces, never the sizes the archive declares (those are checked too, but a header may lie).
struct ZipLimits
{
    qint64 maxTotalBytes = 64LL * 1024 * 1024 * 1024; ///< summed over every entry this reader reads
    qint64 maxEntryBytes = 16LL * 1024 * 1024 * 1024; ///< one entry
    double maxRatio = 200.0; ///< produced / compressed bytes consumed, per entry, checked once 1 MiB is produced
    int maxEntries = 10000;  ///< entries in the central directory
};

/// One entry of the central directory, as declared there.
struct ZipEntry
{
    QString name;                ///< relative path with "/" separators; a folder entry ends in "/"
    qint64 compressedSize = 0;   ///< declared
    qint64 uncompressedSize = 0; ///< declared (reading counts what is really produced)
    quint32 crc = 0;             ///< declared CRC-32 of the content, checked after reading
    QDateTime modified;          ///< the extended timestamp if stored, else the DOS time (local, 2-second resolution)
    bool isDir() const { return name.endsWith(u'/'); }
};

/// Reads ZIP archives that may be hostile (archives brought from elsewhere, not only those Rewind wrote)
/// without ever writing outside the folder it is given, and without letting a zip bomb or a lying size
/// header fill memory or disk.
///
/// Only stored and deflated entries are read; the compressed bytes are taken from QuaZip in raw mode and
/// inflated here, so every produced byte is counted against the limits and the CRC is checked over the
/// bytes really delivered. Never use JlCompress for archives: it follows symlink entries and writes "../x".
///
/// Not thread-safe; one reader per thread. Blocking.
class SafeZipReader final
{
public:
    explicit SafeZipReader(QString path, ZipLimits limits = {});
    ~SafeZipReader();
    SafeZipReader(const SafeZipReader &) = delete;
    SafeZipReader &operator=(const SafeZipReader &) = delete;

    /// Opens the archive and checks its whole central directory before anything is read. Error
    /// NotFound when the file does not exist; otherwise Corrupt, with a translated message naming the
    /// archive, the entry and the reason, for: a file that is not a ZIP or whose directory is damaged;
    /// more than maxEntries entries; a name that is empty, not valid UTF-8, absolute ("/x"), has a drive
    /// letter ("C:x"), contains a backslash, a NUL or other control character, an empty ("a//b"), "." or
    /// ".." component; a symbolic link or other special file (Unix mode in the high 16 bits of the
    /// external attributes, whatever host wrote it); an encrypted entry; a folder entry holding data; a
    /// name given twice, exactly or after case folding and NFC normalisation (they would overwrite each
    /// other on Windows and macOS); a path that is, or lies under, another entry used as a file ("a" and
    /// "a/b"); compressed sizes adding up to more than the archive file (overlapping entries).
    /// Calling it again returns the first result. read(), readAll() and extractTo() call it themselves.
    Status open();
    /// The checked entries in central-directory order; empty until open() succeeded.
    const QList<ZipEntry> &entries() const { return m_entries; }
    /// The entry named exactly `name`, or nullptr.
    const ZipEntry *entry(const QString &name) const;
    /// Bytes produced by decompression so far, over every read of this reader (counted against maxTotalBytes).
    qint64 producedBytes() const { return m_produced; }

    /// Streams one entry's content to `sink` in chunks of at most 64 KiB, holding no more than one
    /// compressed and one decompressed chunk in memory. Counts the bytes actually produced and stops
    /// with an Error (Corrupt, naming archive and entry) before handing on a chunk that would exceed
    /// maxEntryBytes, maxTotalBytes, the entry's declared size, or (after 1 MiB) maxRatio; also when
    /// the data is damaged or truncated, shorter than declared, or the CRC does not match at the end -
    /// so the last bytes delivered may belong to a refused entry, and a sink must not commit them before
    /// read() returned success. NotFound for an unknown name, Unsupported for a compression method other
    /// than stored or deflate. When `sink` returns false, read() stops and returns Cancelled; the sink
    /// reports its own error. A folder entry has no content: read() succeeds without calling `sink`.
    Status read(const QString &name, const std::function<bool(QByteArrayView)> &sink);
    /// Reads a small entry whole; refuses (Corrupt) an entry declaring or producing more than `maxBytes`.
    Result<QByteArray> readAll(const QString &name, qint64 maxBytes = 16 * 1024 * 1024);

    /// Extracts every entry (or only those in `names`, each of which must exist) below `folder`, which
    /// must exist. Parent folders are created as needed; a folder entry creates its folder. Each file is
    /// written under a temporary name in its final folder and renamed into place without replacing
    /// anything: an existing file or symbolic link at an entry's path is an error (AlreadyExists), and so
    /// is a path component inside `folder` that exists as a symbolic link (never followed) or as a file.
    /// Every folder created is checked to lie inside the canonical `folder`. Before writing, the declared
    /// sizes are checked against the limits. On any error every file and folder this call created is
    /// removed again, and the message names the entry. Files get default permissions (the archive's are
    /// ignored) and are not fsynced. Returns the paths written (`folder` + "/" + entry name, files only),
    /// in archive order.
    Result<QStringList> extractTo(const QString &folder, const QStringList &names = {});

private:
    struct Slot
    {
        quint64 dirPos = 0; ///< minizip's unz64_file_pos, to go back to the entry without a name lookup
        quint64 fileNum = 0;
        quint16 method = 0;
    };

    Status checkEntries();
    Status readEntry(qsizetype index, const std::function<bool(QByteArrayView)> &sink);
    Error refuse(const QString &entry, const QString &reason, ErrorCode code = ErrorCode::Corrupt) const;

    QString m_path;
    ZipLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    bool m_opened = false;
    Status m_openStatus;
    QList<ZipEntry> m_entries;
    QList<Slot> m_slots;
    QHash<QString, qsizetype> m_index;
    qint64 m_produced = 0;
};

} // namespace Rewind
