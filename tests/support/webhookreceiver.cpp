#include "webhookreceiver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

// A request head larger than this is not something the server under test would send.
constexpr qsizetype kMaxHeadBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QJsonObject ReceivedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_rule([](const ReceivedRequest &) { return ReceiverResponse::withStatus(200); })
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::accept);
}

WebhookReceiver::~WebhookReceiver()
{
    close();
}

bool WebhookReceiver::listen(quint16 port)
{
    if (m_server.isListening())
        return true;
    // A port just closed may linger briefly in the kernel; try for a moment before giving up.
    QDeadlineTimer deadline(5000);
    while (!m_server.listen(QHostAddress::LocalHost, port)) {
        if (port == 0 || deadline.hasExpired()) {
            qWarning().noquote() << "receiver cannot listen on port" << port << ":"
                                 << m_server.errorString();
            return false;
        }
        QTest::qWait(50);
    }
    m_port = m_server.serverPort();
    return true;
}

void WebhookReceiver::close()
{
    m_server.close();
    const auto connections = m_connections;
    m_connections.clear();
    for (const Connection &connection : connections) {
        if (connection.socket) {
            connection.socket->disconnect(this);
            connection.socket->abort();
            connection.socket->deleteLater();
        }
    }
}

QString WebhookReceiver::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

void WebhookReceiver::setRule(Rule rule)
{
    m_rule = std::move(rule);
}

void WebhookReceiver::setStatus(int status)
{
    setRule([status](const ReceivedRequest &) { return ReceiverResponse::withStatus(status); });
}

void WebhookReceiver::queueResponses(const QList<ReceiverResponse> &responses)
{
    m_queued += responses;
}

QList<ReceivedRequest> WebhookReceiver::requestsWithId(const QString &id) const
{
    QList<ReceivedRequest> found;
    for (const ReceivedRequest &request : m_requests) {
        if (request.webhookId() == id)
            found << request;
    }
    return found;
}

QStringList WebhookReceiver::webhookIds() const
{
    QStringList ids;
    for (const ReceivedRequest &request : m_requests) {
        if (!ids.contains(request.webhookId()))
            ids << request.webhookId();
    }
    return ids;
}

void WebhookReceiver::clear()
{
    m_requests.clear();
    m_queued.clear();
}

bool WebhookReceiver::waitForCount(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (this->count() < count && !deadline.hasExpired())
        QTest::qWait(10);
    return this->count() >= count;
}

bool WebhookReceiver::waitForWebhookId(const QString &id, int times, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (requestsWithId(id).size() < times && !deadline.hasExpired())
        QTest::qWait(10);
    return requestsWithId(id).size() >= times;
}

QByteArray WebhookReceiver::expectedSignature(const QString &secret, const QByteArray &id,
    const QByteArray &timestamp, const QByteArray &body)
{
    if (!secret.startsWith("whsec_"_L1))
        return {};
    const auto key = QByteArray::fromBase64Encoding(
        secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.isEmpty())
        return {};
    const QByteArray content = id + '.' + timestamp + '.' + body;
    return "v1,"
        + QMessageAuthenticationCode::hash(content, key.decoded, QCryptographicHash::Sha256)
              .toBase64();
}

QList<QByteArray> WebhookReceiver::signatures(const ReceivedRequest &request)
{
    QList<QByteArray> list;
    for (const QByteArray &part : request.header("webhook-signature").split(' ')) {
        if (!part.isEmpty())
            list << part;
    }
    return list;
}

bool WebhookReceiver::verify(const ReceivedRequest &request, const QString &secret)
{
    const QByteArray expected = expectedSignature(
        secret, request.header("webhook-id"), request.header("webhook-timestamp"), request.body);
    return !expected.isEmpty() && signatures(request).contains(expected);
}

void WebhookReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        Connection connection;
        connection.socket = socket;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        readFrom(socket);
    }
}

void WebhookReceiver::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // One request at a time per connection: a pipelined one waits for the answer before it.
    while (!it->busy) {
        ReceivedRequest request;
        bool closeAfter = false;
        if (!takeRequest(*it, &request, &closeAfter))
            return;
        request.index = int(m_requests.size());
        request.receivedMs = QDateTime::currentMSecsSinceEpoch();
        m_requests << request;
        const ReceiverResponse response = responseFor(request);
        if (response.neverAnswer) {
            it->busy = true; // silent until the client gives up or close() drops it
            return;
        }
        if (response.trickleMs > 0) {
            it->busy = true; // this answer never ends
            startTrickle(socket, response);
            return;
        }
        if (response.delayMs > 0) {
            it->busy = true;
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(response.delayMs, this, [this, guarded, response, closeAfter] {
                if (!guarded)
                    return;
                auto found = m_connections.find(guarded.data());
                if (found == m_connections.end())
                    return;
                found->busy = false;
                answer(guarded.data(), response, closeAfter);
                if (!closeAfter)
                    readFrom(guarded.data());
            });
            return;
        }
        answer(socket, response, closeAfter);
        if (closeAfter)
            return;
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

bool WebhookReceiver::takeRequest(
    Connection &connection, ReceivedRequest *request, bool *closeAfter)
{
    const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (connection.buffer.size() > kMaxHeadBytes)
            connection.socket->abort();
        return false;
    }
    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Repeated headers are joined the way HTTP allows, so none goes unnoticed.
        headers.insert(name, headers.contains(name) ? headers.value(name) + ", " + value : value);
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headEnd + 4;
    if (connection.buffer.size() < bodyStart + length)
        return false;
    request->method = requestLine.value(0);
    request->path = requestLine.value(1);
    request->headers = headers;
    request->body = connection.buffer.mid(bodyStart, length);
    connection.buffer.remove(0, bodyStart + length);
    *closeAfter
        = headers.value("connection").toLower() == "close" || requestLine.value(2) == "HTTP/1.0";
    return true;
}

ReceiverResponse WebhookReceiver::responseFor(const ReceivedRequest &request)
{
    if (!m_queued.isEmpty())
        return m_queued.takeFirst();
    return m_rule(request);
}

void WebhookReceiver::answer(QTcpSocket *socket, const ReceiverResponse &response, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(response.body.size())
        + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

void WebhookReceiver::startTrickle(QTcpSocket *socket, const ReceiverResponse &response)
{
    socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status)
        + "\r\nContent-Type: text/plain\r\nContent-Length: 100000000\r\n\r\n");
    auto *timer = new QTimer(socket); // dies with the connection
    connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
    timer->start(response.trickleMs);
}
