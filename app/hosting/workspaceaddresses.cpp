#include "workspaceaddresses.h"

#include <QNetworkInterface>

QString WorkspaceAddresses::onThisComputer(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

QStringList WorkspaceAddresses::forColleagues(quint16 port)
{
    QStringList urls;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            // IPv4 only: link-local IPv6 addresses need a scope that colleagues cannot type.
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLinkLocal())
                urls << QStringLiteral("http://%1:%2").arg(address.toString()).arg(port);
        }
    }
    return urls;
}
