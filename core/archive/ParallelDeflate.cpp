#include "ParallelDeflate.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include <zlib.h>

namespace Rewind
{

namespace
{
QString compressorError(int rc)
{
    return QCoreApplication::translate("Rewind::ParallelDeflate", "The compressor failed (zlib error %1).").arg(rc);
}

constexpr int kWindowBits = -15; // raw deflate, 32 KiB window
constexpr int kMemLevel = 8;
constexpr qsizetype kDictionary = 32 * 1024; // the whole window: matches reach back this far
} // namespace

/// One piece of the stream. The writer fills in the input, a worker the rest; `done` (under the
/// mutex) hands the results back.
struct ParallelDeflate::Block
{
    std::shared_ptr<const QByteArray> input;
    std::shared_ptr<const QByteArray> previous; ///< the block before (its tail primes the dictionary)
    bool last = false;                          ///< ends the stream (Z_FINISH) instead of a sync flush
    bool done = false;
    QByteArray output;
    quint32 crc = 0;
    int dataType = Z_UNKNOWN;
    QString error;
};

struct ParallelDeflate::Impl
{
    QIODevice *out = nullptr;
    int level = 6;
    qsizetype blockSize = 0;
    size_t maxInFlight = 0;

    std::mutex mutex;
    std::condition_variable work;                // a block was queued, or stop
    std::condition_variable finished;            // a block was compressed
    std::deque<std::shared_ptr<Block>> queue;    // waiting for a worker
    std::deque<std::shared_ptr<Block>> inFlight; // submitted and not yet written, in stream order
    bool stopping = false;
    std::vector<std::thread> workers;
    z_stream own{}; // without workers the writer compresses, with this stream
    bool ownReady = false;

    // The writer's side (the thread calling write() and finish()).
    QByteArray current;
    std::shared_ptr<const QByteArray> previous;
    quint32 crc = 0;
    qint64 in = 0;
    qint64 written = 0;
    int dataType = Z_UNKNOWN; // of the first block
    bool ended = false;
    bool failed = false;
    QString error;

    ~Impl()
    {
        if (ownReady)
            deflateEnd(&own);
    }
    void run();
    static void compress(z_stream &zs, Block &b);
    void stop()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
            queue.clear();
        }
        work.notify_all();
        for (std::thread &t : workers)
            t.join();
        workers.clear();
    }
};

void ParallelDeflate::Impl::run()
{
    z_stream zs{};
    const bool ready = deflateInit2(&zs, level, Z_DEFLATED, kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) == Z_OK;
    for (;;) {
        std::shared_ptr<Block> b;
        {
            std::unique_lock lock(mutex);
            work.wait(lock, [this] { return stopping || !queue.empty(); });
            if (stopping)
                break;
            b = std::move(queue.front());
            queue.pop_front();
        }
        if (ready)
            compress(zs, *b);
        else
            b->error =
                QCoreApplication::translate("Rewind::ParallelDeflate", "Cannot start the compressor (out of memory).");
        {
            std::lock_guard lock(mutex);
            b->done = true;
        }
        finished.notify_all();
    }
    if (ready)
        deflateEnd(&zs);
}

void ParallelDeflate::Impl::compress(z_stream &zs, Block &b)
{
    const QByteArray &input = *b.input;
    b.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(input.constData()), size_t(input.size())));
    if (const int rc = deflateReset(&zs); rc != Z_OK) {
        b.error = compressorError(rc);
        return;
    }
    if (b.previous && !b.previous->isEmpty()) {
        const qsizetype n = std::min(b.previous->size(), kDictionary);
        const int rc = deflateSetDictionary(
            &zs, reinterpret_cast<const Bytef *>(b.previous->constData() + b.previous->size() - n), uInt(n));
        if (rc != Z_OK) {
            b.error = compressorError(rc);
            return;
        }
    }
    // deflateBound() covers one stream's worst case; the sync flush adds a few bytes, hence the margin.
    b.output.resize(qsizetype(deflateBound(&zs, uLong(input.size()))) + 64);
    zs.next_in = const_cast<Bytef *>(reinterpret_cast<const Bytef *>(input.constData()));
    zs.avail_in = uInt(input.size());
    const int flush = b.last ? Z_FINISH : Z_SYNC_FLUSH;
    qsizetype produced = 0;
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(b.output.data() + produced);
        zs.avail_out = uInt(b.output.size() - produced);
        const int rc = deflate(&zs, flush);
        produced = b.output.size() - qsizetype(zs.avail_out);
        if (rc == Z_STREAM_ERROR) {
            b.error = compressorError(rc);
            return;
        }
        // Z_SYNC_FLUSH is complete when deflate() left output space; Z_FINISH when it says so.
        if (b.last ? rc == Z_STREAM_END : (zs.avail_in == 0 && zs.avail_out != 0))
            break;
        if (zs.avail_out == 0)
            b.output.resize(b.output.size() * 2);
    }
    b.output.truncate(produced);
    b.dataType = zs.data_type;
}

