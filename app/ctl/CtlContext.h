#pragma once

#include "access/Users.h"
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

/// The global login options, shared by every command that acts as a user.
QList<QCommandLineOption> loginOptions();
/// One line from standard input without its line end. With a `prompt` and a terminal, the prompt goes to
/// stderr and the typed text is not echoed (passwords); without one, the line is read as it comes.
QByteArray readSecretLine(const QString &prompt = {});

/// What every command gets: its parsed options, the data directory, and the two output streams.
class CtlContext final
{
public:
    CtlContext(QCommandLineParser &parser, DataDir dir);

    QCommandLineParser &parser;
    DataDir dir;
    QTextStream out;
    QTextStream err;
    /// Who is acting; set by login() before a command that needs it runs.
    Session session;

    /// Logs in with --user ID (or REWIND_USER) and the password from --password-stdin, REWIND_PASSWORD or,
    /// on a terminal, a prompt that does not echo. The password never appears in arguments or output.
    /// `usageError` tells a missing user ID or password (exit code 2) from a refused login (1).
    Status login(bool *usageError);
    /// The user ID and password as given, for init (the first administrator) and login(). The password is
    /// read once; the caller wipes it.
    Result<std::pair<QString, QByteArray>> credentials();

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
