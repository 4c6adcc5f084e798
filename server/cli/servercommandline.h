#pragma once

#include <QStringList>

// Parses omniotap-server's command line and runs the chosen command; returns the exit code.
class ServerCommandLine
{
public:
    static int run(const QStringList &arguments);
};
