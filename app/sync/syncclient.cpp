#include "syncclient.h"

#include "changefeedapplier.h"
#include "syncrequester.h"

#include "net/apiclient.h"
#include "storage/clientmeta.h"
#include "storage/localstore.h"

#include "storage/transaction.h"

#include <QJsonArray>
#include <QUrl>
#include <optional>

SyncClient::SyncClient(const LocalStore &store, SyncRequester &requester)
    : m_store(store)
    , m_requester(requester)
{ }

SyncClient::PullResult SyncClient::pull()
{
    PullResult result;
    const ChangeFeedApplier applier(m_store);
    QString cursor = ClientMeta(m_store.db()).value(ClientMeta::cursorKey());
    ApiReply reply = m_requester.call("GET", pagePath(cursor));
    // Pages are committed a few at a time: each commit writes the index pages a page of
    // records touched, and a new search-index segment, so fewer commits are much less work
    // on a first sync. A page is still never half applied, and the cursor commits with it.
    std::optional<Transaction> batch;
    int pagesInBatch = 0;
    for (;;) {
        if (!batch)
            batch.emplace(m_store.db());
        if (reply.status != 200) {
            if (batch)
                batch->commit(); // keep the pages already applied
            result.outcome = reply.offline ? Outcome::Offline : Outcome::Failed;
            result.message = SyncRequester::failureMessage(reply);
            return result;
        }

        const QJsonObject page = reply.json();
        const QJsonValue data = page.value(QStringLiteral("data"));
        const QString next = page.value(QStringLiteral("nextCursor")).toString();
        // A page that moves nowhere but claims more would loop forever.
        const bool hasMore = page.value(QStringLiteral("hasMore")).toBool() && next != cursor;
        if (!data.isArray() || next.isEmpty()) {
            if (batch)
                batch->commit();
            result.outcome = Outcome::Failed;
            result.message = tr("the server's change feed is not in the expected form");
            return result;
        }
        // The next page travels while this one is applied: on a first sync the two take
        // about as long as each other.
        QNetworkReply *nextReply = hasMore ? m_requester.prefetch(pagePath(next)) : nullptr;
        QList<ChangeEntry> entries;
        for (const QJsonValue &entry : data.toArray())
            entries.append(ChangeEntry::fromJson(entry.toObject()));
        ChangeFeedApplier::PageResult applied;
        try {
            applied = applier.applyPage(entries, next);
        } catch (...) {
            if (nextReply)
                ApiClient::finish(nextReply);
            throw;
        }
        result.pulled += int(entries.size());
        result.keptLocal += applied.keptLocal;
        result.newConflicts += applied.conflicts;
        if (++pagesInBatch == PagesPerCommit || !nextReply) {
            batch->commit();
            batch.reset();
            pagesInBatch = 0;
        }
        if (!nextReply)
            return result;
        cursor = next;
        reply = m_requester.collect(nextReply, pagePath(next));
    }
}

QString SyncClient::pagePath(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/changes?limit=%1").arg(PageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&since=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path;
}
