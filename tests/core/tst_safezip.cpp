// SafeZipReader against hostile archives: names that leave the target, symbolic links, collisions
// (exact, case, NFC/NFD, file vs folder), zip bombs, lying size headers, damaged and encrypted archives,
// and links planted in the target. Every refusal must name the entry, write nothing outside the target
// and leave nothing inside it. The hostile archives are crafted here with QuaZip.

#include "archive/SafeZip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sys/resource.h>
#include <unistd.h>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
constexpr quint32 kRegular = 0100644u << 16;
constexpr quint32 kSymlink = 0120777u << 16;
constexpr quint32 kFifo = 0010644u << 16;
constexpr qint64 kMiB = 1024 * 1024;

struct Item
{
    QString name;
    QByteArray data;
    quint32 externalAttr = kRegular;
    QByteArray password; ///< non-empty: the entry is encrypted with it
};

Item file(const QString &name, const QByteArray &data = "1,2,3\n")
{
    return {name, data, kRegular, {}};
}

Item link(const QString &name, const QString &target)
{
    return {name, target.toUtf8(), kSymlink, {}};
}

/// Writes `items` into a new ZIP at `path`; false on any QuaZip error.
bool writeZip(const QString &path, const QList<Item> &items, bool utf8 = true, uint osCode = 3)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(utf8);
    zip.setOsCode(osCode);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Item &item : items) {
        QuaZipFile f(&zip);
        QuaZipNewInfo info(item.name);
        info.externalAttr = item.externalAttr;
        const char *password = item.password.isEmpty() ? nullptr : item.password.constData();
        if (!f.open(QIODevice::WriteOnly, info, password) || f.write(item.data) != item.data.size())
            return false;
        f.close();
        if (f.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

/// Random (incompressible) bytes, the same for the same seed.
QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

/// The compressed bytes and CRC of `data` as QuaZip stores it with `method` (0 stored, 8 deflate).
bool compress(const QString &scratch, const QByteArray &data, int method, QByteArray *raw, quint32 *crc)
{
    {
        QuaZip zip(scratch);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"x"_s), nullptr, 0, method) || f.write(data) != data.size())
            return false;
        f.close();
        zip.close();
    }
    QuaZip zip(scratch);
    if (!zip.open(QuaZip::mdUnzip) || !zip.goToFirstFile())
        return false;
    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    *crc = info.crc;
    QuaZipFile f(&zip);
    int m = 0;
    if (!f.open(QIODevice::ReadOnly, &m, nullptr, true))
        return false;
    *raw = f.readAll();
    f.close();
    return QFile::remove(scratch);
}

/// A ZIP holding `before` and then `name` with `data` whose header declares `declared` bytes: the
/// compressed bytes are copied in raw mode with a size and CRC of our choosing.
bool writeLyingZip(const QString &path, const QList<Item> &before, const QString &name, const QByteArray &data,
                   int method, qint64 declared)
{
    QByteArray raw;
    quint32 crc = 0;
    if (!compress(path + u".scratch"_s, data, method, &raw, &crc))
        return false;
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Item &item : before) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(item.name)) || f.write(item.data) != item.data.size())
            return false;
        f.close();
    }
    QuaZipFile f(&zip);
    QuaZipNewInfo info(name);
    info.externalAttr = kRegular;
    info.uncompressedSize = ulong(declared);
    if (!f.open(QIODevice::WriteOnly, info, nullptr, crc, method, Z_DEFAULT_COMPRESSION, true) ||
        f.write(raw) != raw.size())
        return false;
    f.close();
    zip.close();
    return f.getZipError() == 0 && zip.getZipError() == 0;
}

/// Replaces `from` by `to` (same length) everywhere in the file: names with bytes QuaZip cannot write.
bool patchFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    if (from.size() != to.size() || bytes.count(from) == 0)
        return false;
    bytes.replace(from, to);
    f.seek(0);
    return f.write(bytes) == bytes.size();
}

