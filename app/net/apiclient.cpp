#include "apiclient.h"

#include <QEventLoop>
#include <QNetworkRequest>

ApiClient::ApiClient(const QUrl &serverUrl, const QString &apiKey, int timeoutMs)
    : m_serverUrl(serverUrl)
    , m_apiKey(apiKey)
    , m_timeoutMs(timeoutMs)
{ }

QUrl ApiClient::normalizedServerUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.hasQuery()
        || url.hasFragment())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool ApiClient::isOffline(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how the transfer timeout ends a request
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError: // e.g. "host unreachable"
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

ApiReply ApiClient::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery);
}

ApiReply ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return finish(start(method, pathAndQuery, body, headers));
}

QNetworkReply *ApiClient::start(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_serverUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(m_serverUrl.path() + pathAndQuery.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));

    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // Never follow redirects: the key must not travel to wherever a redirect points.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    return m_manager.sendCustomRequest(request, method, body);
}

ApiReply ApiClient::finish(QNetworkReply *reply)
{
    QEventLoop loop;
    if (!reply->isFinished()) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.etag = reply->rawHeader("ETag");
    const auto headerNumber = [reply](const QByteArray &name) {
        bool ok = false;
        const qint64 value = reply->rawHeader(name).trimmed().toLongLong(&ok);
        return ok ? value : qint64(-1);
    };
    result.rateLimit = headerNumber("X-RateLimit-Limit");
    result.rateLimitRemaining = headerNumber("X-RateLimit-Remaining");
    result.rateLimitReset = headerNumber("X-RateLimit-Reset");
    if (result.status == 0) {
        result.networkError = reply->errorString();
        result.offline = isOffline(reply->error());
    }
    reply->deleteLater();
    return result;
}
