#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace Rewind::Ctl
{

class CtlContext;

/// One rewindctl command: its name, what it does, its options and arguments, and the code that runs it.
struct Command
{
    QString name;
    QString summary; ///< translated, one line
    QList<QCommandLineOption> options;
    QString arguments; ///< positional syntax for --help, e.g. "[SLOT]"
    std::function<int(CtlContext &)> run;
    /// Whether the command acts as a logged-in user (--user and a password). Only init, demo and run-due
    /// do not: the first two create a workspace, run-due runs what an administrator scheduled.
    bool needsLogin = true;
};

/// All commands, in the order --help lists them. Texts are translated: build after installing translations.
QList<Command> commands();

} // namespace Rewind::Ctl
