#pragma once

#include <QCoreApplication>
#include <QStringList>

// omniotap connect --profile DIR --server URL
// Takes the API key from OMNIOTAP_API_KEY or else one line of stdin, checks it against the
// server, then stores it in the keychain (not when it came from the environment: a script that
// passes the key each time wants nothing stored) and the server URL and tenant in the profile.
// A key the server refuses stores nothing.
class ConnectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    static int run(const QStringList &args);
};
