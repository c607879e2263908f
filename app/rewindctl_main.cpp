// rewindctl: everything the console does, without a screen. Argument parsing and dispatch only;
// the work is done by the same core services the console uses.

#include "ctl/Commands.h"
#include "ctl/CtlContext.h"

#include "backup/GenerationStore.h"
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
        "Rewind::Ctl", "Usage: rewindctl [--data-dir DIR] [--lang ja|en] COMMAND [options]\n\n"
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
    parser.setApplicationDescription(QCoreApplication::translate("Rewind::Ctl", "Rewind command line"));
    const QCommandLineOption dataDir(u"data-dir"_s, QCoreApplication::translate("Rewind::Ctl", "Data directory."),
                                     QCoreApplication::translate("Rewind::Ctl", "DIR"));
    const QCommandLineOption lang(u"lang"_s,
                                  QCoreApplication::translate("Rewind::Ctl", "Language of messages: ja or en."),
                                  QCoreApplication::translate("Rewind::Ctl", "LANG"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Rewind::Ctl", "Show help."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     QCoreApplication::translate("Rewind::Ctl", "Show the version."));
    parser.addOptions({dataDir, lang, help, version});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("Rewind::Ctl", "The command to run."));
    // First pass: find the command; unknown options are checked once its own options are known.
    parser.parse(app.arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(version)) {
        out << "rewindctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            out << mainHelp(cmds);
            return kOk;
        }
        err << mainHelp(cmds);
        return kUsage;
    }
    const QString name = positional.first();
    const auto it = std::find_if(cmds.begin(), cmds.end(), [&name](const Command &c) { return c.name == name; });
    if (it == cmds.end()) {
        err << "rewindctl: " << QCoreApplication::translate("Rewind::Ctl", "Unknown command \"%1\".").arg(name)
            << Qt::endl
            << Qt::endl
            << mainHelp(cmds);
        return kUsage;
    }
    const QList<QCommandLineOption> login = it->needsLogin ? loginOptions() : QList<QCommandLineOption>();
    parser.addOptions(it->options);
    parser.addOptions(login);
    if (!it->arguments.isEmpty())
        parser.addPositionalArgument(u"args"_s, {}, it->arguments);
    if (!parser.parse(app.arguments())) {
        err << "rewindctl: " << parser.errorText() << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(help)) {
        out << QCoreApplication::translate("Rewind::Ctl", "Usage: rewindctl [--data-dir DIR] %1 [options] %2")
                   .arg(it->name, it->arguments)
            << Qt::endl
            << it->summary << Qt::endl
            << Qt::endl;
        for (const QCommandLineOption &o : it->options + login) {
            const QString flag =
                u"--"_s + o.names().first() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
            out << u"  %1 %2"_s.arg(flag, -20).arg(o.description()) << Qt::endl;
        }
        return kOk;
    }
    const QStringList args = parser.positionalArguments().mid(1);
    if (it->arguments.isEmpty() && !args.isEmpty()) {
        err << "rewindctl: "
            << QCoreApplication::translate("Rewind::Ctl", "\"%1\" takes no arguments, but got \"%2\".")
                   .arg(name, args.join(u' '))
            << Qt::endl;
        return kUsage;
    }
    const QString root = parser.isSet(dataDir) ? parser.value(dataDir) : DataDir::defaultRoot();
    if (root.isEmpty()) {
        err << "rewindctl: " << QCoreApplication::translate("Rewind::Ctl", "No data directory: pass --data-dir DIR.")
            << Qt::endl;
        return kUsage;
    }
    CtlContext ctx(parser, DataDir(root));
    GenerationStore(ctx.dir).cleanLeftovers(); // what a killed backup run left behind (not while one runs)
    if (it->needsLogin) {
        bool usage = false;
        if (auto st = ctx.login(&usage); !st)
            return ctx.fail(st.error(), usage ? kUsage : kFailed);
    }
    return it->run(ctx);
}
