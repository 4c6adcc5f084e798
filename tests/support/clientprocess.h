#pragma once

#include "cliresult.h"

#include <QProcessEnvironment>
#include <QStringList>

// Runs the real omniotap (desktop client) binary once, like ServerProcess runs the server:
// the tests see exactly what a user or a script sees (exit code, stdout, stderr).
class ClientProcess
{
public:
    static constexpr int DefaultTimeoutMs = 60000;

    // $OMNIOTAP_CLIENT_BINARY, else the path the build compiled in.
    static QString binaryPath();

    // The environment a test starts from: the system's without OMNIOTAP_API_KEY, so that a
    // key in the developer's shell never leaks into a test.
    static QProcessEnvironment baseEnvironment();

    // Runs `omniotap args...` with env, writing input to its stdin and then closing it.
    static CliResult run(const QStringList &args,
        const QProcessEnvironment &env = baseEnvironment(), const QByteArray &input = {},
        int timeoutMs = DefaultTimeoutMs);
};
