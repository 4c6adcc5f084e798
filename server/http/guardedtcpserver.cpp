#include "guardedtcpserver.h"

#include "bodylimitguard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{ }

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new BodyLimitGuard(socket, m_maxBodyBytes, m_idleTimeoutMs);
    addPendingConnection(socket);
}
