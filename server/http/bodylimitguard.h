#pragma once

#include <QObject>

class QTcpSocket;
class QTimer;

// Sits in front of QtHttpServer 6.4's parser, which buffers whole requests in memory before
// any handler sees them. It watches each connection's bytes as they arrive and refuses a
// request whose declared Content-Length (or actual body) exceeds the limit, or whose header
// block is too large, before the body is read into memory. It also answers
// "Expect: 100-continue", which the parser ignores. And it closes a connection on which
// nothing has moved for idleTimeoutMs, so that slow or stalled clients cannot hold sockets
// (and half-read requests) forever.
class BodyLimitGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

    // Must be constructed before anything else connects to the socket's readyRead.
    BodyLimitGuard(QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs);

    // The parser delivered a complete request: start watching the next one.
    void requestDelivered();
    // Whether the request being delivered said HTTP/1.0 in its request line.
    bool isHttp10() const { return m_http10; }

private:
    void inspect();
    void inspectHead();
    void reject(int status, const char *reason, const QByteArray &type, const QString &detail);
    void drainAndClose();

    QTcpSocket *m_socket;
    QTimer *m_idle;
    qint64 m_maxBodyBytes;
    QByteArray m_head;
    QString m_path; // of the request being watched, for the problem's "instance"
    bool m_headComplete = false;
    qint64 m_bodyBytes = 0;
    bool m_rejected = false;
    bool m_http10 = false;
};
