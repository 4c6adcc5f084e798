#pragma once

#include "net/apireply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class ApiClient;

// The sync engine's way to the server: every request waits out a 429 (Retry-After, bounded)
// and repeats, so neither the pull nor the push treats the tenant's rate limit as an error.
class SyncRequester
{
    Q_DECLARE_TR_FUNCTIONS(SyncRequester)

public:
    // A Retry-After longer than this is waited out in this many seconds (and the request
    // repeated, answered 429 again if the window has not ended), so one odd header cannot
    // hang a sync.
    static constexpr int MaxRetryAfterSeconds = 60;
    // Consecutive 429 answers after which a request gives up with the last 429.
    static constexpr int MaxRateLimitedTries = 10;

    explicit SyncRequester(ApiClient &api);

    // Called with the seconds about to be waited after a 429, e.g. to tell the user.
    void setRateLimitNotice(std::function<void(int seconds)> notice)
    {
        m_rateLimitNotice = std::move(notice);
    }

    ApiClient &api() const { return m_api; }
    std::function<void(int seconds)> rateLimitNotice() const { return m_rateLimitNotice; }

    ApiReply call(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // Why a request did not get the answer it wanted, in words for the user.
    static QString failureMessage(const ApiReply &reply);

private:
    // Waits out reply's 429 (and any that follow) and repeats the request.
    ApiReply retryWhileRateLimited(ApiReply reply, const QByteArray &method,
        const QString &pathAndQuery, const QByteArray &body,
        const QList<std::pair<QByteArray, QByteArray>> &headers);
    static void wait(int seconds);

    ApiClient &m_api;
    std::function<void(int)> m_rateLimitNotice;
};
