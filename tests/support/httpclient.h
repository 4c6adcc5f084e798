#pragma once

#include "httpresult.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Synchronous HTTP for tests. request() goes through QNetworkAccessManager (redirects are not
// followed); rawRequest() writes bytes as they are to a plain TCP socket, for malformed input.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit HttpClient(const QUrl &baseUrl = {}, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as X-API-Key with every request unless the request's own headers name X-API-Key
    // (an empty value there leaves the header out).
    void setApiKey(const QString &key);
    QString apiKey() const { return m_apiKey; }

    // path is the already percent-encoded path and query, e.g. "/api/v1/contacts?page=2".
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const HttpHeaders &headers = {});

    HttpResult get(const QString &path, const HttpHeaders &headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    HttpResult patch(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    HttpResult del(const QString &path, const HttpHeaders &headers = {});
    // POST/PATCH with a literal JSON text body and Content-Type application/json.
    HttpResult postRaw(
        const QString &path, const QByteArray &json, const HttpHeaders &headers = {});
    HttpResult patchRaw(
        const QString &path, const QByteArray &json, const HttpHeaders &headers = {});

    // Writes bytes to host:port and reads the response until it is complete, the server closes
    // the connection, or the timeout passes. bindAddress: local source address (e.g. 127.0.0.2).
    static HttpResult rawRequest(const QString &host, quint16 port, const QByteArray &bytes,
        int timeoutMs = DefaultTimeoutMs, const QHostAddress &bindAddress = {});
    // Sends all requests at once, each on its own connection, and waits for every response.
    static QList<HttpResult> rawRequests(const QString &host, quint16 port,
        const QList<QByteArray> &requests, int timeoutMs = DefaultTimeoutMs);
    // Builds an HTTP/1.1 request with Host, Content-Length (when a body is given) and
    // Connection: close; the client's API key is added unless headers name X-API-Key.
    QByteArray buildRaw(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const HttpHeaders &headers = {}) const;
    HttpResult raw(const QByteArray &bytes, int timeoutMs = DefaultTimeoutMs) const;

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
};
