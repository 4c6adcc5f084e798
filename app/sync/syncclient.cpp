#include "syncclient.h"

#include "changefeedapplier.h"
#include "changefeedreader.h"
#include "syncrequester.h"

#include "net/apiclient.h"
#include "storage/clientmeta.h"
#include "storage/localstore.h"

#include "storage/transaction.h"

#include <optional>

SyncClient::SyncClient(const LocalStore &store, SyncRequester &requester)
    : m_store(store)
    , m_requester(requester)
{ }

SyncClient::PullResult SyncClient::pull()
{
    PullResult result;
    const ChangeFeedApplier applier(m_store);
    const ApiClient &api = m_requester.api();
    ChangeFeedReader reader(api.serverUrl(), api.apiKey(), api.timeoutMs(),
        ClientMeta(m_store.db()).value(ClientMeta::cursorKey()), m_store.tenantId(),
        m_requester.rateLimitNotice());
    // Pages are committed a few at a time: each commit writes the index pages a page of
    // records touched, and a new search-index segment, so fewer commits are much less work
    // on a first sync. A page is still never half applied, and the cursor commits with it.
    std::optional<Transaction> batch;
    int pagesInBatch = 0;
    for (;;) {
        FeedPage page = reader.take();
        if (page.state != FeedPage::State::Ok) {
            if (batch)
                batch->commit(); // keep the pages already applied
            result.outcome
                = page.state == FeedPage::State::Offline ? Outcome::Offline : Outcome::Failed;
            result.message = page.message;
            return result;
        }
        if (!batch)
            batch.emplace(m_store.db());
        const ChangeFeedApplier::PageResult applied
            = applier.applyPage(page.entries, page.nextCursor, &page.insertValues);
        result.pulled += int(page.entries.size());
        result.keptLocal += applied.keptLocal;
        result.newConflicts += applied.conflicts;
        if (++pagesInBatch == PagesPerCommit || page.last) {
            batch->commit();
            batch.reset();
            pagesInBatch = 0;
        }
        const bool last = page.last;
        reader.dispose(std::move(page));
        if (last)
            return result;
    }
}
