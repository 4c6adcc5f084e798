#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// A delivery whose time has come, with all the dispatcher needs to send it.
struct DueDelivery
{
    qint64 pk = 0;
    QString tenantId;
    QString endpointId;
    int retriesUsed = 0;
    QString eventId;
    QString eventType;
    QByteArray payload;
    QString url;
    QStringList secrets; // newest first
};

// What one attempt came to, and what happens next.
struct WebhookAttemptResult
{
    enum class Outcome { Delivered, Retry, Failed, Gone };

    qint64 deliveryPk = 0;
    QString tenantId;
    QString endpointId;
    qint64 attemptedAtMs = 0;
    qint64 durationMs = 0;
    int statusCode = 0; // 0: no response came
    QString error; // empty for a success
    Outcome outcome = Outcome::Failed;
    int retriesUsed = 0; // counting this one, when it is a retry
    qint64 nextAttemptMs = 0; // for Retry
};

// The dispatcher's side of the outbox: what is due, and the record of each attempt.
class WebhookDeliveryStore
{
public:
    // By default, an endpoint whose attempts have all failed for this long is disabled.
    static constexpr qint64 kDisableAfterFailingMs = 3LL * 24 * 3600 * 1000;
    // Attempts (and finished deliveries) older than this are forgotten.
    static constexpr qint64 kRetentionMs = 30LL * 24 * 3600 * 1000;

    explicit WebhookDeliveryStore(const QSqlDatabase &db);

    // A pending delivery that is due, as the cheap first look sees it.
    struct Candidate
    {
        qint64 pk = 0;
        QString endpointId;
    };

    // Pending deliveries due at nowMs to enabled endpoints (or forced), oldest due first,
    // leaving out the endpoints in busyEndpoints (so one endpoint's backlog cannot fill the
    // answer). Only ids: the dispatcher then loads the few it sends (load()).
    QList<Candidate> dueCandidates(
        qint64 nowMs, int limit, const QSet<QString> &busyEndpoints = {}) const;
    // Everything needed to send one delivery; nullopt when it is gone meanwhile.
    std::optional<DueDelivery> load(qint64 deliveryPk, qint64 nowMs) const;
    // When the next pending delivery falls due (to any endpoint, enabled or not); nullopt
    // when none is pending.
    std::optional<qint64> nextDueMs() const;
    // Writes the attempts and their consequences; run inside a transaction. An endpoint
    // whose every attempt has failed for disableAfterMs is disabled ("failing").
    void record(const QList<WebhookAttemptResult> &results,
        qint64 disableAfterMs = kDisableAfterFailingMs) const;
    // Forgets attempts and finished deliveries older than the retention period.
    void prune(qint64 nowMs) const;

private:
    void updateEndpointHealth(const WebhookAttemptResult &result, qint64 disableAfterMs) const;

    QSqlDatabase m_db;
};
