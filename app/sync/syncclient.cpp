#include "syncclient.h"

#include "changefeedapplier.h"

#include "net/apiclient.h"
#include "storage/clientmeta.h"
#include "storage/localstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QUrl>

SyncClient::SyncClient(const LocalStore &store, ApiClient &api)
    : m_store(store)
    , m_api(api)
{ }

SyncClient::PullResult SyncClient::pull()
{
    PullResult result;
    const ChangeFeedApplier applier(m_store);
    QString cursor = ClientMeta(m_store.db()).value(ClientMeta::cursorKey());
    int rateLimitedTries = 0;
    for (;;) {
        QString path = QStringLiteral("/api/v1/changes?limit=%1").arg(PageSize);
        if (!cursor.isEmpty())
            path
                += QStringLiteral("&since=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const ApiReply reply = m_api.get(path);

        if (reply.status == 429 && ++rateLimitedTries <= MaxRateLimitedTries) {
            // Retry-After is whole seconds from this server (an HTTP date is not expected).
            bool ok = false;
            const int seconds = reply.retryAfter.trimmed().toInt(&ok);
            const int waitSeconds = qBound(1, ok ? seconds : 1, MaxRetryAfterSeconds);
            if (m_rateLimitNotice)
                m_rateLimitNotice(waitSeconds);
            wait(waitSeconds);
            continue;
        }
        if (reply.status != 200) {
            result.outcome = reply.offline ? Outcome::Offline : Outcome::Failed;
            const QString detail = reply.problemDetail();
            if (!reply.reachedServer())
                result.message = reply.networkError;
            else if (reply.status == 401)
                result.message = tr("the server refused the API key (%1)").arg(detail);
            else if (reply.status == 429)
                result.message = tr("the server is still rate limiting this tenant after %1 "
                                    "waits")
                                     .arg(MaxRateLimitedTries);
            else
                result.message = detail.isEmpty() ? tr("HTTP %1").arg(reply.status)
                                                  : tr("HTTP %1: %2").arg(reply.status).arg(detail);
            return result;
        }
        rateLimitedTries = 0;

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

void SyncClient::wait(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
