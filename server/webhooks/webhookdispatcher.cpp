#include "webhookdispatcher.h"

#include "webhooksigner.h"
#include "webhookurlpolicy.h"

#include "storage/writeexecutor.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhooks, "omniotap.server.webhooks")

namespace {

const int kFlushDelayMs = 10;
const int kMinPollIntervalMs = 5;
const int kDeadlineCheckMs = 100;
const int kMaxPollDelayMs = 60 * 1000;
const int kPruneIntervalMs = 3600 * 1000;
const qint64 kMaxRetryAfterSeconds = 24 * 3600;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterSeconds(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? qMin(seconds, kMaxRetryAfterSeconds) : -1;
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!date.isValid())
        return -1;
    return qBound<qint64>(0, (date.toMSecsSinceEpoch() - nowMs()) / 1000, kMaxRetryAfterSeconds);
}

} // namespace

WebhookDispatcher::WebhookDispatcher(
    const Database &database, WriteExecutor &writer, WebhookSettings settings)
    : m_database(database)
    , m_writer(writer)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("omniotap-webhooks"));
    moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(this, &WebhookDispatcher::initialize, Qt::QueuedConnection);
}

WebhookDispatcher::~WebhookDispatcher()
{
    QMetaObject::invokeMethod(this, &WebhookDispatcher::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WebhookDispatcher::wake()
{
    if (m_wakeQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeQueued = false;
            schedulePoll(0);
        },
        Qt::QueuedConnection);
}

void WebhookDispatcher::initialize()
{
    m_network = new QNetworkAccessManager(this);
    // Environment proxies would connect somewhere other than the address that was checked.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &WebhookDispatcher::poll);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &WebhookDispatcher::flushResults);
    m_deadlineTimer = new QTimer(this);
    connect(m_deadlineTimer, &QTimer::timeout, this, &WebhookDispatcher::abortOverdue);
    m_deadlineTimer->start(kDeadlineCheckMs);
    m_pruneTimer = new QTimer(this);
    connect(m_pruneTimer, &QTimer::timeout, this, &WebhookDispatcher::prune);
    m_pruneTimer->start(kPruneIntervalMs);
    prune();
    // Whatever was pending when the server stopped is due now.
    schedulePoll(0);
}

void WebhookDispatcher::shutdown()
{
    m_stopping = true;
    // Unfinished attempts stay pending in the database and go out again after a restart.
    // abort() finishes the reply at once and finished() takes it out of m_deadlines: go over a
    // copy, not the set that shrinks underneath.
    const QList<QNetworkReply *> replies = m_deadlines.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
    flushResults();
    // Returns once every posted write (and its callback) is done: nothing refers to this
    // object afterwards.
    m_writer.run([](const QSqlDatabase &) { return 0; });
    delete m_network;
    m_network = nullptr;
    // Timers belong to this thread, which ends after this; left to ~QObject they would be
    // stopped from the main thread ("Timers cannot be stopped from another thread").
    delete m_pollTimer;
    m_pollTimer = nullptr;
    delete m_flushTimer;
    m_flushTimer = nullptr;
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    delete m_deadlineTimer;
    m_deadlineTimer = nullptr;
}

void WebhookDispatcher::schedulePoll(qint64 delayMs)
{
    if (m_stopping || !m_pollTimer)
        return;
    // Under load every commit and every answer asks for a poll; a few milliseconds between
    // polls gather them, which keeps the database queries to a few hundred a second.
    const qint64 earliest = m_lastPollMs + kMinPollIntervalMs - nowMs();
    const int delay = int(qBound(qint64(0), qMax(delayMs, earliest), qint64(kMaxPollDelayMs)));
    if (m_pollTimer->isActive() && m_pollTimer->remainingTime() <= delay)
        return;
    m_pollTimer->start(delay);
}

void WebhookDispatcher::poll()
{
    if (m_stopping)
        return;
    m_lastPollMs = nowMs();
    const int free = m_settings.maxInFlight - m_connections;
    if (free <= 0)
        return; // a finishing delivery polls again
    // Deliveries being sent, or sent and not yet recorded, are still pending in the
    // database: ask for enough to find `free` others.
    const int wanted = free + int(m_unrecorded.size());
    QList<DueDelivery> picked;
    std::optional<qint64> nextDue;
    try {
        const WebhookDeliveryStore store(m_database.connection());
        // Endpoints that use their share are left out, so their backlog cannot crowd out
        // the deliveries of others.
        QHash<QString, int> connections = m_connectionsPerEndpoint;
        QSet<QString> busy;
        for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
            if (it.value() >= m_settings.maxInFlightPerEndpoint)
                busy.insert(it.key());
        }
        const QList<WebhookDeliveryStore::Candidate> candidates
            = store.dueCandidates(m_lastPollMs, wanted, busy);
        for (const WebhookDeliveryStore::Candidate &candidate : candidates) {
            if (picked.size() == free)
                break;
            if (m_unrecorded.contains(candidate.pk)
                || connections.value(candidate.endpointId) >= m_settings.maxInFlightPerEndpoint)
                continue;
            if (const auto delivery = store.load(candidate.pk, m_lastPollMs)) {
                picked << *delivery;
                ++connections[candidate.endpointId];
            }
        }
        // A full answer means more may be due: the next answer polls again. Otherwise sleep
        // until the next delivery falls due.
        if (candidates.size() < wanted)
            nextDue = store.nextDueMs();
    } catch (const std::exception &error) {
        qCWarning(lcWebhooks) << "Could not read pending deliveries:" << error.what();
        schedulePoll(1000);
        return;
    }
    for (const DueDelivery &delivery : std::as_const(picked))
        send(delivery);
    if (nextDue) {
        // Due but not picked: it waits for a disabled endpoint or for a busy one (whose
        // answers poll again); look again in a second rather than at once.
        const qint64 wait = *nextDue - nowMs();
        schedulePoll(wait <= 0 && picked.isEmpty() ? 1000 : wait);
    }
}

