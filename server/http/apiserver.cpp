#include "apiserver.h"

#include "apierror.h"
#include "apirequest.h"
#include "bodylimitguard.h"
#include "guardedtcpserver.h"
#include "requestbody.h"
#include "requestpipeline.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    default:
        return ApiError::title(status).toLatin1();
    }
}

} // namespace

ApiServer::ApiServer(
    RequestPipeline &pipeline, int workerThreads, int idleTimeoutMs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_pipeline(pipeline)
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_pool.setMaxThreadCount(qMax(1, workerThreads));
    m_readPool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), workerThreads));
    m_readPool.setExpiryTimeout(-1);
    // Worker threads keep their database connection; never let them expire.
    m_pool.setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    m_pool.waitForDone();
    m_readPool.waitForDone();
}

quint16 ApiServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *server = new GuardedTcpServer(RequestBody::kMaxBytes, m_idleTimeoutMs, this);
    if (m_tls)
        server->setTls(*m_tls);
    if (!server->listen(address, port)) {
        m_errorString = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void ApiServer::stopAccepting()
{
    for (QTcpServer *server : servers())
        server->close();
}

void ApiServer::flushConnections()
{
    for (auto it = m_connections.keyBegin(); it != m_connections.keyEnd(); ++it) {
        QTcpSocket *socket = *it;
        // A TLS socket's bytesToWrite() leaves out what is encrypted but not yet sent.
        const auto *tls = qobject_cast<QSslSocket *>(socket);
        const qint64 pending = socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
        if (socket->state() == QAbstractSocket::ConnectedState && pending > 0)
            socket->waitForBytesWritten(1000);
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    bool http10 = false;
    if (auto *guard = socket->findChild<BodyLimitGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        http10 = guard->isHttp10();
        guard->requestDelivered();
    }

    if (!m_connections.contains(socket)) {
        connect(
            socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    Connection &connection = m_connections[socket];
    const qint64 sequence = connection.nextSequence++;
    Pending &pending = connection.pending[sequence];
    pending.head = request.method() == QHttpServerRequest::Method::Head;
    // HTTP/1.0 closes after each answer unless the client asked to keep the connection.
    const QByteArray connectionHeader = request.value("connection").toLower();
    pending.close = connectionHeader == "close" || (http10 && connectionHeader != "keep-alive");
    ++m_inFlight;

    QPointer<QTcpSocket> target(socket);
    ApiRequest apiRequest = toApiRequest(request);
    QThreadPool &pool = RequestPipeline::isRead(apiRequest.method) ? m_readPool : m_pool;
    pool.start([this, target, sequence, apiRequest = std::move(apiRequest)] {
        const ApiResponse response = m_pipeline.handle(apiRequest);
        QMetaObject::invokeMethod(
            this, [this, target, sequence, response] { complete(target, sequence, response); },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request itself.
}

ApiRequest ApiServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    const QUrl url = request.url();
    apiRequest.path = url.path(QUrl::FullyDecoded);
    // One trailing slash names the same resource (and the same Idempotency-Key scope).
    if (apiRequest.path.size() > 1 && apiRequest.path.endsWith(u'/'))
        apiRequest.path.chop(1);
    apiRequest.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : request.headers()) {
        QByteArray &slot = apiRequest.headers[name.toLower()];
        slot = slot.isEmpty() ? value : slot + ", " + value;
    }
    apiRequest.body = request.body();
    apiRequest.peer = request.remoteAddress();
    return apiRequest;
}

void ApiServer::complete(
    const QPointer<QTcpSocket> &socket, qint64 sequence, const ApiResponse &response)
{
    --m_inFlight;
    if (socket) {
        auto it = m_connections.find(socket.data());
        if (it != m_connections.end()) {
            auto pending = it->pending.find(sequence);
            if (pending != it->pending.end()) {
                pending->second.response = response;
                pending->second.ready = true;
                flush(socket.data(), *it);
            }
        }
    }
    if (m_inFlight == 0)
        emit idle();
}

void ApiServer::flush(QTcpSocket *socket, Connection &connection)
{
    // Pipelined requests are answered in the order they came, whatever order workers finish.
    while (!connection.pending.empty()) {
        auto first = connection.pending.begin();
        if (first->first != connection.nextToWrite || !first->second.ready)
            return;
        write(socket, first->second);
        const bool close = first->second.close;
        connection.pending.erase(first);
        ++connection.nextToWrite;
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
}

void ApiServer::write(QTcpSocket *socket, const Pending &pending)
{
    const ApiResponse &response = pending.response;
    QByteArray head;
    head.reserve(1024);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name;
        head += ": ";
        const qsizetype start = head.size();
        head += value;
        // Never let a value break the framing, whatever reaches it.
        for (qsizetype i = start; i < head.size(); ++i) {
            if (head.at(i) == '\r' || head.at(i) == '\n')
                head[i] = ' ';
        }
        head += "\r\n";
    }
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (pending.close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (!pending.head && response.status != 204)
        socket->write(response.body);
}
