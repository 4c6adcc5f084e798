#pragma once

#include <QCoreApplication>
#include <QString>

class LocalStore;
class SyncRequester;

// The pull half of the sync engine: follows GET /api/v1/changes from the stored cursor until
// the server has nothing more (ChangeFeedReader, on its own thread), applying each page whole
// (ChangeFeedApplier).
// Offline is a normal outcome, not an error: the local changes stay queued and the next sync
// continues from the same cursor. (ChangePusher is the push half.)
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    static constexpr int PagesPerCommit = 8;

    enum class Outcome { Done, Offline, Failed };
    struct PullResult
    {
        Outcome outcome = Outcome::Done;
        QString message; // why, for Offline and Failed
        int pulled = 0; // feed entries received and applied (or kept back) in this run
        int keptLocal = 0;
        int newConflicts = 0;
    };

    SyncClient(const LocalStore &store, SyncRequester &requester);

    // Throws StorageError when the cache fails; everything the network or server does wrong
    // is reported in the result.
    PullResult pull();

private:
    const LocalStore &m_store;
    SyncRequester &m_requester;
};
