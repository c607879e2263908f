#pragma once

#include <QIODevice>
#include <QtGlobal>

#include <memory>

namespace Rewind
{

/// A write-only device that deflates what it is given on worker threads and writes one raw deflate
/// stream (no zlib or gzip wrapper: what a ZIP entry with method 8 holds) to `out`, pigz-style: the
/// input is cut into blocks, each block is deflated on its own z_stream primed with the previous
/// block's last 32 KiB (so the ratio stays within a fraction of a percent of one stream), ended with a
/// sync flush (byte-aligned, so the pieces concatenate), and written to `out` strictly in order. The
/// last block, handed over by finish(), ends the stream.
///
/// Settings are those of QuaZip and `zip -6`: level 6, windowBits -15, memLevel 8, default strategy.
/// Memory is bounded: at most 2 × threads blocks are in flight; write() waits when that many are. With
/// threads 0 (or when no thread can be started) the calling thread compresses each block itself.
/// `out` is only touched on the thread that calls write() and finish(). A failed write to `out` makes
/// the next write() fail, and finish() return false; errorString() says why.
class ParallelDeflate final : public QIODevice
{
public:
    static constexpr int kDefaultThreads = 2;
    static constexpr qsizetype kDefaultBlockSize = 256 * 1024;

    explicit ParallelDeflate(QIODevice *out, int threads = kDefaultThreads, qsizetype blockSize = kDefaultBlockSize,
                             int level = 6);
    ~ParallelDeflate() override; ///< without finish(): abandons the stream (nothing more reaches `out`)
    ParallelDeflate(const ParallelDeflate &) = delete;
    ParallelDeflate &operator=(const ParallelDeflate &) = delete;

    /// Deflates what is pending, ends the stream and waits until all of it reached `out`. False (and
    /// errorString()) when a block could not be compressed or written. Calling it again returns the same.
    bool finish();

    /// After a successful finish(): CRC-32 of the uncompressed bytes, as the ZIP entry needs it.
    quint32 crc32() const;
    qint64 uncompressedSize() const; ///< bytes written to this device (complete after finish())
    qint64 compressedSize() const;   ///< bytes written to `out` so far (the whole stream after finish())
    /// After finish(): zlib's text-or-binary guess (Z_TEXT) for the first deflate block, as a single stream
    /// would make it; minizip records it in a ZIP entry's internal attributes (bit 0).
    bool looksLikeText() const;

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Block;
    struct Impl;
    bool submit(bool last);
    bool drain(size_t keep);
    void fail(const QString &message);

    std::unique_ptr<Impl> d;
};

} // namespace Rewind
