#include "bodylimitguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// Chunked bodies carry framing bytes; allow for them before calling a body too large.
const qint64 kFramingSlack = 64 * 1024;
const int kDrainTimeoutMs = 5000;

} // namespace

BodyLimitGuard::BodyLimitGuard(QTcpSocket *socket, qint64 maxBodyBytes, int idleTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_idle(new QTimer(this))
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &BodyLimitGuard::inspect);
    // Anything moving either way keeps the connection; silence for the timeout ends it.
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, m_idle, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, m_idle, qOverload<>(&QTimer::start));
    m_idle->start();
}

void BodyLimitGuard::requestDelivered()
{
    m_head.clear();
    m_path.clear();
    m_headComplete = false;
    m_bodyBytes = 0;
}

void BodyLimitGuard::inspect()
{
    if (m_rejected)
        return;
    // peek() leaves the bytes for the parser; inside its read transaction it returns only
    // what arrived since the parser last read.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    if (m_headComplete) {
        m_bodyBytes += fresh.size();
    } else {
        m_head += fresh;
        inspectHead();
    }
    if (!m_rejected && m_headComplete && m_bodyBytes > m_maxBodyBytes + kFramingSlack) {
        reject(413, "Content Too Large", "payload-too-large",
            QStringLiteral("The request body is larger than 1 MiB."));
    }
}

void BodyLimitGuard::inspectHead()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kMaxHeaderBytes)
            reject(431, "Request Header Fields Too Large", "headers-too-large",
                QStringLiteral("The request line and headers exceed 64 KiB."));
        return;
    }
    m_headComplete = true;
    m_bodyBytes = m_head.size() - (end + 4);

    bool expectContinue = false;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    m_path = QString::fromUtf8(requestLine.value(1).split('?').constFirst()).left(2048);
    m_http10 = requestLine.value(2).trimmed() == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length > m_maxBodyBytes) {
                reject(413, "Content Too Large", "payload-too-large",
                    QStringLiteral("The request body is larger than 1 MiB."));
                return;
            }
        } else if (name == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        }
    }
    m_head.clear();
    if (expectContinue && m_bodyBytes == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void BodyLimitGuard::reject(
    int status, const char *reason, const QByteArray &type, const QString &detail)
{
    m_rejected = true;
    const QByteArray body = QJsonDocument(
        QJsonObject {
            {QStringLiteral("type"),
                QStringLiteral("https://omniotap.dev/problems/") + QString::fromLatin1(type)},
            {QStringLiteral("title"), QString::fromLatin1(reason)},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("instance"), m_path.isEmpty() ? QStringLiteral("/") : m_path},
        })
                                .toJson(QJsonDocument::Compact);
    // Stop the parser from ever seeing this connection's bytes again.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\n"
          "Content-Type: application/problem+json\r\n"
          "Connection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    drainAndClose();
}

void BodyLimitGuard::drainAndClose()
{
    // Closing while the client still sends would reset the connection and could destroy
    // our answer in flight. Instead: send it, half-close, and discard what still arrives.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });
    // Over TLS, bytesWritten() means "encrypted", not "sent": the encrypted bytes may not even
    // be queued on the connection yet. Only encryptedBytesWritten() says they left.
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    const auto halfCloseWhenSent = [this, tls] {
        if (m_socket->bytesToWrite() > 0 || (tls && tls->encryptedBytesToWrite() > 0))
            return;
#ifdef Q_OS_UNIX
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
        m_socket->disconnectFromHost();
#endif
    };
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, this, halfCloseWhenSent);
    else
        connect(m_socket, &QTcpSocket::bytesWritten, this, halfCloseWhenSent);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    QTimer::singleShot(kDrainTimeoutMs, m_socket, [socket = m_socket] { socket->abort(); });
    m_socket->flush();
}
