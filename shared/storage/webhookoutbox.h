#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct WebhookEndpoint;

// The webhook outbox. A change writes its event here inside its own transaction, one
// delivery per enabled endpoint that subscribes to it, so a committed change always has its
// deliveries and a rolled-back one never does. The dispatcher sends what is pending.
class WebhookOutbox
{
public:
    explicit WebhookOutbox(const QSqlDatabase &db);

    // Queues "<entityType>.<action>" for the tenant's subscribed, enabled endpoints.
    // Returns the event id, or an empty string when no endpoint subscribes.
    QString enqueueChange(const QString &tenantId, const QString &entityType, const QString &action,
        const QString &occurredAt, const QJsonObject &data) const;
    // Queues a "webhook.test" event for one endpoint, sent even while it is disabled.
    QString enqueueTest(const WebhookEndpoint &endpoint, const QString &now) const;
    // Sends the event of an attempt again, now, with the same webhook-id and a fresh retry
    // schedule. Returns the event id; nullopt when the tenant has no such attempt.
    std::optional<QString> redeliver(const QString &tenantId, const QString &attemptId) const;

    // The body of an event, in the order of the API documentation's example.
    static QByteArray payload(const QString &eventId, const QString &tenantId,
        const QString &entityType, const QString &action, const QString &occurredAt,
        const QJsonObject &data);

private:
    qint64 insertEvent(const QString &tenantId, const QString &eventId, const QString &eventType,
        const QByteArray &payload) const;
    void insertDelivery(
        const QString &tenantId, const QString &endpointId, qint64 eventPk, bool forced) const;

    QSqlDatabase m_db;
};
