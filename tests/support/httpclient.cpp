#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

HttpClient::HttpClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_manager.clearConnectionCache();
}

void HttpClient::setApiKey(const QString &key)
{
    m_apiKey = key;
}

static bool namesHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResult HttpClient::request(const QByteArray &method, const QString &path,
    const QByteArray &body, const HttpHeaders &headers)
{
    const QUrl url = QUrl::fromEncoded(m_baseUrl.toEncoded() + path.toUtf8(), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setTransferTimeout(DefaultTimeoutMs);
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_apiKey.isEmpty() && !namesHeader(headers, "X-API-Key"))
        req.setRawHeader("X-API-Key", m_apiKey.toUtf8());
    for (const auto &h : headers) {
        if (h.first.compare("X-API-Key", Qt::CaseInsensitive) == 0 && h.second.isEmpty())
            continue;
        req.setRawHeader(h.first, h.second);
    }

    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = nullptr;
    if (method == "HEAD")
        reply = m_manager.head(req);
    else if (body.isEmpty() && method != "POST" && method != "PATCH" && method != "PUT")
        reply = m_manager.sendCustomRequest(req, method);
    else
        reply = m_manager.sendCustomRequest(req, method, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(DefaultTimeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.elapsedMs = elapsed.elapsed();
    if (!reply->isFinished()) {
        result.error = u"timeout after %1 ms"_s.arg(DefaultTimeoutMs);
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        if (result.status == 0)
            result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

HttpResult HttpClient::get(const QString &path, const HttpHeaders &headers)
{
    return request("GET", path, {}, headers);
}

static HttpHeaders withJsonType(HttpHeaders headers)
{
    if (!namesHeader(headers, "Content-Type"))
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return headers;
}

HttpResult HttpClient::post(
    const QString &path, const QJsonObject &body, const HttpHeaders &headers)
{
    return request(
        "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withJsonType(headers));
}

HttpResult HttpClient::patch(
    const QString &path, const QJsonObject &body, const HttpHeaders &headers)
{
    return request(
        "PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withJsonType(headers));
}

HttpResult HttpClient::del(const QString &path, const HttpHeaders &headers)
{
    return request("DELETE", path, {}, headers);
}

HttpResult HttpClient::postRaw(
    const QString &path, const QByteArray &json, const HttpHeaders &headers)
{
    return request("POST", path, json, withJsonType(headers));
}

HttpResult HttpClient::patchRaw(
    const QString &path, const QByteArray &json, const HttpHeaders &headers)
{
    return request("PATCH", path, json, withJsonType(headers));
}

QByteArray HttpClient::buildRaw(const QByteArray &method, const QString &path,
    const QByteArray &body, const HttpHeaders &headers) const
{
    QByteArray bytes = method + ' ' + path.toUtf8() + " HTTP/1.1\r\n";
    bytes += "Host: " + m_baseUrl.host().toUtf8() + ':' + QByteArray::number(m_baseUrl.port())
        + "\r\n";
    if (!m_apiKey.isEmpty() && !namesHeader(headers, "X-API-Key"))
        bytes += "X-API-Key: " + m_apiKey.toUtf8() + "\r\n";
    for (const auto &h : headers) {
        if (h.first.compare("X-API-Key", Qt::CaseInsensitive) == 0 && h.second.isEmpty())
            continue;
        bytes += h.first + ": " + h.second + "\r\n";
    }
    if (!body.isEmpty() && !namesHeader(headers, "Content-Length"))
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!namesHeader(headers, "Connection"))
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

HttpResult HttpClient::raw(const QByteArray &bytes, int timeoutMs) const
{
    return rawRequest(m_baseUrl.host(), quint16(m_baseUrl.port()), bytes, timeoutMs);
}

namespace {

struct RawExchange
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray request;
    QByteArray received;
    bool headRequest = false;
    bool done = false;
    bool closed = false;
    QString error;
    qint64 finishedAfterMs = 0;
};

} // namespace

static QList<HttpResult> runExchanges(const QString &host, quint16 port,
    const QList<QByteArray> &requests, int timeoutMs, const QHostAddress &bindAddress)
{
    std::vector<std::unique_ptr<RawExchange>> exchanges;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    int pending = int(requests.size());

    auto finish = [&](RawExchange *ex) {
        if (ex->done)
            return;
        ex->done = true;
        ex->finishedAfterMs = elapsed.elapsed();
        if (--pending == 0)
            loop.quit();
    };

    for (const QByteArray &bytes : requests) {
        auto ex = std::make_unique<RawExchange>();
        RawExchange *e = ex.get();
        e->request = bytes;
        e->headRequest = bytes.startsWith("HEAD ");
        e->socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = e->socket.get();
        QObject::connect(
            socket, &QTcpSocket::connected, socket, [e] { e->socket->write(e->request); });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [e, finish] {
            e->received += e->socket->readAll();
            bool complete = false;
            HttpResult::fromRaw(e->received, e->headRequest, &complete);
            if (complete)
                finish(e);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [e, finish] {
            e->received += e->socket->readAll();
            e->closed = true;
            finish(e);
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
            [e, finish](QAbstractSocket::SocketError error) {
                e->received += e->socket->readAll();
                if (error == QAbstractSocket::RemoteHostClosedError) {
                    e->closed = true;
                } else {
                    e->error = e->socket->errorString();
                }
                finish(e);
            });
        exchanges.push_back(std::move(ex));
    }
    for (auto &ex : exchanges) {
        if (!bindAddress.isNull())
            ex->socket->bind(bindAddress, 0);
        ex->socket->connectToHost(host, port);
    }

    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (pending > 0)
        loop.exec();

    QList<HttpResult> results;
    for (auto &ex : exchanges) {
        if (!ex->done)
            ex->received += ex->socket->readAll();
        HttpResult r = HttpResult::fromRaw(ex->received, ex->headRequest);
        r.closedByServer = ex->closed;
        r.elapsedMs = ex->done ? ex->finishedAfterMs : elapsed.elapsed();
        if (!ex->done)
            r.error = u"timeout after %1 ms"_s.arg(timeoutMs);
        else if (!ex->error.isEmpty())
            r.error = ex->error;
        else if (r.status == 0)
            r.error = ex->closed ? u"connection closed without a response"_s : u"no response"_s;
        QObject::disconnect(ex->socket.get(), nullptr, nullptr, nullptr);
        ex->socket->abort();
        results.append(r);
    }
    return results;
}

HttpResult HttpClient::rawRequest(const QString &host, quint16 port, const QByteArray &bytes,
    int timeoutMs, const QHostAddress &bindAddress)
{
    return runExchanges(host, port, {bytes}, timeoutMs, bindAddress).constFirst();
}

QList<HttpResult> HttpClient::rawRequests(
    const QString &host, quint16 port, const QList<QByteArray> &requests, int timeoutMs)
{
    return runExchanges(host, port, requests, timeoutMs, {});
}
