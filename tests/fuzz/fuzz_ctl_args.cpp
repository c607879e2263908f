// rewindctl's argument parsing (parseInvocation(), what main() decides before any command runs) and the
// --lang lookup, on command lines made from the input: one argument per line, after "rewindctl".
// Oracles: the decision is consistent (a command to run or explain is one of the commands; a command
// that takes no arguments gets none; a run always has a data directory), and the chosen command's
// options can be read back from the parser.

#include "FuzzSupport.h"

#include "ctl/ArgParse.h"
#include "util/I18n.h"

#include <QCommandLineParser>

using namespace Rewind;
using namespace Rewind::Ctl;

namespace
{
const QList<Command> *g_cmds = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RewindFuzz::init(argc, argv);
    static const QList<Command> cmds = commands();
    g_cmds = &cmds;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments{QStringLiteral("rewindctl")};
    if (!text.isEmpty())
        arguments += text.split(u'\n');
    (void)I18n::languageFromArguments(arguments);

    QCommandLineParser parser;
    const Invocation inv = parseInvocation(parser, arguments, *g_cmds);
    switch (inv.action) {
    case Invocation::Action::Version:
    case Invocation::Action::MainHelp:
        FUZZ_CHECK(inv.command == nullptr);
        break;
    case Invocation::Action::Usage:
        FUZZ_CHECK(!inv.error.isEmpty() || inv.withMainHelp);
        break;
    case Invocation::Action::CommandHelp:
    case Invocation::Action::Run: {
        FUZZ_CHECK(inv.command != nullptr);
        FUZZ_CHECK(inv.command >= g_cmds->constData() && inv.command < g_cmds->constData() + g_cmds->size());
        if (inv.action == Invocation::Action::CommandHelp)
            break;
        FUZZ_CHECK(!inv.dataDir.isEmpty());
        if (inv.command->arguments.isEmpty())
            FUZZ_CHECK(inv.args.isEmpty());
        // What a command does first: read its options.
        for (const QCommandLineOption &o : inv.command->options) {
            const QString name = o.names().first();
            if (parser.isSet(name) && !o.valueName().isEmpty())
                FUZZ_CHECK(parser.values(name).size() >= 1);
        }
        break;
    }
    }
    return 0;
}
