// The archive reader: ArchiveService::verifyFile() on the input as an archive (SafeZipReader's checks of
// the central directory, manifest.json, every entry's content against it), SafeZipReader::extractTo() into
// a fresh folder, and ArchiveManifest::fromJson() on the input as manifest.json itself.
// Oracles: extraction never writes outside its folder and leaves nothing behind when it fails; every
// path it reports lies inside the folder; an accepted manifest writes out and reads back the same.

#include "FuzzSupport.h"

#include "archive/Archive.h"
#include "archive/ArchiveService.h"
#include "archive/SafeZip.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Rewind;

namespace
{
// Small limits: the inputs are small, and a bomb must be stopped long before it fills the scratch disk.
ZipLimits limits()
{
    ZipLimits l;
    l.maxTotalBytes = 8 * 1024 * 1024;
    l.maxEntryBytes = 4 * 1024 * 1024;
    l.maxEntries = 1000;
    return l;
}

QStringList filesUnder(const QString &dir)
{
    QStringList all;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    return all;
}

void checkExtraction(const QString &zipPath)
{
    const QString root = RewindFuzz::scratch();
    const QString target = root + QStringLiteral("/out");
    FUZZ_CHECK(QDir().mkpath(target));
    const QStringList before = filesUnder(root);
    SafeZipReader zip(zipPath, limits());
    auto written = zip.extractTo(target);
    if (written) {
        const QString canonical = QFileInfo(target).canonicalFilePath() + u'/';
        for (const QString &file : written.value()) {
            FUZZ_CHECK(file.startsWith(target + u'/'));
            const QFileInfo info(file);
            FUZZ_CHECK(info.isFile() && !info.isSymLink());
            FUZZ_CHECK(info.canonicalFilePath().startsWith(canonical));
        }
    } else {
        FUZZ_CHECK(!written.error().message.isEmpty());
        // A refused archive leaves the folder as it was.
        FUZZ_CHECK(filesUnder(target).isEmpty());
    }
    // Nothing appeared outside the target folder.
    for (const QString &f : filesUnder(root))
        FUZZ_CHECK(f.startsWith(target + u'/') || before.contains(f));
    FUZZ_CHECK(QDir(target).removeRecursively());

    // Reading each entry whole and streamed agree (both count against the same limits).
    SafeZipReader reader(zipPath, limits());
    if (!reader.open())
        return;
    for (const ZipEntry &e : reader.entries()) {
        FUZZ_CHECK(reader.entry(e.name) != nullptr);
        auto whole = reader.readAll(e.name, 1024 * 1024);
        qint64 streamed = 0;
        const Status st = reader.read(e.name, [&](QByteArrayView chunk) {
            FUZZ_CHECK(chunk.size() <= 64 * 1024);
            streamed += chunk.size();
            return true;
        });
        if (whole && st)
            FUZZ_CHECK(streamed == whole->size());
    }
}

void roundTrip(const ArchiveManifest &m)
{
    const QJsonObject json = m.toJson();
    auto again = ArchiveManifest::fromJson(json);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->toJson() == json);
    (void)again->rangeText();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RewindFuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = RewindFuzz::writeScratch(QStringLiteral("input.zip"), data, size);
    auto report = ArchiveService::verifyFile(path);
    if (report) {
        if (report->manifest)
            roundTrip(*report->manifest);
        (void)report->ok();
    } else {
        FUZZ_CHECK(!report.error().message.isEmpty());
    }
    checkExtraction(path);

    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (json.isObject()) {
        auto parsed = ArchiveManifest::fromJson(json.object());
        if (parsed)
            roundTrip(parsed.value());
        else
            FUZZ_CHECK(!parsed.error().message.isEmpty());
    }
    return 0;
}
