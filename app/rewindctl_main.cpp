// rewindctl: everything the console does, without a screen. Argument parsing and dispatch only;
// the work is done by the same core services the console uses.

#include "ctl/ArgParse.h"
#include "ctl/Commands.h"
#include "ctl/CtlContext.h"

#include "backup/GenerationStore.h"
#include "history/PendingOperation.h"
#include "util/I18n.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;
using namespace Rewind;
using namespace Rewind::Ctl;

namespace
{
QString mainHelp(const QList<Command> &cmds)
{
    QString text = QCoreApplication::translate(
        "Rewind::Ctl", "Usage: rewindctl [--data-dir DIR] [--production URL] [--lang ja|en] COMMAND [options]\n\n"
                       "Rewind keeps seven verified, read-only daily generations of a business database.\n\n"
                       "Commands:\n");
    qsizetype width = 0;
    for (const auto &c : cmds)
        width = std::max(width, c.name.size());
    for (const auto &c : cmds)
        text += u"  %1 %2\n"_s.arg(c.name, -int(width)).arg(c.summary);
    text += QCoreApplication::translate(
                "Rewind::Ctl",
                "\nGlobal options:\n"
                "  --data-dir DIR  Where production and generations live (default: %1).\n"
                "  --production postgresql://USER@HOST:PORT/DB\n"
                "                  Production is that PostgreSQL database (schema \"rewind\"); \"init\" and \"demo\"\n"
                "                  remember it in the data directory. The password comes from PGPASSWORD or\n"
                "                  ~/.pgpass, never from the address.\n"
                "  --lang ja|en    Language of messages (default: the system's; also REWIND_LANG).\n"
                "  --user ID       Who you are (also REWIND_USER). Every command except init, demo and run-due\n"
                "                  acts as a logged-in user and may only do what that user's role allows.\n"
                "  --password-stdin  Read the password from the first line of standard input. Otherwise it comes\n"
                "                  from REWIND_PASSWORD (for timers and scripts) or a prompt; never pass it as\n"
                "                  an argument, where other users see it in the process list.\n"
                "  -h, --help      Help; \"rewindctl COMMAND --help\" shows a command's options.\n"
                "  -v, --version   Version.\n\n"
                "Exit codes: 0 success, 1 the operation failed, 2 bad arguments, 3 a verified generation is damaged.\n")
                .arg(QDir::toNativeSeparators(DataDir::defaultRoot()));
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Rewind"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REWIND_VERSION));
    I18n::install(I18n::languageFromArguments(app.arguments()));

    const QList<Command> cmds = commands();
    QCommandLineParser parser;
    const Invocation inv = parseInvocation(parser, app.arguments(), cmds);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (inv.action) {
    case Invocation::Action::Version:
        out << "rewindctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    case Invocation::Action::MainHelp:
        out << mainHelp(cmds);
        return kOk;
    case Invocation::Action::Usage:
        if (!inv.error.isEmpty())
            err << "rewindctl: " << inv.error << Qt::endl;
        if (inv.withMainHelp) {
            if (!inv.error.isEmpty())
                err << Qt::endl;
            err << mainHelp(cmds);
        }
        return kUsage;
    case Invocation::Action::CommandHelp: {
        const Command &c = *inv.command;
        out << QCoreApplication::translate("Rewind::Ctl", "Usage: rewindctl [--data-dir DIR] %1 [options] %2")
                   .arg(c.name, c.arguments)
            << Qt::endl
            << c.summary << Qt::endl
            << Qt::endl;
        for (const QCommandLineOption &o : c.options + (c.needsLogin ? loginOptions() : QList<QCommandLineOption>())) {
            const QString flag =
                u"--"_s + o.names().first() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
            out << u"  %1 %2"_s.arg(flag, -20).arg(o.description()) << Qt::endl;
        }
        return kOk;
    }
    case Invocation::Action::Run:
        break;
    }
    const Command *it = inv.command;
    DataDir::setProductionOverride(inv.production);
    CtlContext ctx(parser, DataDir(inv.dataDir));
    // What a killed backup run or change left behind (not while one runs), recorded in the history.
    Recovery::atStart(ctx.dir, ctx.clock());
    if (it->needsLogin) {
        bool usage = false;
        if (auto st = ctx.login(&usage); !st)
            return ctx.fail(st.error(), usage ? kUsage : kFailed);
    }
    return it->run(ctx);
}