/// Every path below `root` with its kind, size, content hash or link target, sorted: equal snapshots mean
/// nothing was created, removed, replaced or changed.
QStringList snapshot(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        const QString rel = QDir(root).relativeFilePath(fi.filePath());
        if (fi.isSymLink()) {
            out.append(rel + u" -> "_s + fi.symLinkTarget());
        } else if (fi.isDir()) {
            out.append(rel + u'/');
        } else {
            QFile f(fi.filePath());
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly))
                hash.addData(&f);
            out.append(rel + u' ' + QString::number(fi.size()) + u' ' + QString::fromLatin1(hash.result().toHex()));
        }
    }
    out.sort();
    return out;
}

bool isEmptyDir(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

qint64 peakRssKiB()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// <tmp>/ with the archive beside <tmp>/target.
struct Sandbox
{
    QTemporaryDir dir;
    QString root() const { return dir.path(); }
    QString target() const { return dir.path() + u"/target"_s; }
    QString zip() const { return dir.path() + u"/archive.zip"_s; }
    bool ready() const { return dir.isValid() && QDir().mkpath(target()); }
};

/// Extracts `zip` into `target`, expecting a refusal whose message names the archive and contains
/// `needle` (the quoted entry), with <root> unchanged and nothing in the target. Empty when all held.
QString expectRefused(const Sandbox &box, const QString &needle, ErrorCode code = ErrorCode::Corrupt,
                      const ZipLimits &limits = {})
{
    const QStringList before = snapshot(box.root());
    SafeZipReader reader(box.zip(), limits);
    const auto result = reader.extractTo(box.target());
    if (result)
        return u"extraction succeeded: "_s + result->join(u", "_s);
    const Error &error = result.error();
    if (error.code != code)
        return u"code %1 instead of %2: %3"_s.arg(int(error.code)).arg(int(code)).arg(error.message);
    if (!error.message.contains(needle))
        return u"message does not contain %1: %2"_s.arg(needle, error.message);
    if (!error.message.contains(QDir::toNativeSeparators(box.zip())))
        return u"message does not name the archive: "_s + error.message;
    const QStringList after = snapshot(box.root());
    if (after != before)
        return u"the sandbox changed:\nbefore: %1\nafter:  %2"_s.arg(before.join(u"; "_s), after.join(u"; "_s));
    if (!isEmptyDir(box.target()))
        return u"the target is not empty"_s;
    return {};
}

/// The error message of a failed result, for QVERIFY2 (which builds its message even on success).
template <typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

QString quoted(const QString &entry)
{
    return u'"' + entry + u'"';
}
} // namespace

Q_DECLARE_METATYPE(Item)

class TestSafeZip : public QObject
{
    Q_OBJECT

private slots:
    void hostileEntries_data();
    void hostileEntries();
    void symlinkFromAnyHost();
    void nulAndInvalidUtf8InNames();
    void encryptedEntry();
    void tooManyEntries();
    void notAZip_data();
    void notAZip();
    void damagedData_data();
    void damagedData();
    void falseCompressedSizes();
    void unsupportedMethod();
    void zipBombRefusedByRatio();
    void totalLimitOverManyEntries();
    void lyingSizeHeader_data();
    void lyingSizeHeader();
    void extractsJapaneseNamesExactly_data();
    void extractsJapaneseNamesExactly();
    void extractsSelectedNames();
    void readAllSmallEntry();
    void streamsLargeEntryInBoundedMemory();
    void preexistingLinksAndFilesInTarget_data();
    void preexistingLinksAndFilesInTarget();
};

