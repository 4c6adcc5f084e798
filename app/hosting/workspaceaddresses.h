#pragma once

#include <QStringList>

// Where a bundled server can be reached: by the app itself, and by colleagues on the network.
class WorkspaceAddresses
{
public:
    // The URL the app on this computer syncs with.
    static QString onThisComputer(quint16 port);
    // One URL per IPv4 address of a running, non-loopback network interface: what colleagues
    // type into "Connect to a server".
    static QStringList forColleagues(quint16 port);
};
