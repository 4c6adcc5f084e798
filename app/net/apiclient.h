#pragma once

#include "apireply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Synchronous calls to the server's REST API for command-line use: each request runs in a
// local event loop, bounded by a timeout, so a silent server cannot hang a command.
// Needs a QCoreApplication.
class ApiClient
{
public:
    static constexpr int DefaultTimeoutMs = 30'000;

    ApiClient(const QUrl &serverUrl, const QString &apiKey, int timeoutMs = DefaultTimeoutMs);

    // pathAndQuery: e.g. "/api/v1/changes?since=42", already percent-encoded.
    ApiReply get(const QString &pathAndQuery);
    // Any method; body (JSON, or empty for none) and extra headers such as If-Match or
    // Idempotency-Key.
    ApiReply send(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QUrl serverUrl() const { return m_serverUrl; }
    QString apiKey() const { return m_apiKey; }
    int timeoutMs() const { return m_timeoutMs; }

    // Checks a --server argument: an http(s) URL with a host and no query; returns it without
    // a trailing slash, or an invalid QUrl.
    static QUrl normalizedServerUrl(const QString &text);
    // Whether a request that got no response failed because the server is out of reach.
    static bool isOffline(QNetworkReply::NetworkError error);

private:
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers);
    // Waits for the answer and deletes the reply.
    static ApiReply finish(QNetworkReply *reply);

    QNetworkAccessManager m_manager;
    QUrl m_serverUrl;
    QString m_apiKey;
    int m_timeoutMs;
};
