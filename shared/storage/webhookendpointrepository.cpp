#include "webhookendpointrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kColumns = QStringLiteral(
    "id, tenant_id, url, events, enabled, description, secret, previous_secret, "
    "previous_secret_until_ms, disabled_reason, failing_since_ms, created_at, updated_at");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant msOrNull(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms);
}

QString eventsJson(const QStringList &events)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}

WebhookEndpoint fromRow(const SqlStatement &row)
{
    WebhookEndpoint endpoint;
    endpoint.id = row.value(0).toString();
    endpoint.tenantId = row.value(1).toString();
    endpoint.url = row.value(2).toString();
    for (const QJsonValue &event : QJsonDocument::fromJson(row.value(3).toByteArray()).array())
        endpoint.events << event.toString();
    endpoint.enabled = row.value(4).toInt() != 0;
    endpoint.description = row.value(5).toString();
    endpoint.secret = row.value(6).toString();
    endpoint.previousSecret = row.value(7).toString();
    endpoint.previousSecretUntilMs = row.value(8).toLongLong();
    endpoint.disabledReason = row.value(9).toString();
    endpoint.failingSinceMs = row.value(10).toLongLong();
    endpoint.createdAt = row.value(11).toString();
    endpoint.updatedAt = row.value(12).toString();
    return endpoint;
}

} // namespace

QStringList WebhookEndpoint::signingSecrets(qint64 nowMs) const
{
    QStringList secrets {secret};
    if (!previousSecret.isEmpty() && nowMs < previousSecretUntilMs)
        secrets << previousSecret;
    return secrets;
}

WebhookEndpointRepository::WebhookEndpointRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

void WebhookEndpointRepository::insert(const WebhookEndpoint &endpoint) const
{
    Database::exec(m_db,
        QStringLiteral("INSERT INTO webhook_endpoints (%1, event_filter) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        {endpoint.id, endpoint.tenantId, endpoint.url, eventsJson(endpoint.events),
            endpoint.enabled ? 1 : 0, textOrNull(endpoint.description), endpoint.secret,
            textOrNull(endpoint.previousSecret), msOrNull(endpoint.previousSecretUntilMs),
            textOrNull(endpoint.disabledReason), msOrNull(endpoint.failingSinceMs),
            endpoint.createdAt, endpoint.updatedAt, eventFilter(endpoint.events)});
}

std::optional<WebhookEndpoint> WebhookEndpointRepository::find(
    const QString &tenantId, const QString &id) const
{
    SqlStatement row = Database::exec(m_db,
        QStringLiteral("SELECT %1 FROM webhook_endpoints WHERE tenant_id = ? AND id = ?")
            .arg(kColumns),
        {tenantId, id});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

QList<WebhookEndpoint> WebhookEndpointRepository::list(
    const QString &tenantId, int limit, qint64 offset) const
{
    SqlStatement rows = Database::exec(m_db,
        QStringLiteral("SELECT %1 FROM webhook_endpoints WHERE tenant_id = ? "
                       "ORDER BY created_at, id LIMIT ? OFFSET ?")
            .arg(kColumns),
        {tenantId, limit, offset});
    QList<WebhookEndpoint> endpoints;
    while (rows.next())
        endpoints << fromRow(rows);
    return endpoints;
}

qint64 WebhookEndpointRepository::count(const QString &tenantId) const
{
    SqlStatement row = Database::exec(m_db,
        QStringLiteral("SELECT COUNT(*) FROM webhook_endpoints WHERE tenant_id = ?"), {tenantId});
    return row.next() ? row.value(0).toLongLong() : 0;
}

void WebhookEndpointRepository::update(const WebhookEndpoint &endpoint) const
{
    Database::exec(m_db,
        QStringLiteral("UPDATE webhook_endpoints SET url = ?, events = ?, event_filter = ?, "
                       "enabled = ?, description = ?, secret = ?, previous_secret = ?, "
                       "previous_secret_until_ms = ?, disabled_reason = ?, failing_since_ms = ?, "
                       "updated_at = ? WHERE tenant_id = ? AND id = ?"),
        {endpoint.url, eventsJson(endpoint.events), eventFilter(endpoint.events),
            endpoint.enabled ? 1 : 0, textOrNull(endpoint.description), endpoint.secret,
            textOrNull(endpoint.previousSecret), msOrNull(endpoint.previousSecretUntilMs),
            textOrNull(endpoint.disabledReason), msOrNull(endpoint.failingSinceMs),
            endpoint.updatedAt, endpoint.tenantId, endpoint.id});
}

bool WebhookEndpointRepository::remove(const QString &tenantId, const QString &id) const
{
    SqlStatement deleted = Database::exec(m_db,
        QStringLiteral("DELETE FROM webhook_endpoints WHERE tenant_id = ? AND id = ? RETURNING id"),
        {tenantId, id});
    const bool existed = deleted.next();
    deleted.finish();
    if (existed) {
        Database::exec(m_db,
            QStringLiteral(
                "DELETE FROM webhook_deliveries WHERE endpoint_id = ? AND state = 'pending'"),
            {id});
    }
    return existed;
}

QString WebhookEndpointRepository::eventFilter(const QStringList &events)
{
    return u',' + events.join(u',') + u',';
}
