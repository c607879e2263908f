#pragma once

// Shared by the libFuzzer harnesses of tests/fuzz. Each harness defines LLVMFuzzerTestOneInput (and
// LLVMFuzzerInitialize, which calls RewindFuzz::init()); the clang fuzz build links libFuzzer's main, the
// normal build links FuzzReplayMain.cpp, which runs every corpus and regression input once (a ctest).

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace RewindFuzz
{

/// One QCoreApplication for the whole run (translations, codecs and QStandardPaths need it) and a
/// private scratch folder under $TMPDIR; nothing is written anywhere else.
inline void init(int *argc, char ***argv)
{
    static int s_argc = 1;
    static char *s_argv[] = {(argc && *argc > 0) ? (*argv)[0] : const_cast<char *>("rewind-fuzz"), nullptr};
    static QCoreApplication app(s_argc, s_argv);
    QCoreApplication::setApplicationName(QStringLiteral("RewindFuzz"));
}

/// The scratch folder of this process (removed at a normal exit).
inline QString scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/rewind-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a scratch folder under %s\n", qPrintable(QDir::tempPath()));
        std::abort();
    }
    return dir.path();
}

/// Writes `size` bytes to `name` inside the scratch folder and returns its path.
inline QString writeScratch(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratch() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace RewindFuzz

/// An invariant of the code under test: a violation is a finding, so it crashes the harness.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz: check failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);                      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
