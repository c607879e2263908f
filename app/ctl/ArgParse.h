#pragma once

#include "ctl/Commands.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rewind::Ctl
{

/// What a rewindctl command line asks for, decided without side effects (nothing is printed, read or
/// written), so that it can be tested and fuzzed apart from running the command.
struct Invocation
{
    enum class Action
    {
        Version,     ///< -v/--version
        MainHelp,    ///< -h/--help without a command: the main help on stdout, exit 0
        CommandHelp, ///< COMMAND --help
        Usage,       ///< bad arguments: exit 2
        Run          ///< run `command`
    };

    Action action = Action::Usage;
    const Command *command = nullptr; ///< CommandHelp and Run: an element of the list given to parseInvocation()
    /// Usage: the message printed after "rewindctl: " (empty: only the main help is printed).
    QString error;
    bool withMainHelp = false; ///< Usage: the main help follows the message on stderr
    QStringList args;          ///< Run: the positional arguments after the command name
    QString dataDir;           ///< Run: --data-dir, else the default data directory
    QString production;        ///< Run: --production, checked and without a password (empty: not given)
};

/// Sets up `parser` with the global options and the chosen command's options and parses `arguments`
/// (program name first) against `cmds`. The caller keeps `parser` for the command to read its options.
Invocation parseInvocation(QCommandLineParser &parser, const QStringList &arguments, const QList<Command> &cmds);

} // namespace Rewind::Ctl
