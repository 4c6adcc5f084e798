#include "webhookdeliverystore.h"

#include "database.h"

#include "domain/ids.h"
#include "domain/timestamps.h"

#include <QDateTime>

namespace {

QString timestamp(qint64 ms)
{
    return Timestamps::format(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString stateOf(WebhookAttemptResult::Outcome outcome)
{
    switch (outcome) {
    case WebhookAttemptResult::Outcome::Delivered:
        return QStringLiteral("delivered");
    case WebhookAttemptResult::Outcome::Retry:
        return QStringLiteral("pending");
    case WebhookAttemptResult::Outcome::Failed:
    case WebhookAttemptResult::Outcome::Gone:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

WebhookDeliveryStore::WebhookDeliveryStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<WebhookDeliveryStore::Candidate> WebhookDeliveryStore::dueCandidates(
    qint64 nowMs, int limit, const QSet<QString> &busyEndpoints) const
{
    QVariantList bindings {nowMs};
    QString busy;
    if (!busyEndpoints.isEmpty()) {
        QStringList placeholders;
        for (const QString &endpointId : busyEndpoints) {
            placeholders << QStringLiteral("?");
            bindings << endpointId;
        }
        busy = QStringLiteral(" AND d.endpoint_id NOT IN (%1)").arg(placeholders.join(u','));
    }
    bindings << limit;
    SqlStatement rows = Database::exec(m_db,
        QStringLiteral("SELECT d.pk, d.endpoint_id FROM webhook_deliveries d "
                       "JOIN webhook_endpoints w ON w.id = d.endpoint_id "
                       "WHERE d.state = 'pending' AND d.next_attempt_ms <= ? "
                       "AND (w.enabled = 1 OR d.forced = 1)%1 "
                       "ORDER BY d.next_attempt_ms LIMIT ?")
            .arg(busy),
        bindings);
    QList<Candidate> candidates;
    while (rows.next())
        candidates.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    return candidates;
}

std::optional<DueDelivery> WebhookDeliveryStore::load(qint64 deliveryPk, qint64 nowMs) const
{
    SqlStatement row = Database::exec(m_db,
        QStringLiteral(
            "SELECT d.tenant_id, d.endpoint_id, d.retries_used, e.event_id, e.event_type, "
            "e.payload, w.url, w.secret, w.previous_secret, w.previous_secret_until_ms "
            "FROM webhook_deliveries d JOIN webhook_events e ON e.pk = d.event_pk "
            "JOIN webhook_endpoints w ON w.id = d.endpoint_id "
            "WHERE d.pk = ? AND d.state = 'pending'"),
        {deliveryPk});
    if (!row.next())
        return std::nullopt;
    DueDelivery delivery;
    delivery.pk = deliveryPk;
    delivery.tenantId = row.value(0).toString();
    delivery.endpointId = row.value(1).toString();
    delivery.retriesUsed = row.value(2).toInt();
    delivery.eventId = row.value(3).toString();
    delivery.eventType = row.value(4).toString();
    delivery.payload = row.value(5).toByteArray();
    delivery.url = row.value(6).toString();
    delivery.secrets << row.value(7).toString();
    const QString previous = row.value(8).toString();
    if (!previous.isEmpty() && nowMs < row.value(9).toLongLong())
        delivery.secrets << previous;
    return delivery;
}

std::optional<qint64> WebhookDeliveryStore::nextDueMs() const
{
    // The partial index answers this at once; deliveries that wait for a disabled endpoint
    // count too (the dispatcher then looks again a second later).
    SqlStatement row = Database::exec(m_db,
        QStringLiteral(
            "SELECT MIN(next_attempt_ms) FROM webhook_deliveries WHERE state = 'pending'"));
    if (!row.next() || row.value(0).isNull())
        return std::nullopt;
    return row.value(0).toLongLong();
}

void WebhookDeliveryStore::record(
    const QList<WebhookAttemptResult> &results, qint64 disableAfterMs) const
{
    for (const WebhookAttemptResult &result : results) {
        const bool retry = result.outcome == WebhookAttemptResult::Outcome::Retry;
        SqlStatement updated = Database::exec(m_db,
            QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, "
                           "retries_used = ?, next_attempt_ms = ? WHERE pk = ? AND endpoint_id = ? "
                           "RETURNING attempts"),
            {stateOf(result.outcome), result.retriesUsed,
                retry ? QVariant(result.nextAttemptMs) : QVariant(QMetaType(QMetaType::LongLong)),
                result.deliveryPk, result.endpointId});
        if (!updated.next())
            continue; // the endpoint was deleted meanwhile, and its deliveries with it
        const int attempt = updated.value(0).toInt();
        updated.finish();
        Database::exec(m_db,
            QStringLiteral(
                "INSERT INTO webhook_attempts (id, tenant_id, endpoint_id, delivery_pk, attempt, "
                "status_code, duration_ms, error, next_retry_at, created_at, created_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {Ids::newId(), result.tenantId, result.endpointId, result.deliveryPk, attempt,
                result.statusCode ? QVariant(result.statusCode)
                                  : QVariant(QMetaType(QMetaType::Int)),
                result.durationMs,
                result.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(result.error),
                retry ? QVariant(timestamp(result.nextAttemptMs))
                      : QVariant(QMetaType(QMetaType::QString)),
                timestamp(result.attemptedAtMs), result.attemptedAtMs});
        updateEndpointHealth(result, disableAfterMs);
    }
}

void WebhookDeliveryStore::updateEndpointHealth(
    const WebhookAttemptResult &result, qint64 disableAfterMs) const
{
    const QString now = timestamp(result.attemptedAtMs);
    switch (result.outcome) {
    case WebhookAttemptResult::Outcome::Delivered:
        Database::exec(m_db,
            QStringLiteral("UPDATE webhook_endpoints SET failing_since_ms = NULL "
                           "WHERE id = ? AND failing_since_ms IS NOT NULL"),
            {result.endpointId});
        return;
    case WebhookAttemptResult::Outcome::Gone:
        Database::exec(m_db,
            QStringLiteral("UPDATE webhook_endpoints SET enabled = 0, disabled_reason = 'gone', "
                           "updated_at = ? WHERE id = ? AND enabled = 1"),
            {now, result.endpointId});
        return;
    case WebhookAttemptResult::Outcome::Retry:
    case WebhookAttemptResult::Outcome::Failed:
        break;
    }
    Database::exec(m_db,
        QStringLiteral("UPDATE webhook_endpoints SET failing_since_ms = ? "
                       "WHERE id = ? AND failing_since_ms IS NULL"),
        {result.attemptedAtMs, result.endpointId});
    Database::exec(m_db,
        QStringLiteral("UPDATE webhook_endpoints SET enabled = 0, disabled_reason = 'failing', "
                       "updated_at = ? WHERE id = ? AND enabled = 1 AND failing_since_ms <= ?"),
        {now, result.endpointId, result.attemptedAtMs - disableAfterMs});
}

void WebhookDeliveryStore::prune(qint64 nowMs) const
{
    const qint64 cutoff = nowMs - kRetentionMs;
    Database::exec(
        m_db, QStringLiteral("DELETE FROM webhook_attempts WHERE created_ms < ?"), {cutoff});
    Database::exec(m_db,
        QStringLiteral("DELETE FROM webhook_deliveries WHERE state != 'pending' AND created_ms < ? "
                       "AND NOT EXISTS (SELECT 1 FROM webhook_attempts a "
                       "WHERE a.delivery_pk = webhook_deliveries.pk)"),
        {cutoff});
    Database::exec(m_db,
        QStringLiteral("DELETE FROM webhook_events WHERE created_ms < ? AND NOT EXISTS "
                       "(SELECT 1 FROM webhook_deliveries d WHERE d.event_pk = webhook_events.pk)"),
        {cutoff});
}
