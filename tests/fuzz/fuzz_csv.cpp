// CsvReader on arbitrary bytes, with every encoding (detected, or forced to UTF-8 with BOM, UTF-8 or
// CP932), every delimiter, the field-size limit, and reads of a few bytes at a time. The first input byte
// chooses the options; the rest is the file:
//   bits 0-1 encoding: detect, utf-8-bom, utf-8, cp932     bits 2-3 delimiter: detect , \t ;
//   bit 4    maxFieldChars 16 instead of 1,000,000         bit 5    also read in small chunks and compare
//   bits 6-7 small chunk size: 1, 2, 3 or 7 bytes
// Oracle: the records, their line numbers and whether the file is refused must not depend on the chunk
// size (the reader decodes and splits records across chunk boundaries); a reader always terminates with
// no more records than bytes.

#include "FuzzSupport.h"

#include "transfer/CsvReader.h"

#include <QStringList>

using namespace Rewind;

namespace
{
struct Read
{
    bool opened = false;
    bool failed = false;
    QChar delimiter;
    QList<QStringList> rows;
    QList<std::pair<qint64, qint64>> positions; // row(), line()
};

Read readAll(const QString &path, const CsvReader::Options &options, qint64 fileSize)
{
    Read r;
    CsvReader reader(options);
    r.opened = reader.open(path);
    if (!r.opened) {
        FUZZ_CHECK(reader.hasError());
        r.failed = true;
        return r;
    }
    r.delimiter = reader.delimiter();
    QStringList cells;
    while (reader.readRow(&cells)) {
        FUZZ_CHECK(!cells.isEmpty());
        FUZZ_CHECK(reader.row() == r.rows.size() + 1);
        FUZZ_CHECK(reader.line() >= 1);
        FUZZ_CHECK(r.rows.size() <= fileSize); // every record consumes at least one byte
        r.rows.append(cells);
        r.positions.append({reader.row(), reader.line()});
    }
    r.failed = reader.hasError();
    FUZZ_CHECK(!r.failed || !reader.errorString().isEmpty());
    FUZZ_CHECK(reader.bytesRead() <= reader.size());
    if (!r.failed)
        FUZZ_CHECK(reader.bytesRead() == reader.size());
    // After the end (or an error) it stays there.
    FUZZ_CHECK(!reader.readRow(&cells));
    FUZZ_CHECK(cells.isEmpty());
    return r;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RewindFuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QString path = RewindFuzz::writeScratch(QStringLiteral("input.csv"), data + 1, size - 1);
    const qint64 fileSize = qint64(size - 1);

    CsvReader::Options options;
    switch (mode & 3) {
    case 1:
        options.encoding = CsvEncoding::Utf8Bom;
        break;
    case 2:
        options.encoding = CsvEncoding::Utf8;
        break;
    case 3:
        options.encoding = CsvEncoding::Cp932;
        break;
    default:
        break;
    }
    static constexpr char16_t kDelimiters[] = {0, u',', u'\t', u';'};
    if (const char16_t d = kDelimiters[(mode >> 2) & 3])
        options.delimiter = QChar(d);
    if (mode & 0x10)
        options.maxFieldChars = 16;

    const Read whole = readAll(path, options, fileSize);
    if (!(mode & 0x20) || !whole.opened)
        return 0;

    static constexpr qint64 kChunks[] = {1, 2, 3, 7};
    CsvReader::Options small = options;
    small.readChunkBytes = kChunks[mode >> 6];
    small.delimiter = whole.delimiter; // detection looks at the first chunk, which is what differs here
    const Read chunked = readAll(path, small, fileSize);
    FUZZ_CHECK(chunked.opened || chunked.failed);
    FUZZ_CHECK(chunked.failed == whole.failed);
    // Up to the first error both saw the same records (a whole-file read finds a decoding error sooner).
    const qsizetype common = std::min(whole.rows.size(), chunked.rows.size());
    if (!whole.failed)
        FUZZ_CHECK(whole.rows.size() == chunked.rows.size());
    for (qsizetype i = 0; i < common; ++i) {
        FUZZ_CHECK(whole.rows[i] == chunked.rows[i]);
        FUZZ_CHECK(whole.positions[i] == chunked.positions[i]);
    }
    return 0;
}
