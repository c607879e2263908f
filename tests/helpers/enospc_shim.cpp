// LD_PRELOAD shim for tests: a disk that fills up. REWIND_ENOSPC_BUDGET is the free space, in bytes, of the
// file system under REWIND_ENOSPC_DIR as this process sees it: growing a file there uses it up, removing or
// replacing (rename over) a file or shrinking one gives its bytes back, overwriting inside a file is free —
// like a real file system without block rounding. The write that crosses the limit is cut short, every later
// one fails with ENOSPC, and so does an fsync of such a file while the disk is full. Without a budget nothing
// fails and REWIND_ENOSPC_REPORT (a file) receives the most space the process ever took under the folder, so
// a test can spread budgets over an operation's whole run.
//
// Covers what SQLite and Qt write through: open/openat (and their 64-bit and fortified names), write,
// pwrite(64), writev, pwritev(64), fallocate, posix_fallocate, fsync, fdatasync, close. The real process,
// its real SQLite and its real files: only the free space is pretend.

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace
{
constexpr int kMaxFd = 1 << 16;
char g_dir[PATH_MAX];
size_t g_dirLen = 0;
long long g_budget = -1;             // < 0: unlimited
std::atomic<long long> g_written{0}; // net bytes added under the folder (removals give back)
std::atomic<long long> g_peak{0};    // the most it ever was: the free space the process needed
std::atomic<bool> g_full{false};
std::atomic<bool> g_tracked[kMaxFd];

template <typename F> F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

__attribute__((constructor)) void init()
{
    const char *dir = std::getenv("REWIND_ENOSPC_DIR");
    if (dir && *dir) {
        std::snprintf(g_dir, sizeof g_dir, "%s", dir);
        g_dirLen = std::strlen(g_dir);
        while (g_dirLen > 1 && g_dir[g_dirLen - 1] == '/')
            g_dir[--g_dirLen] = '\0';
    }
    const char *budget = std::getenv("REWIND_ENOSPC_BUDGET");
    if (budget && *budget)
        g_budget = std::atoll(budget);
}

__attribute__((destructor)) void report()
{
    const char *path = std::getenv("REWIND_ENOSPC_REPORT");
    if (!path || !*path)
        return;
    char line[64];
    const int n = std::snprintf(line, sizeof line, "%lld\n", g_peak.load());
    using OpenFn = int (*)(const char *, int, ...);
    using WriteFn = ssize_t (*)(int, const void *, size_t);
    using CloseFn = int (*)(int);
    const int fd = real<OpenFn>("open")(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0) {
        (void)real<WriteFn>("write")(fd, line, size_t(n));
        real<CloseFn>("close")(fd);
    }
}

bool under(int dirfd, const char *path)
{
    if (g_dirLen == 0 || !path)
        return false;
    char full[PATH_MAX * 2];
    if (path[0] == '/') {
        std::snprintf(full, sizeof full, "%s", path);
    } else {
        char base[PATH_MAX];
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base))
                return false;
        } else {
            char link[64];
            std::snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            const ssize_t n = readlink(link, base, sizeof base - 1);
            if (n <= 0)
                return false;
            base[n] = '\0';
        }
        std::snprintf(full, sizeof full, "%s/%s", base, path);
    }
    return std::strncmp(full, g_dir, g_dirLen) == 0 && (full[g_dirLen] == '/' || full[g_dirLen] == '\0');
}

int track(int fd, int dirfd, const char *path)
{
    if (fd >= 0 && fd < kMaxFd)
        g_tracked[fd].store(under(dirfd, path));
    return fd;
}

bool tracked(int fd)
{
    return fd >= 0 && fd < kMaxFd && g_tracked[fd].load();
}

