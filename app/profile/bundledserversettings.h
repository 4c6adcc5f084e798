#pragma once

#include <QString>

// The server the desktop app runs for its team ("a workspace on this computer"), as the
// profile remembers it so that the next start runs it again.
struct BundledServerSettings
{
    QString dataDirectory; // empty: the profile has no bundled server
    quint16 port = 8080;
    // Listen on every network interface so colleagues can connect, not only on this computer.
    bool shareOnNetwork = true;

    bool isSet() const { return !dataDirectory.isEmpty(); }
};
