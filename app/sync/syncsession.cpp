#include "syncsession.h"

#include "changepusher.h"
#include "syncclient.h"
#include "syncrequester.h"

#include "net/apiclient.h"
#include "storage/clientmeta.h"
#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

SyncSession::SyncSession(const LocalStore &store, const QUrl &server, const QString &apiKey)
    : m_store(store)
    , m_server(server)
    , m_apiKey(apiKey)
{ }

SyncSession::Report SyncSession::run()
{
    ApiClient api(m_server, m_apiKey);
    SyncRequester requester(api);
    requester.setRateLimitNotice(m_rateLimitNotice);

    // Pull first: the push then merges against the newest server state it could know, and a
    // server deletion of a locally edited record is seen before the edit is sent.
    const SyncClient::PullResult pulled = SyncClient(m_store, requester).pull();
    ChangePusher::Result pushed;
    if (pulled.outcome == SyncClient::Outcome::Done)
        pushed = ChangePusher(m_store, requester).push();

    Report report;
    report.pulled = pulled.pulled;
    report.pushed = pushed.sent;
    report.pending = PendingChangeQueue(m_store.db()).count();
    report.conflicts = ConflictStore(m_store.db()).count();
    report.cursor = ClientMeta(m_store.db()).value(ClientMeta::cursorKey());
    report.message = pulled.message.isEmpty() ? pushed.message : pulled.message;
    if (pulled.outcome == SyncClient::Outcome::Offline
        || pushed.outcome == ChangePusher::Outcome::Offline)
        report.outcome = Outcome::Offline;
    else if (pulled.outcome == SyncClient::Outcome::Failed
        || pushed.outcome == ChangePusher::Outcome::Failed)
        report.outcome = Outcome::Failed;
    else if (report.conflicts > 0)
        // Whatever is still queued belongs to a conflicted record (anything else either went
        // out or ended the push as Offline or Failed).
        report.outcome = Outcome::Conflicts;
    return report;
}
