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
    // QSslServer counts connections still in their handshake against maxPendingConnections
    // (30 by default) and stops accepting at that mark until one finishes or times out; one
    // that fails does not always start it again. So a handful of silent or broken clients
    // locked everyone else out. QtHttpServer takes finished connections at once, so the mark
    // only bounds handshakes in flight; and whenever one ends, accepting resumes.
    setMaxPendingConnections(kMaxHandshakesInFlight);
    setHandshakeTimeout(kHandshakeTimeoutMs);
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        connect(
            socket, &QObject::destroyed, this,
            [this] {
                if (isListening()) // not after ApiServer::stopAccepting() closed it
                    resumeAccepting();
            },
            Qt::QueuedConnection);
    });
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
