#include "SafeZip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <zlib.h>

#include <algorithm>
#include <limits>
#include <cerrno>
#include <cstdio> // renameat2
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::SafeZipReader", text);
}

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kRatioFloor = 1024 * 1024; // entries produce this much before the ratio is judged

constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kTypeLink = 0120000;
constexpr quint32 kTypeFile = 0100000;
constexpr quint32 kTypeDir = 0040000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// An entry name fit for a message: control characters shown as \xNN, very long names shortened.
QString printable(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0').toUpper();
        else
            out += c;
        if (out.size() > 200) {
            out += u'…';
            break;
        }
    }
    return out;
}

Error entryError(const QString &archive, const QString &entry, const QString &reason,
                 ErrorCode code = ErrorCode::Corrupt)
{
    //: %1 the archive file, %2 the entry (a path inside the archive), %3 what is wrong with it
    return makeError(code, tr("Archive %1, entry \"%2\": %3.").arg(native(archive), printable(entry), reason));
}

/// Why `name` must not be extracted anywhere, or empty.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("its name is empty");
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return tr("its name contains a NUL or other control character");
    }
    if (name.contains(u'\\'))
        return tr("its name contains a backslash, which Windows reads as a folder separator");
    if (name.startsWith(u'/'))
        return tr("its name is an absolute path");
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).unicode() < 0x80 && name.at(0).isLetter())
        return tr("its name starts with a drive letter");
    QStringView path(name);
    if (path.endsWith(u'/'))
        path.chop(1);
    for (const QStringView part : path.split(u'/')) {
        if (part.isEmpty())
            return tr("its name has an empty component (\"//\")");
        if (part == u"." || part == u"..")
            return tr("its name has a \".\" or \"..\" component, which could lead outside the target folder");
    }
    return {};
}