void TestSafeZip::hostileEntries_data()
{
    QTest::addColumn<QList<Item>>("items");
    QTest::addColumn<QString>("entry"); // as the message shows it; @ROOT@ is the sandbox

    const QString nfc = u"\u304C.csv"_s;       // が
    const QString nfd = u"\u304B\u3099.csv"_s; // か + combining dakuten
    QTest::newRow("../x") << QList<Item>{file(u"../x"_s)} << u"../x"_s;
    QTest::newRow("a/../../x") << QList<Item>{file(u"a/ok.csv"_s), file(u"a/../../x"_s)} << u"a/../../x"_s;
    QTest::newRow("absolute") << QList<Item>{file(u"@ROOT@/abs"_s)} << u"@ROOT@/abs"_s;
    QTest::newRow("/abs") << QList<Item>{file(u"/abs"_s)} << u"/abs"_s;
    QTest::newRow("drive letter") << QList<Item>{file(u"C:x"_s)} << u"C:x"_s;
    QTest::newRow("backslash") << QList<Item>{file(u"a\\..\\x"_s)} << u"a\\..\\x"_s;
    QTest::newRow("backslash parent") << QList<Item>{file(u"..\\x"_s)} << u"..\\x"_s;
    QTest::newRow("empty component") << QList<Item>{file(u"a//b"_s)} << u"a//b"_s;
    QTest::newRow("dot component") << QList<Item>{file(u"./a"_s)} << u"./a"_s;
    QTest::newRow("empty name") << QList<Item>{file(QString())} << QString();
    QTest::newRow("control character") << QList<Item>{file(u"a\tb.csv"_s)} << u"a\\x09b.csv"_s;
    QTest::newRow("folder with data") << QList<Item>{file(u"d/"_s, "x")} << u"d/"_s;
    QTest::newRow("symlink to .. then a file in it")
        << QList<Item>{link(u"link"_s, u".."_s), file(u"link/x"_s)} << u"link"_s;
    QTest::newRow("symlink to an absolute path then a file in it")
        << QList<Item>{link(u"link"_s, u"@ROOT@"_s), file(u"link/x"_s)} << u"link"_s;
    QTest::newRow("symlink alone") << QList<Item>{link(u"link"_s, u"@ROOT@/x"_s)} << u"link"_s;
    QTest::newRow("fifo") << QList<Item>{Item{u"pipe"_s, {}, kFifo, {}}} << u"pipe"_s;
    QTest::newRow("a.csv twice") << QList<Item>{file(u"a.csv"_s), file(u"a.csv"_s, "other")} << u"a.csv"_s;
    QTest::newRow("A.csv and a.csv") << QList<Item>{file(u"A.csv"_s), file(u"a.csv"_s)} << u"a.csv"_s;
    QTest::newRow("NFC and NFD") << QList<Item>{file(nfc), file(nfd)} << nfd;
    QTest::newRow("file a, then a/b") << QList<Item>{file(u"a"_s), file(u"a/b"_s)} << u"a/b"_s;
    QTest::newRow("a/b, then file a") << QList<Item>{file(u"a/b"_s), file(u"a"_s)} << u"a"_s;
    QTest::newRow("folder a/, then file a") << QList<Item>{file(u"a/"_s, {}), file(u"a"_s)} << u"a"_s;
    QTest::newRow("file A, then a/b") << QList<Item>{file(u"A"_s), file(u"a/b/c"_s)} << u"a/b/c"_s;
}

void TestSafeZip::hostileEntries()
{
    QFETCH(QList<Item>, items);
    QFETCH(QString, entry);
    Sandbox box;
    QVERIFY(box.ready());
    for (Item &item : items) {
        item.name.replace(u"@ROOT@"_s, box.root());
        item.data.replace("@ROOT@", box.root().toUtf8());
    }
    entry.replace(u"@ROOT@"_s, box.root());
    QVERIFY(writeZip(box.zip(), items));

    const QString problem = expectRefused(box, quoted(entry));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(u"/abs"_s));
    QVERIFY(!QFileInfo::exists(box.root() + u"/x"_s));

    // open() says the same, lists nothing, and read() never reaches its sink.
    SafeZipReader reader(box.zip());
    const Status opened = reader.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Corrupt);
    QVERIFY2(opened.error().message.contains(quoted(entry)), qPrintable(opened.error().message));
    QVERIFY(reader.entries().isEmpty());
    bool called = false;
    QVERIFY(!reader.read(items.constLast().name, [&](QByteArrayView) { return called = true; }));
    QVERIFY(!called);
}