void WebhookDispatcher::send(const DueDelivery &delivery)
{
    m_unrecorded.insert(delivery.pk);
    ++m_connections;
    ++m_connectionsPerEndpoint[delivery.endpointId];
    const qint64 startedMs = nowMs();
    const QUrl url(delivery.url);
    if (m_settings.allowPrivateTargets) {
        post(delivery, url, {});
        return;
    }
    // The address checked is the address connected to: the request goes to the resolved
    // address itself, so a name cannot resolve to a public address for the check and to an
    // internal one for the connection.
    const auto connectTo = [this, delivery, url, startedMs](const QList<QHostAddress> &addresses) {
        if (m_stopping)
            return;
        if (addresses.isEmpty()) {
            conclude(delivery, startedMs, 0,
                QStringLiteral("the host name %1 does not resolve").arg(url.host()), -1);
            return;
        }
        const QHostAddress address = addresses.constFirst();
        if (WebhookUrlPolicy::isInternalAddress(address)) {
            conclude(delivery, startedMs, 0,
                QStringLiteral("refused: %1 resolves to the internal address %2")
                    .arg(url.host(), address.toString()),
                -1);
            return;
        }
        post(delivery, url, address);
    };
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        connectTo({literal});
        return;
    }
    QHostInfo::lookupHost(url.host(), this, [connectTo](const QHostInfo &info) {
        QList<QHostAddress> addresses = info.addresses();
        // IPv4 first: it is what most receivers listen on.
        std::stable_partition(addresses.begin(), addresses.end(),
            [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; });
        connectTo(addresses);
    });
}

void WebhookDispatcher::post(
    const DueDelivery &delivery, const QUrl &url, const QHostAddress &pinned)
{
    const qint64 startedMs = nowMs();
    QNetworkRequest request;
    if (pinned.isNull()) {
        request.setUrl(url);
    } else {
        QUrl target = url;
        target.setHost(pinned.toString());
        request.setUrl(target);
        const int port = url.port();
        request.setRawHeader("Host",
            url.host(QUrl::FullyEncoded).toUtf8()
                + (port == -1 ? QByteArray() : ':' + QByteArray::number(port)));
        request.setPeerVerifyName(url.host());
    }
    const qint64 timestamp = startedMs / 1000;
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("OmnioTap-Webhooks/" OMNIOTAP_VERSION));
    request.setRawHeader("webhook-id", delivery.eventId.toUtf8());
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature",
        WebhookSigner::signatureHeader(
            delivery.secrets, delivery.eventId, timestamp, delivery.payload)
            .toLatin1());
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network->post(request, delivery.payload);
    // The transfer timeout only fires after a silence: a receiver that keeps trickling bytes
    // would hold the attempt (and a slot of its endpoint) forever. So the timeout is also a
    // deadline for the whole attempt, checked by one timer for all replies (abortOverdue()).
    m_deadlines.insert(reply, startedMs + m_settings.timeoutMs);
    // Only the status counts: the body is dropped as it comes, so a receiver's large answer
    // does not pile up in memory.
    connect(reply, &QIODevice::readyRead, reply, [reply] { reply->skip(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, this,
        [this, delivery, reply, startedMs] { finished(delivery, reply, startedMs); });
}

void WebhookDispatcher::finished(
    const DueDelivery &delivery, QNetworkReply *reply, qint64 startedMs)
{
    m_deadlines.remove(reply);
    reply->deleteLater();
    if (m_stopping)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        error = timedOut ? QStringLiteral("no response within %1 ms").arg(m_settings.timeoutMs)
                         : reply->errorString();
    } else if (status < 200 || status > 299) {
        error = QStringLiteral("the receiver answered %1").arg(status);
    }
    const qint64 retryAfter
        = status == 429 || status == 503 ? retryAfterSeconds(reply->rawHeader("Retry-After")) : -1;
    conclude(delivery, startedMs, status, error, retryAfter);
}

