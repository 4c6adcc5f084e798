#include "webhookoutbox.h"

#include "database.h"
#include "webhookendpointrepository.h"

#include "domain/ids.h"
#include "domain/jsonwriter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

WebhookOutbox::WebhookOutbox(const QSqlDatabase &db)
    : m_db(db)
{ }

QString WebhookOutbox::enqueueChange(const QString &tenantId, const QString &entityType,
    const QString &action, const QString &occurredAt, const QJsonObject &data) const
{
    const QString eventType = entityType + u'.' + action;
    SqlStatement subscribed = Database::exec(m_db,
        QStringLiteral("SELECT id FROM webhook_endpoints WHERE tenant_id = ? AND enabled = 1 "
                       "AND (instr(event_filter, ',*,') > 0 OR instr(event_filter, ?) > 0)"),
        {tenantId, u',' + eventType + u','});
    QStringList endpointIds;
    while (subscribed.next())
        endpointIds << subscribed.value(0).toString();
    subscribed.finish();
    if (endpointIds.isEmpty())
        return {};

    const QString eventId = Ids::newId();
    const qint64 eventPk = insertEvent(tenantId, eventId, eventType,
        payload(eventId, tenantId, entityType, action, occurredAt, data));
    for (const QString &endpointId : std::as_const(endpointIds))
        insertDelivery(tenantId, endpointId, eventPk, false);
    return eventId;
}

QString WebhookOutbox::enqueueTest(const WebhookEndpoint &endpoint, const QString &now) const
{
    const QString eventId = Ids::newId();
    const qint64 eventPk = insertEvent(endpoint.tenantId, eventId, QStringLiteral("webhook.test"),
        payload(eventId, endpoint.tenantId, QStringLiteral("webhook"), QStringLiteral("test"), now,
            {{QStringLiteral("id"), endpoint.id}}));
    insertDelivery(endpoint.tenantId, endpoint.id, eventPk, true);
    return eventId;
}

std::optional<QString> WebhookOutbox::redeliver(
    const QString &tenantId, const QString &attemptId) const
{
    SqlStatement found = Database::exec(m_db,
        QStringLiteral("SELECT a.delivery_pk, e.event_id FROM webhook_attempts a "
                       "JOIN webhook_deliveries d ON d.pk = a.delivery_pk "
                       "JOIN webhook_events e ON e.pk = d.event_pk "
                       "JOIN webhook_endpoints w ON w.id = d.endpoint_id "
                       "WHERE a.id = ? AND a.tenant_id = ?"),
        {attemptId, tenantId});
    if (!found.next())
        return std::nullopt;
    const qint64 deliveryPk = found.value(0).toLongLong();
    const QString eventId = found.value(1).toString();
    found.finish();
    // A person asked for it: it goes out even to a disabled endpoint, like a test event.
    Database::exec(m_db,
        QStringLiteral("UPDATE webhook_deliveries SET state = 'pending', retries_used = 0, "
                       "next_attempt_ms = ?, forced = 1 WHERE pk = ?"),
        {nowMs(), deliveryPk});
    return eventId;
}

QByteArray WebhookOutbox::payload(const QString &eventId, const QString &tenantId,
    const QString &entityType, const QString &action, const QString &occurredAt,
    const QJsonObject &data)
{
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1StringView("event_id"));
    json.string(eventId);
    json.key(QLatin1StringView("tenant_id"));
    json.string(tenantId);
    json.key(QLatin1StringView("entity_type"));
    json.string(entityType);
    json.key(QLatin1StringView("action"));
    json.string(action);
    json.key(QLatin1StringView("occurred_at"));
    json.string(occurredAt);
    json.key(QLatin1StringView("data"));
    json.raw(QJsonDocument(data).toJson(QJsonDocument::Compact));
    json.endObject();
    return json.take();
}

qint64 WebhookOutbox::insertEvent(const QString &tenantId, const QString &eventId,
    const QString &eventType, const QByteArray &payload) const
{
    SqlStatement inserted = Database::exec(m_db,
        QStringLiteral("INSERT INTO webhook_events (tenant_id, event_id, event_type, payload, "
                       "created_ms) VALUES (?, ?, ?, ?, ?) RETURNING pk"),
        {tenantId, eventId, eventType, payload, nowMs()});
    inserted.next();
    const qint64 pk = inserted.value(0).toLongLong();
    inserted.finish();
    return pk;
}

void WebhookOutbox::insertDelivery(
    const QString &tenantId, const QString &endpointId, qint64 eventPk, bool forced) const
{
    const qint64 now = nowMs();
    Database::exec(m_db,
        QStringLiteral("INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_pk, state, "
                       "next_attempt_ms, forced, created_ms) VALUES (?, ?, ?, 'pending', ?, ?, ?)"),
        {tenantId, endpointId, eventPk, now, forced ? 1 : 0, now});
}