void TestSafeZip::symlinkFromAnyHost()
{
    // The Unix mode in the external attributes is honoured whatever host the archive claims: a
    // "DOS" (0) or "NTFS" (10) archive carrying S_IFLNK is refused too.
    for (const uint host : {0u, 3u, 10u, 19u}) {
        Sandbox box;
        QVERIFY(box.ready());
        QVERIFY(writeZip(box.zip(), {link(u"link"_s, u".."_s), file(u"link/x"_s)}, true, host));
        const QString problem = expectRefused(box, quoted(u"link"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(u"host %1: %2"_s.arg(host).arg(problem)));
    }
}

void TestSafeZip::nulAndInvalidUtf8InNames()
{
    // QuaZip writes names as C strings, so the bytes are patched in afterwards (local and central headers).
    Sandbox box;
    QVERIFY(box.ready());
    QVERIFY(writeZip(box.zip(), {file(u"good.csv"_s), file(u"aXb.csv"_s)}));
    QVERIFY(patchFile(box.zip(), "aXb.csv", QByteArray("a\0b.csv", 7)));
    QString problem = expectRefused(box, quoted(u"a\\x00b.csv"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Sandbox box2;
    QVERIFY(box2.ready());
    QVERIFY(writeZip(box2.zip(), {file(u"good.csv"_s), file(u"aXb.csv"_s)}));
    QVERIFY(patchFile(box2.zip(), "aXb.csv",
                      "a\xff"
                      "b.csv"));
    problem = expectRefused(box2, u"UTF-8"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSafeZip::encryptedEntry()
{
    Sandbox box;
    QVERIFY(box.ready());
    Item secret = file(u"secret.csv"_s);
    secret.password = "password";
    QVERIFY(writeZip(box.zip(), {file(u"plain.csv"_s), secret}));
    const QString problem = expectRefused(box, quoted(u"secret.csv"_s) + u": it is encrypted"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSafeZip::tooManyEntries()
{
    Sandbox box;
    QVERIFY(box.ready());
    QList<Item> items;
    for (int i = 0; i < 11; ++i)
        items.append(file(u"f%1.csv"_s.arg(i)));
    QVERIFY(writeZip(box.zip(), items));
    ZipLimits limits;
    limits.maxEntries = 10;
    const QString problem = expectRefused(box, u"11"_s, ErrorCode::Corrupt, limits);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    limits.maxEntries = 11;
    QVERIFY(SafeZipReader(box.zip(), limits).open());
}

void TestSafeZip::notAZip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("empty file") << u"empty"_s;
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("folder") << u"folder"_s;
}

void TestSafeZip::notAZip()
{
    QFETCH(QString, kind);
    Sandbox box;
    QVERIFY(box.ready());
    if (kind == "folder"_L1) {
        QVERIFY(QDir().mkpath(box.zip()));
    } else {
        QByteArray bytes;
        if (kind == "garbage"_L1)
            bytes = randomBytes(4096, 1);
        else if (kind == "text"_L1)
            bytes = "PK\x03\x04 but not really a zip\n";
        else if (kind == "truncated"_L1) {
            QVERIFY(writeZip(box.zip(), {file(u"a.csv"_s, randomBytes(20000, 2)), file(u"b.csv"_s)}));
            QFile f(box.zip());
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll().left(12000);
        }
        QFile f(box.zip());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const QString problem = expectRefused(box, u"not a ZIP"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    SafeZipReader missing(box.root() + u"/missing.zip"_s);
    QCOMPARE(missing.open().error().code, ErrorCode::NotFound);
}

void TestSafeZip::damagedData_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("stored") << 0;
    QTest::newRow("deflated") << int(Z_DEFLATED);
}

void TestSafeZip::damagedData()
{
    // The directory is intact, the data of the second entry is not: found while streaming, after the
    // first entry was written, which must be removed again.
    QFETCH(int, method);
    Sandbox box;
    QVERIFY(box.ready());
    QByteArray text;
    for (int i = 0; i < 4000; ++i)
        text += "row " + QByteArray::number(i) + ",顧客,東京都\n";
    {
        QuaZip zip(box.zip());
        zip.setUtf8Enabled(true);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const QString &name : {u"sub/first.csv"_s, u"sub/second.csv"_s}) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method));
            f.write(name == "sub/first.csv"_L1 ? QByteArray("fine\n") : text);
            f.close();
        }
        zip.close();
    }
    QFile f(box.zip());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("sub/second.csv") + 14 + 2000; // well inside its data
    bytes[at] = char(bytes.at(at) ^ 0x55);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QString problem = expectRefused(box, quoted(u"sub/second.csv"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSafeZip::falseCompressedSizes()
{
    // Compressed sizes that add up to more than the file: entries that overlap (one compressed kernel
    // referenced by many entries) or sizes that are simply false. Patched in the central directory.
    Sandbox box;
    QVERIFY(box.ready());
    QVERIFY(writeZip(box.zip(), {file(u"first.csv"_s), file(u"second.csv"_s)}));
    QFile f(box.zip());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype central = bytes.lastIndexOf("PK\x01\x02"); // the second entry's central header
    QVERIFY(central > 0);
    bytes.replace(central + 20, 4, QByteArray("\x00\x00\x01\x00", 4)); // compressed size 65536
    f.seek(0);
    f.write(bytes);
    f.close();
    const QString problem = expectRefused(box, quoted(u"second.csv"_s) + u": the compressed sizes"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSafeZip::unsupportedMethod()
{
    // bzip2 (method 12) is legal ZIP but not read: refused before anything is written.
    Sandbox box;
    QVERIFY(box.ready());
    {
        QuaZip zip(box.zip());
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const int method : {int(Z_DEFLATED), int(Z_BZIP2ED)}) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(method == Z_DEFLATED ? u"ok.csv"_s : u"bz.csv"_s),
                           nullptr, 0, method, 9));
            f.write("some,data\n");
            f.close();
            QCOMPARE(f.getZipError(), 0);
        }
        zip.close();
    }
    const QString problem =
        expectRefused(box, quoted(u"bz.csv"_s) + u": it is compressed with method 12"_s, ErrorCode::Unsupported);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SafeZipReader reader(box.zip());
    QCOMPARE(reader.read(u"bz.csv"_s, [](QByteArrayView) { return true; }).error().code, ErrorCode::Unsupported);
    QCOMPARE(reader.readAll(u"ok.csv"_s).value(), QByteArray("some,data\n"));
}

void TestSafeZip::zipBombRefusedByRatio()
{
    // 200 MiB of zeros deflate ~1000:1; written in 64 KiB pieces so the test stays lean.
    Sandbox box;
    QVERIFY(box.ready());
    {
        QuaZip zip(box.zip());
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile f(&zip);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"bomb.csv"_s)));
        const QByteArray zeros(64 * 1024, '\0');
        for (int i = 0; i < 200 * 16; ++i)
            QCOMPARE(f.write(zeros), zeros.size());
        f.close();
        zip.close();
    }
    QVERIFY(QFileInfo(box.zip()).size() < 1 * kMiB);
    const QString problem = expectRefused(box, quoted(u"bomb.csv"_s) + u": it inflates more than 200 times"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // read() stops just after the 1 MiB exemption, long before 200 MiB.
    SafeZipReader reader(box.zip());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().value(0).uncompressedSize, 200 * kMiB);
    qint64 delivered = 0;
    const Status st = reader.read(u"bomb.csv"_s, [&](QByteArrayView chunk) {
        delivered += chunk.size();
        return true;
    });
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(u"zip bomb"_s), qPrintable(st.error().message));
    QVERIFY2(delivered <= kMiB + 64 * 1024, qPrintable(QString::number(delivered)));
    QVERIFY(reader.producedBytes() <= kMiB + 64 * 1024);

    // A higher ratio limit lets the same archive through (the limit, not the size, refused it).
    ZipLimits lenient;
    lenient.maxRatio = 5000;
    SafeZipReader relaxed(box.zip(), lenient);
    qint64 total = 0;
    QVERIFY(relaxed.read(u"bomb.csv"_s, [&](QByteArrayView chunk) {
        total += chunk.size();
        return true;
    }));
    QCOMPARE(total, 200 * kMiB);
}

