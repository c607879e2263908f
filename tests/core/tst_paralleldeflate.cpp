// ParallelDeflate against zlib itself: every stream inflates (raw) back to the bytes written, with
// nothing after its end; the CRC-32 and sizes match zlib's own; the ratio stays close to one stream at
// level 6; a failing output device is reported; and QuaZip takes the stream as a raw entry.

#include "archive/ParallelDeflate.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype kBlock = 64 * 1024; // small blocks: many of them in little data

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

/// CSV-like text: repeats within a line and across lines, as an archive's entries do.
QByteArray csvLike(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char *const words[] = {"東京都", "大阪府", "見積", "受注", "完了", "保留", "株式会社", "営業部"};
    QByteArray out;
    out.reserve(size + 256);
    for (qint64 row = 1; out.size() < size; ++row) {
        out += QByteArray::number(row) + ',' + words[rng.bounded(8)] + ',' + QByteArray::number(rng.bounded(100000)) +
               ",\"" + words[rng.bounded(8)] + ' ' + words[rng.bounded(8)] + "\",2026-11-" +
               QByteArray::number(1 + rng.bounded(28)) + "\r\n";
    }
    out.truncate(size);
    return out;
}

/// Raw inflate; fails on a damaged stream, a stream that does not end, or bytes after its end.
bool inflateRaw(const QByteArray &in, QByteArray *out)
{
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK)
        return false;
    zs.next_in = const_cast<Bytef *>(reinterpret_cast<const Bytef *>(in.constData()));
    zs.avail_in = uInt(in.size());
    out->clear();
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk.data());
        zs.avail_out = uInt(chunk.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        out->append(chunk.constData(), chunk.size() - qsizetype(zs.avail_out));
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // truncated
    }
    const bool ok = rc == Z_STREAM_END && zs.avail_in == 0;
    inflateEnd(&zs);
    return ok;
}

QByteArray deflateSingle(const QByteArray &in, int *dataType = nullptr)
{
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))), Qt::Uninitialized);
    zs.next_in = const_cast<Bytef *>(reinterpret_cast<const Bytef *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.truncate(out.size() - qsizetype(zs.avail_out));
    if (dataType)
        *dataType = zs.data_type;
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

quint32 zlibCrc(const QByteArray &data)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), size_t(data.size())));
}

/// Compresses `data` written in pieces of `chunk` bytes (0: one write).
/// Returns the stream, or a short reason when ParallelDeflate failed or counted wrong.
QByteArray compress(const QByteArray &data, qsizetype chunk, int threads, qsizetype block)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ParallelDeflate deflater(&out, threads, block);
    const qsizetype step = chunk > 0 ? chunk : std::max<qsizetype>(data.size(), 1);
    for (qsizetype pos = 0; pos < data.size(); pos += step) {
        const qsizetype n = std::min(step, data.size() - pos);
        if (deflater.write(data.constData() + pos, n) != n)
            return QByteArray("write failed");
    }
    if (!deflater.finish())
        return QByteArray("finish failed");
    if (deflater.uncompressedSize() != data.size() || deflater.compressedSize() != out.data().size() ||
        deflater.crc32() != zlibCrc(data))
        return QByteArray("counters wrong");
    return out.data();
}

/// Accepts `limit` bytes, then fails every write.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};
} // namespace

