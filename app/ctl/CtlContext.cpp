#include "CtlContext.h"

#include "util/Clock.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

CtlContext::CtlContext(QCommandLineParser &p, DataDir d) : parser(p), dir(std::move(d)), out(stdout), err(stderr)
{
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