void TestSafeZip::totalLimitOverManyEntries()
{
    Sandbox box;
    QVERIFY(box.ready());
    QList<Item> items;
    for (int i = 0; i < 40; ++i)
        items.append(file(u"part%1.bin"_s.arg(i, 2, 10, QChar(u'0')), randomBytes(64 * 1024, quint32(100 + i))));
    QVERIFY(writeZip(box.zip(), items));
    ZipLimits limits;
    limits.maxTotalBytes = kMiB; // 16 entries fit exactly, the 17th does not
    QString problem = expectRefused(box, quoted(u"part16.bin"_s), ErrorCode::Corrupt, limits);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Streaming entry by entry: the reader counts across reads and refuses the 17th.
    SafeZipReader reader(box.zip(), limits);
    int done = 0;
    Status st;
    for (const Item &item : items) {
        st = reader.read(item.name, [](QByteArrayView) { return true; });
        if (!st)
            break;
        ++done;
    }
    QCOMPARE(done, 16);
    QVERIFY2(st.error().message.contains(quoted(u"part16.bin"_s)), qPrintable(st.error().message));
    QCOMPARE(reader.producedBytes(), kMiB);

    // Entry limit, declared and counted.
    limits = {};
    limits.maxEntryBytes = 32 * 1024;
    problem = expectRefused(box, quoted(u"part00.bin"_s), ErrorCode::Corrupt, limits);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSafeZip::lyingSizeHeader_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<qint64>("declared");
    QTest::addColumn<QString>("needle");
    QTest::newRow("deflated, declares 10 bytes") << int(Z_DEFLATED) << qint64(10) << u"10 bytes its header"_s;
    QTest::newRow("stored, declares 10 bytes") << 0 << qint64(10) << u"10 bytes its header"_s;
    QTest::newRow("deflated, declares 10 MiB") << int(Z_DEFLATED) << 10 * kMiB << u"header declares 10485760"_s;
}

