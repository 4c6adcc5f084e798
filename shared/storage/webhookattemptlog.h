#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One attempt to deliver an event, as GET /webhooks/{id}/deliveries lists it.
struct WebhookAttempt
{
    QString id;
    QString eventId;
    QString eventType;
    int attempt = 0;
    int statusCode = 0; // 0: no response came
    qint64 durationMs = 0;
    QString error; // empty: none
    QString nextRetryAt; // empty: no retry planned
    QString createdAt;
};

// The delivery log of an endpoint, newest attempt first.
class WebhookAttemptLog
{
public:
    explicit WebhookAttemptLog(const QSqlDatabase &db);

    QList<WebhookAttempt> list(
        const QString &tenantId, const QString &endpointId, int limit, qint64 offset) const;
    qint64 count(const QString &tenantId, const QString &endpointId) const;

private:
    QSqlDatabase m_db;
};
