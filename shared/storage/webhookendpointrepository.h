#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// A URL that receives a tenant's events. The secret signs them; during a rotation the
// previous secret signs too until previousSecretUntilMs.
struct WebhookEndpoint
{
    QString id;
    QString tenantId;
    QString url;
    QStringList events; // "contact.created", ... or "*"
    bool enabled = true;
    QString description; // empty: none
    QString secret;
    QString previousSecret; // empty: none
    qint64 previousSecretUntilMs = 0;
    QString disabledReason; // empty, "gone" (the receiver answered 410) or "failing"
    qint64 failingSinceMs = 0; // 0: the last attempt succeeded (or none failed yet)
    QString createdAt;
    QString updatedAt;

    // The secrets that sign an event sent at nowMs, newest first.
    QStringList signingSecrets(qint64 nowMs) const;
};

// Webhook endpoints of all tenants. Every lookup is scoped to a tenant, so a foreign id is
// simply not found.
class WebhookEndpointRepository
{
public:
    explicit WebhookEndpointRepository(const QSqlDatabase &db);

    void insert(const WebhookEndpoint &endpoint) const;
    std::optional<WebhookEndpoint> find(const QString &tenantId, const QString &id) const;
    QList<WebhookEndpoint> list(const QString &tenantId, int limit, qint64 offset) const;
    qint64 count(const QString &tenantId) const;
    // Writes every field but id, tenant and createdAt.
    void update(const WebhookEndpoint &endpoint) const;
    // Deletes the endpoint and drops its pending deliveries; false when there is none.
    bool remove(const QString &tenantId, const QString &id) const;

    // The text that event matching looks in: ",contact.created,lead.deleted," or ",*,".
    static QString eventFilter(const QStringList &events);

private:
    QSqlDatabase m_db;
};