void TestSafeZip::lyingSizeHeader()
{
    // 5 MiB of data under a header declaring another size. A good entry in a new folder comes first, so
    // the refusal must also remove what was already written.
    QFETCH(int, method);
    QFETCH(qint64, declared);
    QFETCH(QString, needle);
    Sandbox box;
    QVERIFY(box.ready());
    const QByteArray data = randomBytes(5 * kMiB, 7);
    QVERIFY(writeLyingZip(box.zip(), {file(u"sub/good.csv"_s), file(u"top.csv"_s)}, u"sub/big.csv"_s, data, method,
                          declared));
    SafeZipReader peek(box.zip());
    QVERIFY(peek.open());
    QCOMPARE(peek.entry(u"sub/big.csv"_s)->uncompressedSize, declared);

    const QString problem = expectRefused(box, quoted(u"sub/big.csv"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    SafeZipReader reader(box.zip());
    qint64 delivered = 0;
    const Status st = reader.read(u"sub/big.csv"_s, [&](QByteArrayView chunk) {
        delivered += chunk.size();
        return true;
    });
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(needle), qPrintable(st.error().message));
    QVERIFY(delivered <= std::max(declared, qint64(0)));
}

void TestSafeZip::extractsJapaneseNamesExactly_data()
{
    QTest::addColumn<bool>("utf8Flag");
    QTest::newRow("UTF-8 flag set") << true;
    QTest::newRow("UTF-8 bytes without the flag (QuaZip's default)") << false;
}

void TestSafeZip::extractsJapaneseNamesExactly()
{
    QFETCH(bool, utf8Flag);
    Sandbox box;
    QVERIFY(box.ready());
    const QByteArray customers = "\xEF\xBB\xBFRecord ID,顧客名\r\n1,山田太郎\r\n2,\"佐藤, 花子\"\r\n";
    const QByteArray quotes = randomBytes(300 * 1024, 3);
    const QByteArray manifest = R"({"format":"rewind-archive","dbs":["顧客","見積"]})";
    const QList<Item> items = {file(u"顧客.csv"_s, customers), file(u"案件/見積.csv"_s, quotes),
                               file(u"空のフォルダ/"_s, {}), file(u"manifest.json"_s, manifest),
                               file(u"empty.csv"_s, {})};
    QVERIFY(writeZip(box.zip(), items, utf8Flag));

    SafeZipReader reader(box.zip());
    QVERIFY(reader.open());
    QCOMPARE(reader.entries().size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ZipEntry &e = reader.entries().at(i);
        QCOMPARE(e.name, items.at(i).name);
        QCOMPARE(e.uncompressedSize, items.at(i).data.size());
        QVERIFY(e.modified.isValid());
    }
    QVERIFY(reader.entry(u"空のフォルダ/"_s)->isDir());
    const auto written = reader.extractTo(box.target());
    QVERIFY2(written, why(written).constData());
    QCOMPARE(written.value(), QStringList({box.target() + u"/顧客.csv"_s, box.target() + u"/案件/見積.csv"_s,
                                           box.target() + u"/manifest.json"_s, box.target() + u"/empty.csv"_s}));
    for (const Item &item : items) {
        const QString path = box.target() + u'/' + item.name;
        if (item.name.endsWith(u'/')) {
            QVERIFY(QFileInfo(path).isDir());
            continue;
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(f.readAll(), item.data);
    }
    // Exactly these, no temporary files left.
    QCOMPARE(snapshot(box.target()).size(), 6); // the 5 entries and the folder 案件
    QCOMPARE(reader.producedBytes(), qint64(customers.size() + quotes.size() + manifest.size()));

    // Extracting again into the same folder replaces nothing and removes nothing it did not create.
    const QStringList before = snapshot(box.root());
    const auto again = SafeZipReader(box.zip()).extractTo(box.target());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(again.error().message.contains(quoted(u"顧客.csv"_s)), qPrintable(again.error().message));
    QCOMPARE(snapshot(box.root()), before);
}

void TestSafeZip::extractsSelectedNames()
{
    Sandbox box;
    QVERIFY(box.ready());
    QVERIFY(writeZip(box.zip(), {file(u"顧客.csv"_s), file(u"案件/見積.csv"_s, "見積\n"), file(u"manifest.json"_s)}));
    SafeZipReader reader(box.zip());
    const auto written = reader.extractTo(box.target(), {u"案件/見積.csv"_s, u"案件/見積.csv"_s});
    QVERIFY2(written, why(written).constData());
    QCOMPARE(written.value(), QStringList{box.target() + u"/案件/見積.csv"_s});
    QCOMPARE(snapshot(box.target()).size(), 2);

    const QStringList before = snapshot(box.root());
    const auto unknown = reader.extractTo(box.target(), {u"manifest.json"_s, u"nope.csv"_s});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains(quoted(u"nope.csv"_s)));
    QCOMPARE(snapshot(box.root()), before);

    const auto noFolder = reader.extractTo(box.root() + u"/missing"_s);
    QVERIFY(!noFolder);
    QCOMPARE(noFolder.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(box.root() + u"/missing"_s));
}

void TestSafeZip::readAllSmallEntry()
{
    Sandbox box;
    QVERIFY(box.ready());
    const QByteArray manifest = R"({"format":"rewind-archive"})";
    QVERIFY(writeZip(box.zip(), {file(u"manifest.json"_s, manifest), file(u"big.csv"_s, randomBytes(100000, 5))}));
    SafeZipReader reader(box.zip());
    const auto bytes = reader.readAll(u"manifest.json"_s);
    QVERIFY2(bytes, why(bytes).constData());
    QCOMPARE(bytes.value(), manifest);
    const auto big = reader.readAll(u"big.csv"_s, 1000);
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(quoted(u"big.csv"_s)));
    QCOMPARE(reader.readAll(u"missing.json"_s).error().code, ErrorCode::NotFound);

    // A sink that gives up ends the read with Cancelled.
    const Status stopped = reader.read(u"big.csv"_s, [](QByteArrayView) { return false; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
}

void TestSafeZip::streamsLargeEntryInBoundedMemory()
{
    Sandbox box;
    QVERIFY(box.ready());
    constexpr qint64 kSize = 20 * kMiB;
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QuaZip zip(box.zip());
        zip.setUtf8Enabled(true);
        QVERIFY(zip.open(QuaZip::mdCreate));
        QuaZipFile f(&zip);
        QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"顧客.csv"_s)));
        QByteArray chunk;
        qint64 written = 0;
        for (qint64 row = 0; written < kSize; ++row) {
            chunk += QByteArray::number(row) + ",顧客" + QByteArray::number(row * 7919 % 100003) + ",東京都千代田区" +
                     QByteArray::number(row % 9 + 1) + "丁目\n";
            if (chunk.size() >= 60000 || written + chunk.size() >= kSize) {
                chunk.truncate(qsizetype(std::min<qint64>(chunk.size(), kSize - written)));
                QCOMPARE(f.write(chunk), chunk.size());
                expected.addData(chunk);
                written += chunk.size();
                chunk.clear();
            }
        }
        f.close();
        zip.close();
    }
    SafeZipReader reader(box.zip());
    QVERIFY(reader.open());
    const qint64 rssBefore = peakRssKiB();
    QCryptographicHash actual(QCryptographicHash::Sha256);
    qint64 total = 0, chunks = 0, largest = 0;
    const Status st = reader.read(u"顧客.csv"_s, [&](QByteArrayView chunk) {
        actual.addData(chunk);
        total += chunk.size();
        largest = std::max<qint64>(largest, chunk.size());
        ++chunks;
        return true;
    });
    QVERIFY2(st, qPrintable(st.error().message));
    QCOMPARE(total, kSize);
    QCOMPARE(actual.result(), expected.result());
    QVERIFY(largest <= 64 * 1024);
    QVERIFY(chunks >= kSize / (64 * 1024));
    // The peak resident size must not have grown by anything like the entry's 20 MiB.
    const qint64 grown = peakRssKiB() - rssBefore;
    QVERIFY2(grown < 8 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(grown)));
}

