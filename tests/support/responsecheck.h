#pragma once

#include "httpresult.h"

#include <QString>
#include <QStringList>

// Checks of the contract's response shapes. Each returns an empty string when the response is
// right, else what is wrong (for QVERIFY2 via the macros in testmacros.h).
class ResponseCheck
{
public:
    static constexpr const char *ProblemBase = "https://omniotap.dev/problems/";

    // RFC 9457 problem: status, Content-Type application/problem+json, type (the part after
    // ProblemBase; empty accepts any), title, status, detail, instance (empty: any path).
    static QString problem(
        const HttpResult &r, int status, const QString &type, const QString &instance = {});
    // The JSON pointers of a 422 / invalid-query problem's errors[].
    static QStringList errorPointers(const HttpResult &r);
    // X-RateLimit-Limit/Remaining/Reset plus RateLimit-Policy and RateLimit, consistent with
    // each other; limit < 0 accepts any limit.
    static QString rateLimitHeaders(const HttpResult &r, int limit = -1);
    // None of the tenant rate-limit headers.
    static QString noRateLimitHeaders(const HttpResult &r);
    // A record of the collection: every field, lowercase UUID id, timestamps, version >= 1.
    static QString record(const QJsonObject &record, const QString &collection);
    // 2xx with a single record: Content-Type application/json, ETag "<version>" matching the body.
    static QString recordResponse(const HttpResult &r, int status, const QString &collection);
};