ParallelDeflate::ParallelDeflate(QIODevice *out, int threads, qsizetype blockSize, int level)
    : d(std::make_unique<Impl>())
{
    d->out = out;
    d->level = level;
    d->blockSize = std::clamp<qsizetype>(blockSize, 1, 64 * 1024 * 1024); // zlib counts in 32 bits
    threads = std::max(threads, 0);
    d->maxInFlight = size_t(2 * std::max(threads, 1));
    d->current.reserve(d->blockSize);
    d->workers.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        try {
            d->workers.emplace_back([impl = d.get()] { impl->run(); });
        } catch (const std::system_error &) {
            break; // fewer workers; with none, the writer compresses (see submit())
        }
    }
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ParallelDeflate::~ParallelDeflate()
{
    d->stop();
}

quint32 ParallelDeflate::crc32() const
{
    return d->crc;
}

qint64 ParallelDeflate::uncompressedSize() const
{
    return d->in;
}

qint64 ParallelDeflate::compressedSize() const
{
    return d->written;
}

bool ParallelDeflate::looksLikeText() const
{
    return d->dataType == Z_TEXT;
}

void ParallelDeflate::fail(const QString &message)
{
    d->failed = true;
    d->error = message;
    setErrorString(message);
    std::lock_guard lock(d->mutex);
    d->queue.clear(); // the workers hold their own references to the blocks they compress
    d->inFlight.clear();
}

qint64 ParallelDeflate::writeData(const char *data, qint64 size)
{
    if (d->failed) {
        setErrorString(d->error);
        return -1;
    }
    if (d->ended) {
        setErrorString(
            QCoreApplication::translate("Rewind::ParallelDeflate", "The compressed stream is already finished."));
        return -1;
    }
    qint64 left = size;
    while (left > 0) {
        const qsizetype n = qsizetype(std::min<qint64>(left, d->blockSize - d->current.size()));
        d->current.append(data, n);
        data += n;
        left -= n;
        d->in += n;
        if (d->current.size() == d->blockSize && !submit(false))
            return -1;
    }
    return size;
}

bool ParallelDeflate::submit(bool last)
{
    auto b = std::make_shared<Block>();
    auto input = std::make_shared<const QByteArray>(std::move(d->current));
    d->current = QByteArray();
    if (!last)
        d->current.reserve(d->blockSize);
    b->input = input;
    b->previous = std::move(d->previous);
    b->last = last;
    d->previous = std::move(input);
    if (!drain(d->maxInFlight - 1)) // room for this one
        return false;
    if (d->workers.empty()) {
        if (!d->ownReady)
            d->ownReady =
                deflateInit2(&d->own, d->level, Z_DEFLATED, kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) == Z_OK;
        if (d->ownReady)
            Impl::compress(d->own, *b);
        else
            b->error =
                QCoreApplication::translate("Rewind::ParallelDeflate", "Cannot start the compressor (out of memory).");
        b->done = true;
        d->inFlight.push_back(std::move(b));
        return true;
    }
    {
        std::lock_guard lock(d->mutex);
        d->queue.push_back(b);
        d->inFlight.push_back(std::move(b));
    }
    d->work.notify_one();
    return true;
}

/// Writes the compressed blocks at the front, in order: waits while more than `keep` are in flight,
/// then writes whatever else is already done without waiting.
bool ParallelDeflate::drain(size_t keep)
{
    for (;;) {
        std::shared_ptr<Block> b;
        {
            std::unique_lock lock(d->mutex);
            if (d->inFlight.empty())
                return true;
            if (d->inFlight.size() > keep)
                d->finished.wait(lock, [this] { return d->inFlight.front()->done; });
            else if (!d->inFlight.front()->done)
                return true;
            b = std::move(d->inFlight.front());
            d->inFlight.pop_front();
        }
        if (!b->error.isEmpty()) {
            fail(b->error);
            return false;
        }
        const qint64 n = d->out->write(b->output);
        if (n != b->output.size()) {
            fail(d->out->errorString().isEmpty()
                     ? QCoreApplication::translate("Rewind::ParallelDeflate",
                                                   "The compressed data could not be written.")
                     : d->out->errorString());
            return false;
        }
        if (d->written == 0)
            d->dataType = b->dataType;
        d->written += n;
        d->crc = quint32(crc32_combine(d->crc, b->crc, z_off_t(b->input->size())));
    }
}

bool ParallelDeflate::finish()
{
    if (!d->ended) {
        d->ended = true;
        if (!d->failed && submit(true))
            (void)drain(0);
        d->previous.reset();
        d->stop();
    }
    if (d->failed)
        setErrorString(d->error);
    return !d->failed;
}

} // namespace Rewind
