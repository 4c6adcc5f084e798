#pragma once

#include <QTcpServer>

// A QTcpServer whose sockets get a BodyLimitGuard before QtHttpServer connects to them.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
    int m_idleTimeoutMs;
};
