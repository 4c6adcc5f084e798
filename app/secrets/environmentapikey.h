#pragma once

#include <QString>

// OMNIOTAP_API_KEY: scripts and CI jobs hand the API key over in the environment. It wins over
// the keychain, so a script needs no keychain (and no D-Bus session) at all.
class EnvironmentApiKey
{
public:
    static QString variableName();
    // The trimmed value; empty when the variable is unset or blank, so "no override" has one
    // spelling for the caller.
    static QString value();
    // A key that value() returns, before the variable, until the process ends: the window's way
    // to use a key the user typed because no keychain could keep it (the sync thread looks the
    // key up like a command does). Kept in memory only.
    static void useForThisSession(const QString &apiKey);
};