void TestSafeZip::preexistingLinksAndFilesInTarget_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("code");
    QTest::newRow("a file inside a linked folder") << u"link/x.csv"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("a folder entry on a link") << u"link/"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("a file on a link") << u"link"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("a file on a dangling link") << u"dangling"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("a file on an existing file") << u"existing.csv"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("a file under an existing file") << u"existing.csv/x"_s << int(ErrorCode::AlreadyExists);
}

void TestSafeZip::preexistingLinksAndFilesInTarget()
{
    // target/link -> <tmp>/outside, target/dangling -> <tmp>/outside/new.csv, target/existing.csv: never
    // followed, replaced or changed; good entries before the bad one are removed again.
    QFETCH(QString, entry);
    QFETCH(int, code);
    Sandbox box;
    QVERIFY(box.ready());
    const QString outside = box.root() + u"/outside"_s;
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::link(outside, box.target() + u"/link"_s));
    QVERIFY(QFile::link(outside + u"/new.csv"_s, box.target() + u"/dangling"_s));
    {
        QFile f(box.target() + u"/existing.csv"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    const QByteArray data = entry.endsWith(u'/') ? QByteArray() : QByteArray("evil\n");
    QVERIFY(writeZip(box.zip(), {file(u"good/first.csv"_s), file(entry, data)}));
    const QStringList before = snapshot(box.root());
    SafeZipReader reader(box.zip());
    const auto result = reader.extractTo(box.target());
    QVERIFY(!result);
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().message.contains(quoted(entry)), qPrintable(result.error().message));
    QCOMPARE(snapshot(box.root()), before);
    QVERIFY(isEmptyDir(outside));
    QVERIFY(!QFileInfo::exists(box.target() + u"/good"_s));
}

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