/// How many of `n` bytes may be written to `fd` at `offset` (-1: the current position): n, fewer (the write
/// that fills the disk), or -1 with ENOSPC (full). Only bytes past the end of the file need space.
ssize_t allowance(int fd, size_t n, long long offset = -1)
{
    if (!tracked(fd) || n == 0)
        return ssize_t(n);
    struct stat st;
    if (fstat(fd, &st) != 0)
        return ssize_t(n);
    if (offset < 0)
        offset = (fcntl(fd, F_GETFL) & O_APPEND) ? (long long)st.st_size : (long long)lseek(fd, 0, SEEK_CUR);
    const long long inside = (long long)st.st_size > offset ? (long long)st.st_size - offset : 0;
    if ((long long)n <= inside)
        return ssize_t(n); // overwriting: no new space
    const long long grow = (long long)n - inside;
    if (g_budget < 0) {
        const long long now = (g_written += grow);
        long long peak = g_peak.load();
        while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
        }
        return ssize_t(n);
    }
    long long used = g_written.load();
    for (;;) {
        const long long left = g_budget - used;
        if (left <= 0) {
            g_full = true;
            if (inside > 0)
                return ssize_t(inside);
            errno = ENOSPC;
            return -1;
        }
        const long long take = grow < left ? grow : left;
        if (g_written.compare_exchange_weak(used, used + take)) {
            if (take < grow)
                g_full = true;
            return ssize_t(inside + take);
        }
    }
}

/// A file under the folder goes away or shrinks: its bytes are free again.
void credit(long long bytes)
{
    if (bytes <= 0)
        return;
    g_written -= bytes;
    if (g_budget < 0 || g_written.load() < g_budget)
        g_full = false;
}

long long sizeOf(int dirfd, const char *path)
{
    struct stat st;
    if (!under(dirfd, path) || fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
        st.st_nlink > 1)
        return 0;
    return (long long)st.st_size;
}

bool mode_has_create(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}
} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (mode_has_create(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = mode_t(va_arg(ap, int));
        va_end(ap);
    }
    static auto fn = real<int (*)(const char *, int, ...)>("open");
    return track(fn(path, flags, mode), AT_FDCWD, path);
}

