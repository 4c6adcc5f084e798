#pragma once

#include <QCoreApplication>
#include <QStringList>

// The omniotap command line: picks the subcommand, runs it, and maps every failure to a
// message on stderr and exit code 1 in this one place.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments as QCoreApplication::arguments() gives them (program first).
    static int run(const QStringList &arguments);
    static QString usage();
    // Whether the arguments ask for a command (or help or the version) rather than the window.
    static bool isCommand(const QStringList &arguments);
};
