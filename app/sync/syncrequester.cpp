#include "syncrequester.h"

#include "net/apiclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

SyncRequester::SyncRequester(ApiClient &api)
    : m_api(api)
{ }

ApiReply SyncRequester::call(const QByteArray &method, const QString &pathAndQuery,
    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return retryWhileRateLimited(
        m_api.send(method, pathAndQuery, body, headers), method, pathAndQuery, body, headers);
}

ApiReply SyncRequester::retryWhileRateLimited(ApiReply reply, const QByteArray &method,
    const QString &pathAndQuery, const QByteArray &body,
    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    for (int tries = 1; reply.status == 429 && tries <= MaxRateLimitedTries; ++tries) {
        // Retry-After is whole seconds from this server (an HTTP date is not expected).
        bool ok = false;
        const int seconds = reply.retryAfter.trimmed().toInt(&ok);
        const int waitSeconds = qBound(1, ok ? seconds : 1, MaxRetryAfterSeconds);
        if (m_rateLimitNotice)
            m_rateLimitNotice(waitSeconds);
        wait(waitSeconds);
        reply = m_api.send(method, pathAndQuery, body, headers);
    }
    return reply;
}

QString SyncRequester::failureMessage(const ApiReply &reply)
{
    if (!reply.reachedServer())
        return reply.networkError;
    const QString detail = reply.problemDetail();
    if (reply.status == 401)
        return tr("the server refused the API key (%1)").arg(detail);
    if (reply.status == 429)
        return tr("the server is still rate limiting this tenant after %1 waits")
            .arg(MaxRateLimitedTries);
    QString message = detail.isEmpty() ? tr("HTTP %1").arg(reply.status)
                                       : tr("HTTP %1: %2").arg(reply.status).arg(detail);
    // A validation problem names its fields: say which, so the user knows what to fix.
    QStringList fields;
    for (const QJsonValue &error : reply.json().value(QStringLiteral("errors")).toArray()) {
        const QJsonObject field = error.toObject();
        fields << QStringLiteral("%1 %2").arg(
            field.value(QStringLiteral("pointer")).toString().mid(1),
            field.value(QStringLiteral("detail")).toString());
    }
    if (!fields.isEmpty())
        message += QStringLiteral(" (") + fields.join(QStringLiteral("; ")) + u')';
    return message;
}

void SyncRequester::wait(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
