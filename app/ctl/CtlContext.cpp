#include "CtlContext.h"

#include "access/PasswordHash.h"
#include "util/Clock.h"

#include <QFile>

#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

CtlContext::CtlContext(QCommandLineParser &p, DataDir d) : parser(p), dir(std::move(d)), out(stdout), err(stderr)
{
}

QList<QCommandLineOption> loginOptions()
{
    return {
        QCommandLineOption(u"user"_s, QCoreApplication::translate("Rewind::Ctl", "Your user ID (also REWIND_USER)."),
                           QCoreApplication::translate("Rewind::Ctl", "ID")),
        QCommandLineOption(u"password-stdin"_s, QCoreApplication::translate(
                                                    "Rewind::Ctl", "Read the password from the first line of standard "
                                                                   "input (otherwise REWIND_PASSWORD, or a prompt)."))};
}

namespace
{
QString ctlTr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

} // namespace

QByteArray readSecretLine(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty && !prompt.isEmpty()) {
        fputs(prompt.toLocal8Bit().constData(), stderr);
        fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = fgetc(stdin); c != EOF && c != '\n'; c = fgetc(stdin))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    if (tty && !prompt.isEmpty()) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        fputs("\n", stderr);
    }
    return line;
}

Result<std::pair<QString, QByteArray>> CtlContext::credentials()
{
    QString user = parser.isSet(u"user"_s) ? parser.value(u"user"_s) : qEnvironmentVariable("REWIND_USER");
    user = user.trimmed();
    if (user.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         ctlTr("Log in first: pass --user ID (or set REWIND_USER) and the password on standard "
                               "input with --password-stdin, in REWIND_PASSWORD, or at the prompt."));
    }
    QByteArray password;
    if (parser.isSet(u"password-stdin"_s)) {
        password = readSecretLine({});
    } else if (qEnvironmentVariableIsSet("REWIND_PASSWORD")) {
        password = qgetenv("REWIND_PASSWORD");
    } else if (isatty(STDIN_FILENO)) {
        password = readSecretLine(ctlTr("Password for %1: ").arg(user));
    } else {
        return makeError(ErrorCode::InvalidArgument,
                         ctlTr("No password for %1: pass it on standard input with --password-stdin or in "
                               "REWIND_PASSWORD (never as an argument).")
                             .arg(user));
    }
    return std::pair<QString, QByteArray>(user, password);
}

Status CtlContext::login(bool *usageError)
{
    auto given = credentials();
    *usageError = !given.ok();
    if (!given)
        return given.error();
    auto [user, password] = std::move(given).value();
    auto session = UserStore(dir, clock()).login(user, password);
    PasswordHash::wipe(password);
    if (!session)
        return session.error();
    this->session = session.value();
    return {};
}

int CtlContext::fail(const Error &error, int code)
{
    err << "rewindctl: " << error.message << Qt::endl;
    if (qEnvironmentVariableIsSet("REWIND_DEBUG") && !error.detail.isEmpty())
        err << "  (" << error.detail << ")" << Qt::endl;
    return code;
}

int CtlContext::usage(const QString &message)
{
    err << "rewindctl: " << message << Qt::endl;
    err << QCoreApplication::translate("Rewind::Ctl", "Run \"rewindctl --help\" for the list of commands.") << Qt::endl;
    return kUsage;
}

void CtlContext::printJson(const QJsonObject &json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
}

const Clock &CtlContext::clock() const
{
    static const QDateTime pinned = QDateTime::fromString(qEnvironmentVariable("REWIND_CLOCK"), Qt::ISODateWithMs);
    if (!pinned.isValid())
        return Clock::system();
    static ManualClock manual(pinned);
    return manual;
}

std::function<void(int, const QString &)> CtlContext::progressPrinter()
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto last = std::make_shared<QString>();
    return [this, last](int percent, const QString &stage) {
        if (stage == *last)
            return;
        *last = stage;
        err << u"[%1%] %2"_s.arg(percent, 3).arg(stage) << Qt::endl;
    };
}

} // namespace Rewind::Ctl
