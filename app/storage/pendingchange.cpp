#include "pendingchange.h"

QJsonObject PendingChange::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("seq"), seq);
    json.insert(QStringLiteral("collection"), collection);
    json.insert(QStringLiteral("id"), recordId);
    json.insert(QStringLiteral("action"), action);
    json.insert(QStringLiteral("body"), body.isEmpty() ? QJsonValue() : QJsonValue(body));
    json.insert(QStringLiteral("base"), hasBase ? QJsonValue(base) : QJsonValue());
    json.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    json.insert(QStringLiteral("createdAt"), createdAt);
    return json;
}
