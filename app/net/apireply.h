#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The outcome of one request to the OmnioTap server.
struct ApiReply
{
    int status = 0; // HTTP status; 0 when no response came (see networkError)
    QString networkError; // why no response came; empty when one did
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header of a 429
    QByteArray etag;
    // The tenant's rate-limit window from X-RateLimit-Limit/-Remaining/-Reset (Reset in UTC epoch
    // seconds); -1 when the answer had none (unauthenticated answers carry none).
    qint64 rateLimit = -1;
    qint64 rateLimitRemaining = -1;
    qint64 rateLimitReset = -1;
    // No response because the server could not be reached (refused, unreachable, timed out):
    // the normal state of a laptop on a train, unlike, say, a TLS failure.
    bool offline = false;

    bool reachedServer() const { return status != 0; }
    QJsonObject json() const;
    // The problem+json "detail" (else "title"), for messages; empty when there is none.
    QString problemDetail() const;
};