class TstParallelDeflate : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qsizetype>("chunk");
        QTest::addColumn<int>("threads");
        QTest::addColumn<qsizetype>("block");
        QTest::newRow("empty") << QByteArray() << qsizetype(0) << 2 << kBlock;
        QTest::newRow("one byte") << QByteArray("x") << qsizetype(0) << 2 << kBlock;
        QTest::newRow("exactly one block") << csvLike(kBlock, 1) << qsizetype(0) << 2 << kBlock;
        QTest::newRow("one block and a byte") << csvLike(kBlock + 1, 2) << qsizetype(0) << 2 << kBlock;
        QTest::newRow("exactly three blocks, written in odd pieces")
            << csvLike(3 * kBlock, 3) << qsizetype(4099) << 2 << kBlock;
        QTest::newRow("many blocks, random") << randomBytes(40 * kBlock + 123, 4) << qsizetype(70000) << 2 << kBlock;
        QTest::newRow("many blocks, repetitive") << csvLike(40 * kBlock + 77, 5) << qsizetype(1000) << 2 << kBlock;
        QTest::newRow("many blocks, one character") << QByteArray(20 * kBlock + 5, 'a') << qsizetype(0) << 2 << kBlock;
        QTest::newRow("one thread") << csvLike(10 * kBlock + 9, 6) << qsizetype(8192) << 1 << kBlock;
        QTest::newRow("no threads: the writer compresses")
            << csvLike(10 * kBlock + 9, 18) << qsizetype(8192) << 0 << kBlock;
        QTest::newRow("four threads") << randomBytes(10 * kBlock + 9, 7) << qsizetype(8192) << 4 << kBlock;
        QTest::newRow("blocks smaller than the window")
            << csvLike(100 * 1024, 8) << qsizetype(3000) << 2 << qsizetype(5000);
        QTest::newRow("default blocks, 5 MB repetitive")
            << csvLike(5'000'000, 9) << qsizetype(256 * 1024) << 2 << ParallelDeflate::kDefaultBlockSize;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, data);
        QFETCH(qsizetype, chunk);
        QFETCH(int, threads);
        QFETCH(qsizetype, block);
        const QByteArray packed = compress(data, chunk, threads, block);
        QVERIFY2(!packed.isEmpty() && packed != "write failed" && packed != "finish failed" &&
                     packed != "counters wrong",
                 packed.constData());
        QByteArray back;
        QVERIFY(inflateRaw(packed, &back));
        QCOMPARE(back.size(), data.size());
        QVERIFY(back == data);
        QCOMPARE(zlibCrc(back), zlibCrc(data));
        // The same bytes again: the result does not depend on the threads' timing.
        QVERIFY(compress(data, chunk, threads, block) == packed);
    }

    void emptyStreamIsZlibsOwn()
    {
        const QByteArray packed = compress(QByteArray(), 0, 2, kBlock);
        QCOMPARE(packed, deflateSingle(QByteArray())); // the 2-byte final block, 03 00
        QCOMPARE(packed, QByteArray::fromHex("0300"));
    }

    void ratioCloseToOneStream_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("csv") << csvLike(8'000'000, 10);
        QTest::newRow("random") << randomBytes(2'000'000, 11);
    }
    void ratioCloseToOneStream()
    {
        QFETCH(QByteArray, data);
        const QByteArray single = deflateSingle(data);
        QVERIFY(!single.isEmpty());
        const QByteArray packed = compress(data, 256 * 1024, 2, ParallelDeflate::kDefaultBlockSize);
        QByteArray back;
        QVERIFY(inflateRaw(packed, &back));
        QVERIFY(back == data);
        const double ratio = double(packed.size()) / double(single.size());
        qInfo("single stream %lld bytes, parallel %lld bytes (%.3f%%)", qint64(single.size()), qint64(packed.size()),
              100.0 * (ratio - 1.0));
        QVERIFY2(ratio < 1.02, qPrintable(u"%1 vs %2"_s.arg(packed.size()).arg(single.size())));
    }

    void textGuessAsOneStream_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("text");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("csv") << csvLike(1'000'000, 16) << true;
        QTest::newRow("random") << randomBytes(1'000'000, 17) << false;
    }
    void textGuessAsOneStream()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, text);
        int single = Z_UNKNOWN;
        deflateSingle(data, &single);
        QCOMPARE(single == Z_TEXT, text);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ParallelDeflate deflater(&out, 2, kBlock);
        QCOMPARE(deflater.write(data), qint64(data.size()));
        QVERIFY(deflater.finish());
        QCOMPARE(deflater.looksLikeText(), text);
    }

    void failingOutputIsReported()
    {
        const QByteArray data = randomBytes(30 * kBlock, 12); // incompressible: the limit is reached early
        FailingDevice out(5 * kBlock);
        ParallelDeflate deflater(&out, 2, kBlock);
        bool writeFailed = false;
        for (qsizetype pos = 0; pos < data.size() && !writeFailed; pos += 10000)
            writeFailed = deflater.write(data.constData() + pos, std::min<qsizetype>(10000, data.size() - pos)) < 0;
        QVERIFY(writeFailed); // 30 blocks cannot be in flight: the failure surfaces while writing
        QVERIFY(deflater.errorString().contains(u"No space left"_s));
        QVERIFY(!deflater.finish());
        QVERIFY(deflater.errorString().contains(u"No space left"_s));
        QVERIFY(!deflater.finish()); // again: the same answer
        QVERIFY(deflater.errorString().contains(u"No space left"_s));
    }

    void failureAtTheLastBlockIsReportedByFinish()
    {
        const QByteArray data = csvLike(kBlock / 2, 13); // all of it waits for finish()
        FailingDevice out(0);
        ParallelDeflate deflater(&out, 2, kBlock);
        QCOMPARE(deflater.write(data), qint64(data.size()));
        QVERIFY(!deflater.finish());
        QVERIFY(deflater.errorString().contains(u"No space left"_s));
    }

    void writeAfterFinishFails()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ParallelDeflate deflater(&out);
        QCOMPARE(deflater.write("abc"), qint64(3));
        QVERIFY(deflater.finish());
        QCOMPARE(deflater.write("d"), qint64(-1));
        QVERIFY(deflater.finish());
        QByteArray back;
        QVERIFY(inflateRaw(out.data(), &back));
        QCOMPARE(back, QByteArray("abc"));
    }

    void abandonedWithoutFinish()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            ParallelDeflate deflater(&out, 2, kBlock);
            const QByteArray data = randomBytes(20 * kBlock, 14);
            QCOMPARE(deflater.write(data), qint64(data.size()));
        } // joins its threads without hanging
        QVERIFY(out.data().size() < 20 * kBlock);
    }

    void quazipTakesItAsARawEntry()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"a.zip"_s);
        const QByteArray data = csvLike(3'000'000, 15);
        QBuffer packed;
        packed.open(QIODevice::WriteOnly);
        ParallelDeflate deflater(&packed);
        QCOMPARE(deflater.write(data), qint64(data.size()));
        QVERIFY(deflater.finish());
        {
            QuaZip zip(path);
            zip.setUtf8Enabled(true);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(u"顧客.csv"_s);
            info.uncompressedSize = ulong(deflater.uncompressedSize());
            QVERIFY(entry.open(QIODevice::WriteOnly, info, nullptr, deflater.crc32(), Z_DEFLATED, 6, true));
            QCOMPARE(entry.write(packed.data()), qint64(packed.data().size()));
            entry.close();
            QCOMPARE(entry.getZipError(), 0);
            zip.close();
            QCOMPARE(zip.getZipError(), 0);
        }
        QuaZip zip(path);
        zip.setUtf8Enabled(true);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(u"顧客.csv"_s));
        QuaZipFile entry(&zip);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QCOMPARE(entry.usize(), qint64(data.size()));
        QCOMPARE(entry.csize(), qint64(packed.data().size()));
        const QByteArray back = entry.readAll();
        entry.close();
        QCOMPARE(entry.getZipError(), 0); // QuaZip checks the CRC on close
        QVERIFY(back == data);
    }
};

QTEST_GUILESS_MAIN(TstParallelDeflate)
#include "tst_paralleldeflate.moc"
