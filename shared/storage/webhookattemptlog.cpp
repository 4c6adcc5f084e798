#include "webhookattemptlog.h"

#include "database.h"

WebhookAttemptLog::WebhookAttemptLog(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<WebhookAttempt> WebhookAttemptLog::list(
    const QString &tenantId, const QString &endpointId, int limit, qint64 offset) const
{
    SqlStatement rows = Database::exec(m_db,
        QStringLiteral(
            "SELECT a.id, e.event_id, e.event_type, a.attempt, a.status_code, a.duration_ms, "
            "a.error, a.next_retry_at, a.created_at FROM webhook_attempts a "
            "JOIN webhook_deliveries d ON d.pk = a.delivery_pk "
            "JOIN webhook_events e ON e.pk = d.event_pk "
            "WHERE a.endpoint_id = ? AND a.tenant_id = ? "
            "ORDER BY a.created_ms DESC, a.attempt DESC, a.id DESC LIMIT ? OFFSET ?"),
        {endpointId, tenantId, limit, offset});
    QList<WebhookAttempt> attempts;
    while (rows.next()) {
        WebhookAttempt attempt;
        attempt.id = rows.value(0).toString();
        attempt.eventId = rows.value(1).toString();
        attempt.eventType = rows.value(2).toString();
        attempt.attempt = rows.value(3).toInt();
        attempt.statusCode = rows.value(4).toInt();
        attempt.durationMs = rows.value(5).toLongLong();
        attempt.error = rows.value(6).toString();
        attempt.nextRetryAt = rows.value(7).toString();
        attempt.createdAt = rows.value(8).toString();
        attempts << attempt;
    }
    return attempts;
}

qint64 WebhookAttemptLog::count(const QString &tenantId, const QString &endpointId) const
{
    SqlStatement row = Database::exec(m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM webhook_attempts WHERE endpoint_id = ? AND tenant_id = ?"),
        {endpointId, tenantId});
    return row.next() ? row.value(0).toLongLong() : 0;
}
