#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace Rewind
{
class Clock;
}

namespace Rewind::Ctl
{

/// Exit codes of rewindctl, stable for scripts.
enum ExitCode
{
    kOk = 0,
    kFailed = 1,
    kUsage = 2,
    kDamaged = 3
};

/// What every command gets: its parsed options, the data directory, and the two output streams.
class CtlContext final
{
public:
    CtlContext(QCommandLineParser &parser, DataDir dir);

    QCommandLineParser &parser;
    DataDir dir;
    QTextStream out;
    QTextStream err;

    /// Prints "rewindctl: <message>" to stderr and returns kFailed (or `code`).
    int fail(const Error &error, int code = kFailed);
    int usage(const QString &message);
    /// Prints a JSON document to stdout.
    void printJson(const QJsonObject &json);
    /// The wall clock; tests pin it with REWIND_CLOCK=<ISO date-time> (a test hook, like REWIND_FAULT).
    const Clock &clock() const;
    /// A progress callback writing stage changes to stderr when it is a terminal.
    std::function<void(int, const QString &)> progressPrinter();
};

} // namespace Rewind::Ctl