/// The form under which two names would meet on a case-insensitive or normalising file system
/// (Windows, macOS): case-folded, NFC.
QString collisionKey(QStringView path)
{
    return path.toString()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

/// A file descriptor closed on scope exit.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int release() { return std::exchange(m_fd, -1); }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

/// Creates folders and files below one canonical folder through *at() calls on folder descriptors
/// opened with O_NOFOLLOW, so no symbolic link is ever followed, and removes everything it created
/// unless commit() is called.
class TreeWriter
{
public:
    TreeWriter(QString archive, QString base) : m_archive(std::move(archive)), m_base(std::move(base))
    {
        m_prefix = m_base.endsWith(u'/') ? m_base : m_base + u'/';
    }
    ~TreeWriter() { rollback(); }
    TreeWriter(const TreeWriter &) = delete;
    TreeWriter &operator=(const TreeWriter &) = delete;

    bool begin()
    {
        return (m_root = Fd(::open(QFile::encodeName(m_base).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))).valid();
    }

    void setEntry(const QString &entry) { m_entry = entry; }

    /// Opens the folder `parts` (components below the base), creating missing ones when `create`.
    Result<int> openDir(const QStringList &parts, bool create)
    {
        Fd current(::fcntl(m_root.get(), F_DUPFD_CLOEXEC, 0));
        if (!current.valid()) {
            const QString why = errnoText(errno);
            return fail(tr("the target folder cannot be opened: %1").arg(why), ErrorCode::Io);
        }
        QString rel;
        for (const QString &part : parts) {
            rel = rel.isEmpty() ? part : rel + u'/' + part;
            const QByteArray encoded = QFile::encodeName(part);
            if (create) {
                if (::mkdirat(current.get(), encoded.constData(), 0777) == 0)
                    m_created.append({rel, true});
                else if (const int error = errno; error != EEXIST)
                    return fail(tr("the folder \"%1\" cannot be created: %2").arg(rel, errnoText(error)),
                                ErrorCode::Io);
            }
            Fd next(::openat(current.get(), encoded.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (!next.valid()) {
                const int error = errno;
                struct stat st = {};
                if (::fstatat(current.get(), encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                    if (S_ISLNK(st.st_mode))
                        return fail(
                            tr("\"%1\" in the target folder is a symbolic link; Rewind does not follow it").arg(rel),
                            ErrorCode::AlreadyExists);
                    if (!S_ISDIR(st.st_mode))
                        return fail(tr("\"%1\" exists in the target folder and is not a folder").arg(rel),
                                    ErrorCode::AlreadyExists);
                }
                return fail(tr("the folder \"%1\" cannot be opened: %2").arg(rel, errnoText(error)),
                            error == ENOENT ? ErrorCode::NotFound : ErrorCode::Io);
            }
            // Defence in depth: whatever the descriptors say, the path must resolve inside the base.
            if (!QFileInfo(m_prefix + rel).canonicalFilePath().startsWith(m_prefix))
                return fail(tr("the folder \"%1\" does not resolve inside the target folder").arg(rel),
                            ErrorCode::AlreadyExists);
            current = std::move(next);
        }
        return current.release();
    }

    /// Creates the file `rel` (an entry name) through a temporary name in its folder, filled by `fill`,
    /// and renames it into place without replacing anything.
    Status writeFile(const QString &rel, const std::function<Status(int fd)> &fill)
    {
        QStringList parts = rel.split(u'/');
        const QByteArray leaf = QFile::encodeName(parts.takeLast());
        auto opened = openDir(parts, true);
        if (!opened)
            return opened.error();
        const Fd dir(opened.value());
        QByteArray temp;
        Fd out;
        for (int attempt = 0; attempt < 8 && !out.valid(); ++attempt) {
            temp = ".rewind-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + ".part";
            out = Fd(::openat(dir.get(), temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
            if (const int error = errno; !out.valid() && error != EEXIST)
                return fail(tr("a temporary file cannot be created next to it: %1").arg(errnoText(error)),
                            ErrorCode::Io);
        }
        if (!out.valid())
            return fail(tr("a temporary file cannot be created next to it"), ErrorCode::Io);
        Status filled = fill(out.get());
        if (filled && ::close(out.release()) != 0) {
            const QString why = errnoText(errno);
            filled = fail(tr("it cannot be written completely: %1").arg(why), ErrorCode::Io);
        }
        if (!filled) {
            ::unlinkat(dir.get(), temp.constData(), 0);
            return filled;
        }
        int error = 0;
        if (::renameat2(dir.get(), temp.constData(), dir.get(), leaf.constData(), RENAME_NOREPLACE) != 0) {
            error = errno;
            // A file system without RENAME_NOREPLACE: a hard link refuses an existing name as well.
            if (error == EINVAL || error == ENOSYS || error == ENOTSUP) {
                error = ::linkat(dir.get(), temp.constData(), dir.get(), leaf.constData(), 0) == 0 ? 0 : errno;
                if (error == 0)
                    ::unlinkat(dir.get(), temp.constData(), 0);
            }
        }
        if (error != 0) {
            ::unlinkat(dir.get(), temp.constData(), 0);
            if (error == EEXIST)
                return fail(tr("\"%1\" already exists in the target folder; Rewind replaces nothing").arg(rel),
                            ErrorCode::AlreadyExists);
            return fail(tr("it cannot be moved into place: %1").arg(errnoText(error)), ErrorCode::Io);
        }
        m_created.append({rel, false});
        return {};
    }

    void commit() { m_created.clear(); }

    /// Removes what this writer created, newest first (files before their folders).
    void rollback()
    {
        if (!m_root.valid())
            return;
        while (!m_created.isEmpty()) {
            const auto [rel, isDir] = m_created.takeLast();
            QStringList parts = rel.split(u'/');
            const QByteArray leaf = QFile::encodeName(parts.takeLast());
            auto dir = openDir(parts, false);
            if (!dir)
                continue;
            const Fd fd(dir.value());
            ::unlinkat(fd.get(), leaf.constData(), isDir ? AT_REMOVEDIR : 0);
        }
    }

private:
    Error fail(const QString &reason, ErrorCode code) const { return entryError(m_archive, m_entry, reason, code); }

    QString m_archive;
    QString m_base;
    QString m_prefix;
    QString m_entry;
    Fd m_root;
    QList<std::pair<QString, bool>> m_created; // relative path, is a folder; in creation order
};

/// zlib's inflate state, ended on scope exit.
struct Inflater
{
    z_stream stream = {};
    bool active = false;
    ~Inflater()
    {
        if (active)
            inflateEnd(&stream);
    }
};
} // namespace

SafeZipReader::SafeZipReader(QString path, ZipLimits limits) : m_path(std::move(path)), m_limits(limits)
{
}

SafeZipReader::~SafeZipReader() = default;

const ZipEntry *SafeZipReader::entry(const QString &name) const
{
    const qsizetype i = m_index.value(name, -1);
    return i < 0 ? nullptr : &m_entries.at(i);
}

Error SafeZipReader::refuse(const QString &entry, const QString &reason, ErrorCode code) const
{
    return entryError(m_path, entry, reason, code);
}

Status SafeZipReader::open()
{
    if (!m_opened) {
        m_opened = true;
        m_openStatus = checkEntries();
        if (!m_openStatus) {
            m_entries.clear();
            m_slots.clear();
            m_index.clear();
            m_zip.reset();
        }
    }
    return m_openStatus;
}

Status SafeZipReader::checkEntries()
{
    const QString archive = native(m_path);
    const QFileInfo file(m_path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("The archive %1 does not exist.").arg(archive));
    const auto damaged = [&] {
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is not a ZIP archive, or it is damaged or truncated.").arg(archive));
    };
    if (!file.isFile())
        return damaged();
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return damaged();
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return damaged();
    if (count > m_limits.maxEntries)
        return makeError(ErrorCode::Corrupt,
                         tr("The archive %1 holds %2 entries, more than the %3 Rewind reads.")
                             .arg(archive, QString::number(count), QString::number(m_limits.maxEntries)));

    unzFile unz = m_zip->getUnzFile();
    QHash<QString, QString> byKey;    // collision key (without a folder's "/") -> entry name
    QHash<QString, QString> fileKeys; // collision keys of files -> entry name
    QHash<QString, QString> dirKeys;  // collision keys of every folder some entry lies in -> that entry
    qint64 compressedTotal = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        unz_file_info64 raw = {};
        if (!m_zip->getCurrentFileInfo(&info) ||
            unzGetCurrentFileInfo64(unz, &raw, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged();
        // The name from its bytes: QuaZip decodes names without the UTF-8 flag with the locale's codec,
        // and replaces what it cannot decode. Rewind (like QuaZip's writer) uses UTF-8 with or without
        // the flag, and refuses anything else rather than guess.
        QByteArray bytes(qsizetype(raw.size_filename), '\0');
        if (!bytes.isEmpty() &&
            unzGetCurrentFileInfo64(unz, nullptr, bytes.data(), uLong(bytes.size()), nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString name = utf8.decode(bytes);
        if (utf8.hasError())
            return refuse(name, tr("its name is not valid UTF-8 (it was written in a local encoding)"));
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return refuse(name, problem);

        const quint32 type = (info.externalAttr >> 16) & kTypeMask;
        if (type == kTypeLink || info.isSymbolicLink())
            return refuse(name, tr("it is a symbolic link, which could point outside the target folder; Rewind "
                                   "does not extract links"));
        if (type != 0 && type != kTypeFile && type != kTypeDir)
            return refuse(name, tr("it is a special file (a device, pipe or socket)"));
        if (info.isEncrypted())
            return refuse(name, tr("it is encrypted; Rewind reads only unencrypted archives"));
        const bool dir = name.endsWith(u'/');
        if (dir && info.uncompressedSize != 0)
            return refuse(name, tr("it is a folder entry but holds data"));
        if (info.compressedSize > quint64(std::numeric_limits<qint64>::max()) ||
            info.uncompressedSize > quint64(std::numeric_limits<qint64>::max()))
            return refuse(name, tr("its declared size is impossible"));
        compressedTotal += qint64(info.compressedSize);
        if (compressedTotal > file.size())
            return refuse(name, tr("the compressed sizes of the entries up to this one add up to more than the "
                                   "archive file, so entries overlap (a zip bomb technique) or sizes are false"));

        QStringView path(name);
        if (dir)
            path.chop(1);
        const QString key = collisionKey(path);
        if (const auto it = byKey.constFind(key); it != byKey.cend()) {
            const QString &other = *it;
            if (other.endsWith(u'/') != dir)
                return refuse(name, tr("it has the same path as \"%1\", one as a file and the other as a folder")
                                        .arg(printable(other)));
            if (other == name)
                return refuse(name, tr("the archive holds this name twice"));
            return refuse(name, tr("its name differs from \"%1\" only in upper/lower case or Unicode "
                                   "normalisation; the two would overwrite each other on Windows and macOS")
                                    .arg(printable(other)));
        }
        const QList<QStringView> keyParts = QStringView(key).split(u'/');
        QString prefix;
        for (qsizetype i = 0; i + 1 < keyParts.size(); ++i) {
            prefix = i == 0 ? keyParts.at(i).toString() : prefix + u'/' + keyParts.at(i);
            if (const auto holder = fileKeys.constFind(prefix); holder != fileKeys.cend())
                return refuse(
                    name, tr("it lies under \"%1\", which the archive also holds as a file").arg(printable(*holder)));
            dirKeys.insert(prefix, name);
        }
        if (!dir) {
            if (const auto under = dirKeys.constFind(key); under != dirKeys.cend())
                return refuse(name, tr("it is a file, but \"%1\" lies under the same path").arg(printable(*under)));
            fileKeys.insert(key, name);
        }
        byKey.insert(key, name);

        unz64_file_pos position = {};
        if (unzGetFilePos64(unz, &position) != UNZ_OK)
            return damaged();
        const QDateTime extended = info.getExtModTime();
        m_index.insert(name, m_entries.size());
        m_entries.append({name, qint64(info.compressedSize), qint64(info.uncompressedSize), info.crc,
                          extended.isValid() ? extended : info.dateTime});
        m_slots.append({quint64(position.pos_in_zip_directory), quint64(position.num_of_file), info.method});
    }
    if (m_zip->getZipError() != UNZ_OK)
        return damaged();
    return {};
}

Status SafeZipReader::read(const QString &name, const std::function<bool(QByteArrayView)> &sink)
{
    if (auto st = open(); !st)
        return st;
    const qsizetype i = m_index.value(name, -1);
    if (i < 0)
        return makeError(ErrorCode::NotFound,
                         tr("The archive %1 holds no entry \"%2\".").arg(native(m_path), printable(name)));
    return readEntry(i, sink);
}

Status SafeZipReader::readEntry(qsizetype index, const std::function<bool(QByteArrayView)> &sink)
{
    const ZipEntry &e = m_entries.at(index);
    const Slot &slot = m_slots.at(index);
    if (slot.method != 0 && slot.method != Z_DEFLATED)
        return refuse(
            e.name,
            tr("it is compressed with method %1; Rewind reads only stored and deflated entries").arg(slot.method),
            ErrorCode::Unsupported);
    if (e.isDir())
        return {};
    if (e.uncompressedSize > m_limits.maxEntryBytes)
        return refuse(e.name, tr("it declares %1 bytes, more than the %2 allowed for one entry")
                                  .arg(e.uncompressedSize)
                                  .arg(m_limits.maxEntryBytes));
    if (e.uncompressedSize > m_limits.maxTotalBytes - m_produced)
        return refuse(e.name, tr("it declares %1 bytes, more than the %2 left of the %3 allowed for the archive")
                                  .arg(e.uncompressedSize)
                                  .arg(std::max<qint64>(0, m_limits.maxTotalBytes - m_produced))
                                  .arg(m_limits.maxTotalBytes));

    // Back to the entry by its directory position: QuaZip::setCurrentFile() compares names through its
    // own decoding and a 256-byte buffer. goToFirstFile() marks QuaZip as having a current file.
    unz64_file_pos position = {};
    position.pos_in_zip_directory = ZPOS64_T(slot.dirPos);
    position.num_of_file = ZPOS64_T(slot.fileNum);
    if (!m_zip->goToFirstFile() || unzGoToFilePos64(m_zip->getUnzFile(), &position) != UNZ_OK)
        return refuse(e.name, tr("it cannot be found again; the archive is damaged"));
    QuaZipFile file(m_zip.get());
    int method = -1;
    // Raw mode: the compressed bytes as stored, inflated below, so that every byte produced is counted
    // (minizip would stop silently at the declared size and check the CRC only when that is reached).
    if (!file.open(QIODevice::ReadOnly, &method, nullptr, true))
        return refuse(e.name, tr("it cannot be opened (zip error %1); the archive is damaged").arg(file.getZipError()));
    if (method != slot.method)
        return refuse(e.name, tr("its local header does not match the central directory"));

    Inflater inflater;
    if (method == Z_DEFLATED) {
        if (inflateInit2(&inflater.stream, -MAX_WBITS) != Z_OK)
            return refuse(e.name, tr("the decompressor cannot be started"), ErrorCode::Io);
        inflater.active = true;
    }
    QByteArray in(kChunk, Qt::Uninitialized);
    QByteArray out(kChunk, Qt::Uninitialized);
    qint64 produced = 0;
    uLong crc = crc32(0, nullptr, 0);
    bool ended = false;

    // Hands one chunk on, unless it would break a limit. `consumed`: compressed bytes used so far.
    const auto deliver = [&](const char *data, qint64 size, qint64 consumed) -> Status {
        const qint64 after = produced + size;
        if (after > m_limits.maxEntryBytes)
            return refuse(
                e.name, tr("it inflates to more than the %1 bytes allowed for one entry").arg(m_limits.maxEntryBytes));
        if (size > m_limits.maxTotalBytes - m_produced)
            return refuse(
                e.name,
                tr("reading it exceeds the %1 bytes allowed for the whole archive").arg(m_limits.maxTotalBytes));
        if (after > kRatioFloor && double(after) > m_limits.maxRatio * double(std::max<qint64>(consumed, 1)))
            return refuse(e.name, tr("it inflates more than %1 times (%2 bytes from %3): a zip bomb")
                                      .arg(m_limits.maxRatio)
                                      .arg(after)
                                      .arg(consumed));
        if (after > e.uncompressedSize)
            return refuse(e.name, tr("it holds more than the %1 bytes its header declares").arg(e.uncompressedSize));
        produced = after;
        m_produced += size;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size));
        if (!sink(QByteArrayView(data, size)))
            return refuse(e.name, tr("reading it was stopped"), ErrorCode::Cancelled);
        return {};
    };
    const auto trailing = [&] {
        return refuse(e.name, tr("its data continues after the end of its compressed stream"));
    };

    for (;;) {
        const qint64 got = file.read(in.data(), kChunk);
        if (got < 0)
            return refuse(e.name, tr("its data cannot be read (zip error %1); the archive is damaged or truncated")
                                      .arg(file.getZipError()));
        if (got == 0)
            break;
        if (method == 0) {
            if (auto st = deliver(in.data(), got, produced + got); !st)
                return st;
            continue;
        }
        if (ended)
            return trailing();
        z_stream &zs = inflater.stream;
        zs.next_in = reinterpret_cast<Bytef *>(in.data());
        zs.avail_in = uInt(got);
        for (;;) {
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(kChunk);
            const uInt inBefore = zs.avail_in;
            const int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return refuse(e.name, tr("its compressed data is damaged (%1)")
                                          .arg(zs.msg ? QString::fromLatin1(zs.msg) : QString::number(rc)));
            const qint64 size = kChunk - qint64(zs.avail_out);
            if (size > 0) {
                if (auto st = deliver(out.data(), size, qint64(zs.total_in)); !st)
                    return st;
            }
            if (rc == Z_STREAM_END) {
                ended = true;
                if (zs.avail_in != 0)
                    return trailing();
                break;
            }
            if (zs.avail_out != 0 && zs.avail_in == 0)
                break; // all input used, all output handed on: read more
            if (size == 0 && zs.avail_in == inBefore)
                break; // no progress possible (cannot happen with valid zlib, but never spin)
        }
    }
    if (method == Z_DEFLATED && !ended)
        return refuse(e.name, tr("its compressed data ends early; the archive is damaged or truncated"));
    if (produced != e.uncompressedSize)
        return refuse(e.name,
                      tr("it holds %1 bytes, but its header declares %2").arg(produced).arg(e.uncompressedSize));
    if (quint32(crc) != e.crc)
        return refuse(e.name, tr("its checksum (CRC-32) does not match; the archive is damaged"));
    file.close();
    if (file.getZipError() != UNZ_OK)
        return refuse(e.name, tr("it cannot be closed (zip error %1); the archive is damaged").arg(file.getZipError()));
    return {};
}

Result<QByteArray> SafeZipReader::readAll(const QString &name, qint64 maxBytes)
{
    if (auto st = open(); !st)
        return st.error();
    const ZipEntry *e = entry(name);
    if (!e)
        return makeError(ErrorCode::NotFound,
                         tr("The archive %1 holds no entry \"%2\".").arg(native(m_path), printable(name)));
    if (e->uncompressedSize > maxBytes)
        return refuse(name,
                      tr("it declares %1 bytes; at most %2 are read at once").arg(e->uncompressedSize).arg(maxBytes));
    QByteArray bytes;
    bool tooLarge = false;
    const Status st = read(name, [&](QByteArrayView chunk) {
        if (bytes.size() + chunk.size() > maxBytes) {
            tooLarge = true;
            return false;
        }
        bytes.append(chunk);
        return true;
    });
    if (tooLarge)
        return refuse(name, tr("it holds more than the %1 bytes read at once").arg(maxBytes));
    if (!st)
        return st.error();
    return bytes;
}

Result<QStringList> SafeZipReader::extractTo(const QString &folder, const QStringList &names)
{
    if (auto st = open(); !st)
        return st.error();
    const QFileInfo folderInfo(folder);
    const QString base = folderInfo.canonicalFilePath();
    if (base.isEmpty() || !folderInfo.isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 to extract %2 into does not exist.").arg(native(folder), native(m_path)));

    QList<qsizetype> selected;
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            selected.append(i);
    } else {
        for (const QString &name : names) {
            const qsizetype i = m_index.value(name, -1);
            if (i < 0)
                return makeError(ErrorCode::NotFound,
                                 tr("The archive %1 holds no entry \"%2\".").arg(native(m_path), printable(name)));
            selected.append(i);
        }
        std::sort(selected.begin(), selected.end());
        selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
    }

    // Everything that can be judged from the directory is judged before the first byte is written.
    qint64 declared = 0;
    for (const qsizetype i : std::as_const(selected)) {
        const ZipEntry &e = m_entries.at(i);
        const quint16 method = m_slots.at(i).method;
        if (method != 0 && method != Z_DEFLATED)
            return refuse(
                e.name,
                tr("it is compressed with method %1; Rewind reads only stored and deflated entries").arg(method),
                ErrorCode::Unsupported);
        if (e.uncompressedSize > m_limits.maxEntryBytes)
            return refuse(e.name, tr("it declares %1 bytes, more than the %2 allowed for one entry")
                                      .arg(e.uncompressedSize)
                                      .arg(m_limits.maxEntryBytes));
        declared += e.uncompressedSize;
        if (declared > m_limits.maxTotalBytes - m_produced)
            return refuse(e.name, tr("the entries up to this one declare %1 bytes, more than the %2 allowed for "
                                     "the archive")
                                      .arg(declared)
                                      .arg(m_limits.maxTotalBytes));
    }

    TreeWriter tree(m_path, base);
    if (!tree.begin()) {
        const QString why = errnoText(errno);
        return makeError(
            ErrorCode::Io,
            tr("The folder %1 to extract %2 into cannot be opened: %3").arg(native(folder), native(m_path), why));
    }
    const QString shownBase = QDir::cleanPath(folder);
    QStringList written;
    for (const qsizetype i : std::as_const(selected)) {
        const ZipEntry &e = m_entries.at(i);
        tree.setEntry(e.name);
        if (e.isDir()) {
            auto dir = tree.openDir(e.name.chopped(1).split(u'/'), true);
            if (!dir)
                return dir.error(); // the tree writer removes what it created
            ::close(dir.value());
            continue;
        }
        const Status st = tree.writeFile(e.name, [&](int fd) -> Status {
            int writeError = 0;
            Status st = readEntry(i, [&](QByteArrayView chunk) {
                const char *data = chunk.data();
                qsizetype left = chunk.size();
                while (left > 0) {
                    const ssize_t n = ::write(fd, data, size_t(left));
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n <= 0) {
                        writeError = n < 0 ? errno : EIO;
                        return false;
                    }
                    data += n;
                    left -= n;
                }
                return true;
            });
            if (!st && writeError != 0)
                return refuse(e.name, tr("it cannot be written to the target folder: %1").arg(errnoText(writeError)),
                              ErrorCode::Io);
            return st;
        });
        if (!st)
            return st.error();
        written.append(shownBase + u'/' + e.name);
    }
    tree.commit();
    return written;
}

} // namespace Rewind
