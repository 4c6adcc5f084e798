#pragma once

#include <QSslServer>

// A QTcpServer whose sockets get a BodyLimitGuard before QtHttpServer connects to them.
// It is a QSslServer so that the same guard covers HTTPS (setTls()); without setTls() it
// accepts plain TCP exactly like a QTcpServer.
class GuardedTcpServer : public QSslServer
{
    Q_OBJECT

public:
    static constexpr int kMaxHandshakesInFlight = 1000;
    // Slow mobile links need a few seconds; a client silent for this long is dropped.
    static constexpr int kHandshakeTimeoutMs = 10'000;

    GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);

    // Serve TLS with this configuration (call before listen()).
    void setTls(const QSslConfiguration &configuration);
    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void guard(QTcpSocket *socket) const;

    qint64 m_maxBodyBytes;
    int m_idleTimeoutMs;
    bool m_tls = false;
};