int open64(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (mode_has_create(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = mode_t(va_arg(ap, int));
        va_end(ap);
    }
    static auto fn = real<int (*)(const char *, int, ...)>("open64");
    return track(fn(path, flags, mode), AT_FDCWD, path);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (mode_has_create(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = mode_t(va_arg(ap, int));
        va_end(ap);
    }
    static auto fn = real<int (*)(int, const char *, int, ...)>("openat");
    return track(fn(dirfd, path, flags, mode), dirfd, path);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (mode_has_create(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = mode_t(va_arg(ap, int));
        va_end(ap);
    }
    static auto fn = real<int (*)(int, const char *, int, ...)>("openat64");
    return track(fn(dirfd, path, flags, mode), dirfd, path);
}

int __open_2(const char *path, int flags)
{
    static auto fn = real<int (*)(const char *, int)>("__open_2");
    return track(fn(path, flags), AT_FDCWD, path);
}

int __open64_2(const char *path, int flags)
{
    static auto fn = real<int (*)(const char *, int)>("__open64_2");
    return track(fn(path, flags), AT_FDCWD, path);
}

int creat(const char *path, mode_t mode)
{
    return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int creat64(const char *path, mode_t mode)
{
    return open64(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int close(int fd)
{
    static auto fn = real<int (*)(int)>("close");
    if (fd >= 0 && fd < kMaxFd)
        g_tracked[fd].store(false);
    return fn(fd);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    static auto fn = real<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t ok = allowance(fd, n);
    return ok < 0 ? -1 : fn(fd, buf, size_t(ok));
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    static auto fn = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    const ssize_t ok = allowance(fd, n, (long long)off);
    return ok < 0 ? -1 : fn(fd, buf, size_t(ok), off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
    static auto fn = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const ssize_t ok = allowance(fd, n, (long long)off);
    return ok < 0 ? -1 : fn(fd, buf, size_t(ok), off);
}

namespace
{
size_t total(const struct iovec *iov, int count)
{
    size_t n = 0;
    for (int i = 0; i < count; ++i)
        n += iov[i].iov_len;
    return n;
}

/// `iov` cut to the first `keep` bytes, into `out` (at most 64 entries).
int cut(const struct iovec *iov, int count, size_t keep, struct iovec *out)
{
    int n = 0;
    for (int i = 0; i < count && keep > 0 && n < 64; ++i) {
        out[n] = iov[i];
        if (out[n].iov_len > keep)
            out[n].iov_len = keep;
        keep -= out[n].iov_len;
        ++n;
    }
    return n;
}
} // namespace

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static auto fn = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    const size_t want = total(iov, count);
    const ssize_t ok = allowance(fd, want);
    if (ok < 0)
        return -1;
    if (size_t(ok) == want)
        return fn(fd, iov, count);
    struct iovec part[64];
    return fn(fd, part, cut(iov, count, size_t(ok), part));
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t off)
{
    static auto fn = real<ssize_t (*)(int, const struct iovec *, int, off_t)>("pwritev");
    const size_t want = total(iov, count);
    const ssize_t ok = allowance(fd, want, (long long)off);
    if (ok < 0)
        return -1;
    if (size_t(ok) == want)
        return fn(fd, iov, count, off);
    struct iovec part[64];
    return fn(fd, part, cut(iov, count, size_t(ok), part), off);
}

ssize_t pwritev64(int fd, const struct iovec *iov, int count, off64_t off)
{
    static auto fn = real<ssize_t (*)(int, const struct iovec *, int, off64_t)>("pwritev64");
    const size_t want = total(iov, count);
    const ssize_t ok = allowance(fd, want, (long long)off);
    if (ok < 0)
        return -1;
    if (size_t(ok) == want)
        return fn(fd, iov, count, off);
    struct iovec part[64];
    return fn(fd, part, cut(iov, count, size_t(ok), part), off);
}

int fallocate(int fd, int mode, off_t off, off_t len)
{
    static auto fn = real<int (*)(int, int, off_t, off_t)>("fallocate");
    if (tracked(fd) && g_budget >= 0 && g_written.load() >= g_budget) {
        errno = ENOSPC;
        return -1;
    }
    return fn(fd, mode, off, len);
}

int posix_fallocate(int fd, off_t off, off_t len)
{
    static auto fn = real<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (tracked(fd) && g_budget >= 0 && g_written.load() >= g_budget)
        return ENOSPC;
    return fn(fd, off, len);
}

int unlink(const char *path)
{
    static auto fn = real<int (*)(const char *)>("unlink");
    const long long size = sizeOf(AT_FDCWD, path);
    const int rc = fn(path);
    if (rc == 0)
        credit(size);
    return rc;
}

int unlinkat(int dirfd, const char *path, int flags)
{
    static auto fn = real<int (*)(int, const char *, int)>("unlinkat");
    const long long size = (flags & AT_REMOVEDIR) ? 0 : sizeOf(dirfd, path);
    const int rc = fn(dirfd, path, flags);
    if (rc == 0)
        credit(size);
    return rc;
}

int rename(const char *from, const char *to)
{
    static auto fn = real<int (*)(const char *, const char *)>("rename");
    const long long replaced = sizeOf(AT_FDCWD, to);
    const int rc = fn(from, to);
    if (rc == 0)
        credit(replaced);
    return rc;
}

int renameat(int fromfd, const char *from, int tofd, const char *to)
{
    static auto fn = real<int (*)(int, const char *, int, const char *)>("renameat");
    const long long replaced = sizeOf(tofd, to);
    const int rc = fn(fromfd, from, tofd, to);
    if (rc == 0)
        credit(replaced);
    return rc;
}

int ftruncate(int fd, off_t length)
{
    static auto fn = real<int (*)(int, off_t)>("ftruncate");
    struct stat st;
    const long long before = tracked(fd) && fstat(fd, &st) == 0 ? (long long)st.st_size : -1;
    const int rc = fn(fd, length);
    if (rc == 0 && before > (long long)length)
        credit(before - (long long)length);
    return rc;
}

int ftruncate64(int fd, off64_t length)
{
    return ftruncate(fd, off_t(length));
}

int fsync(int fd)
{
    static auto fn = real<int (*)(int)>("fsync");
    if (tracked(fd) && g_full.load()) {
        errno = ENOSPC; // what was cut short is reported again when it is flushed
        return -1;
    }
    return fn(fd);
}

int fdatasync(int fd)
{
    static auto fn = real<int (*)(int)>("fdatasync");
    if (tracked(fd) && g_full.load()) {
        errno = ENOSPC;
        return -1;
    }
    return fn(fd);
}

} // extern "C"
