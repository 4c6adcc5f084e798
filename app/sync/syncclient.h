#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class ApiClient;
class LocalStore;

// The desktop client's sync engine. So far the pull half: follows GET /api/v1/changes from
// the stored cursor until the server has nothing more, applying each page in one transaction
// (ChangeFeedApplier). Offline is a normal outcome, not an error: the local changes stay
// queued and the next sync continues from the same cursor.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    static constexpr int PageSize = 1000; // the feed's maximum
    // A Retry-After longer than this is waited out in this many seconds (and the request
    // repeated, answered 429 again if the window has not ended), so one odd header cannot
    // hang a sync.
    static constexpr int MaxRetryAfterSeconds = 60;
    // Consecutive 429 answers after which the pull gives up (exit 1 for the command).
    static constexpr int MaxRateLimitedTries = 10;

    enum class Outcome { Done, Offline, Failed };
    struct PullResult
    {
        Outcome outcome = Outcome::Done;
        QString message; // why, for Offline and Failed
        int pulled = 0; // feed entries received and applied (or kept back) in this run
        int keptLocal = 0;
        int newConflicts = 0;
    };

    SyncClient(const LocalStore &store, ApiClient &api);

    // Called with the seconds about to be waited after a 429, e.g. to tell the user.
    void setRateLimitNotice(std::function<void(int seconds)> notice)
    {
        m_rateLimitNotice = std::move(notice);
    }

    // Throws StorageError when the cache fails; everything the network or server does wrong
    // is reported in the result.
    PullResult pull();

private:
    static void wait(int seconds);

    const LocalStore &m_store;
    ApiClient &m_api;
    std::function<void(int)> m_rateLimitNotice;
};