void WebhookDispatcher::conclude(const DueDelivery &delivery, qint64 startedMs, int statusCode,
    const QString &error, qint64 retryAfter)
{
    --m_connections;
    if (--m_connectionsPerEndpoint[delivery.endpointId] <= 0)
        m_connectionsPerEndpoint.remove(delivery.endpointId);

    WebhookAttemptResult result;
    result.deliveryPk = delivery.pk;
    result.tenantId = delivery.tenantId;
    result.endpointId = delivery.endpointId;
    result.attemptedAtMs = startedMs;
    result.durationMs = nowMs() - startedMs;
    result.statusCode = statusCode;
    result.error = error;
    result.retriesUsed = delivery.retriesUsed;
    if (statusCode >= 200 && statusCode <= 299) {
        result.outcome = WebhookAttemptResult::Outcome::Delivered;
    } else if (statusCode == 410) {
        result.outcome = WebhookAttemptResult::Outcome::Gone;
        result.error = QStringLiteral("the receiver answered 410 Gone: endpoint disabled");
    } else {
        const int retry = delivery.retriesUsed + 1;
        const std::optional<qint64> delay = m_settings.retrySchedule.delayBeforeRetry(
            retry, QRandomGenerator::global()->generateDouble());
        if (delay) {
            result.outcome = WebhookAttemptResult::Outcome::Retry;
            result.retriesUsed = retry;
            result.nextAttemptMs = nowMs() + 1000 * (retryAfter >= 0 ? retryAfter : *delay);
        } else {
            result.outcome = WebhookAttemptResult::Outcome::Failed;
        }
    }
    m_results << result;
    if (!m_flushTimer->isActive())
        m_flushTimer->start(kFlushDelayMs);
    schedulePoll(0); // a slot is free
}

void WebhookDispatcher::flushResults()
{
    if (m_results.isEmpty())
        return;
    QList<WebhookAttemptResult> results;
    results.swap(m_results);
    QList<qint64> pks;
    for (const WebhookAttemptResult &result : std::as_const(results))
        pks << result.deliveryPk;
    m_writer.post(
        [results, disableAfterMs = m_settings.disableAfterMs](
            const QSqlDatabase &db) { WebhookDeliveryStore(db).record(results, disableAfterMs); },
        [this, pks](std::exception_ptr error) {
            if (error) {
                // Not recorded: the deliveries stay pending and are sent again.
                qCWarning(lcWebhooks) << "Could not record" << pks.size() << "webhook attempts";
            }
            QMetaObject::invokeMethod(
                this, [this, pks] { recorded(pks); }, Qt::QueuedConnection);
        });
}

void WebhookDispatcher::recorded(const QList<qint64> &deliveryPks)
{
    for (qint64 pk : deliveryPks)
        m_unrecorded.remove(pk);
    schedulePoll(0);
}

void WebhookDispatcher::abortOverdue()
{
    const qint64 now = nowMs();
    QList<QNetworkReply *> overdue;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it) {
        if (it.value() <= now)
            overdue << it.key();
    }
    for (QNetworkReply *reply : std::as_const(overdue))
        reply->abort(); // finished() records the timeout
}

void WebhookDispatcher::prune()
{
    m_writer.post([](const QSqlDatabase &db) { WebhookDeliveryStore(db).prune(nowMs()); },
        [](std::exception_ptr error) {
            if (error)
                qCWarning(lcWebhooks) << "Could not prune the webhook delivery log";
        });
}
