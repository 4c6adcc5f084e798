#include "guardedtcpserver.h"

#include "bodylimitguard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QSslServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{ }

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    setSslConfiguration(configuration);
    m_tls = true;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_tls) {
        // QSslServer runs the handshake (with its own timeout) and only then offers the socket.
        QSslServer::incomingConnection(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    guard(socket);
    addPendingConnection(socket);
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    // A TLS socket reaches us only here, after its handshake. QtHttpServer takes it from this
    // call and connects its parser right after, still before any decrypted byte is announced.
    if (socket && m_tls)
        guard(socket);
    return socket;
}

void GuardedTcpServer::guard(QTcpSocket *socket) const
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new BodyLimitGuard(socket, m_maxBodyBytes, m_idleTimeoutMs);
}
