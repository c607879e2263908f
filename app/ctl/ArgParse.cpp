#include "ArgParse.h"

#include "ctl/CtlContext.h"
#include "pg/PgTarget.h"
#include "util/DataDir.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

Invocation parseInvocation(QCommandLineParser &parser, const QStringList &arguments, const QList<Command> &cmds)
{
    const QCommandLineOption dataDir(u"data-dir"_s, QCoreApplication::translate("Rewind::Ctl", "Data directory."),
                                     QCoreApplication::translate("Rewind::Ctl", "DIR"));
    const QCommandLineOption lang(u"lang"_s,
                                  QCoreApplication::translate("Rewind::Ctl", "Language of messages: ja or en."),
                                  QCoreApplication::translate("Rewind::Ctl", "LANG"));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Rewind::Ctl", "Show help."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     QCoreApplication::translate("Rewind::Ctl", "Show the version."));
    parser.setApplicationDescription(QCoreApplication::translate("Rewind::Ctl", "Rewind command line"));
    const QCommandLineOption production(
        u"production"_s,
        QCoreApplication::translate("Rewind::Ctl", "Production in PostgreSQL: postgresql://USER@HOST:PORT/DB."),
        QCoreApplication::translate("Rewind::Ctl", "URL"));
    parser.addOptions({dataDir, production, lang, help, version});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("Rewind::Ctl", "The command to run."));

    Invocation inv;
    // First pass: find the command; unknown options are checked once its own options are known.
    parser.parse(arguments);
    if (parser.isSet(version)) {
        inv.action = Invocation::Action::Version;
        return inv;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            inv.action = Invocation::Action::MainHelp;
        } else {
            inv.action = Invocation::Action::Usage;
            inv.withMainHelp = true;
        }
        return inv;
    }
    const QString name = positional.first();
    const auto it = std::find_if(cmds.begin(), cmds.end(), [&name](const Command &c) { return c.name == name; });
    if (it == cmds.end()) {
        inv.action = Invocation::Action::Usage;
        inv.error = QCoreApplication::translate("Rewind::Ctl", "Unknown command \"%1\".").arg(name);
        inv.withMainHelp = true;
        return inv;
    }
    inv.command = &*it;
    parser.addOptions(it->options);
    if (it->needsLogin)
        parser.addOptions(loginOptions());
    if (!it->arguments.isEmpty())
        parser.addPositionalArgument(u"args"_s, {}, it->arguments);
    if (!parser.parse(arguments)) {
        inv.action = Invocation::Action::Usage;
        inv.error = parser.errorText();
        return inv;
    }
    if (parser.isSet(help)) {
        inv.action = Invocation::Action::CommandHelp;
        return inv;
    }
    inv.args = parser.positionalArguments().mid(1);
    if (it->arguments.isEmpty() && !inv.args.isEmpty()) {
        inv.action = Invocation::Action::Usage;
        inv.error = QCoreApplication::translate("Rewind::Ctl", "\"%1\" takes no arguments, but got \"%2\".")
                        .arg(name, inv.args.join(u' '));
        return inv;
    }
    inv.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : DataDir::defaultRoot();
    if (inv.dataDir.isEmpty()) {
        inv.action = Invocation::Action::Usage;
        inv.error = QCoreApplication::translate("Rewind::Ctl", "No data directory: pass --data-dir DIR.");
        return inv;
    }
    if (parser.isSet(production)) {
        auto target = PgTarget::parse(parser.value(production));
        if (!target) {
            inv.action = Invocation::Action::Usage;
            inv.error = target.error().message;
            return inv;
        }
        inv.production = target->url();
    }
    inv.action = Invocation::Action::Run;
    return inv;
}

} // namespace Rewind::Ctl
