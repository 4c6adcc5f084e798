#include "syncclient.h"

#include "changefeedapplier.h"
#include "syncrequester.h"

#include "storage/clientmeta.h"
#include "storage/localstore.h"

#include <QJsonArray>
#include <QUrl>

SyncClient::SyncClient(const LocalStore &store, SyncRequester &requester)
    : m_store(store)
    , m_requester(requester)
{ }

SyncClient::PullResult SyncClient::pull()
{
    PullResult result;
    const ChangeFeedApplier applier(m_store);
    QString cursor = ClientMeta(m_store.db()).value(ClientMeta::cursorKey());
    for (;;) {
        QString path = QStringLiteral("/api/v1/changes?limit=%1").arg(PageSize);
        if (!cursor.isEmpty())
            path
                += QStringLiteral("&since=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const ApiReply reply = m_requester.call("GET", path);
        if (reply.status != 200) {
            result.outcome = reply.offline ? Outcome::Offline : Outcome::Failed;
            result.message = SyncRequester::failureMessage(reply);
            return result;
        }

        const QJsonObject page = reply.json();
        const QJsonValue data = page.value(QStringLiteral("data"));
        const QString next = page.value(QStringLiteral("nextCursor")).toString();
        const bool hasMore = page.value(QStringLiteral("hasMore")).toBool();
        if (!data.isArray() || next.isEmpty()) {
            result.outcome = Outcome::Failed;
            result.message = tr("the server's change feed is not in the expected form");
            return result;
        }
        QList<ChangeEntry> entries;
        for (const QJsonValue &entry : data.toArray())
            entries.append(ChangeEntry::fromJson(entry.toObject()));
        const ChangeFeedApplier::PageResult applied = applier.applyPage(entries, next);
        result.pulled += int(entries.size());
        result.keptLocal += applied.keptLocal;
        result.newConflicts += applied.conflicts;
        // A page that moves nowhere but claims more would loop forever.
        if (!hasMore || next == cursor)
            return result;
        cursor = next;
    }
}
