#include "changeentry.h"

QJsonObject ChangeEntry::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("entityType"), entityType},
        {QStringLiteral("action"), action},
        {QStringLiteral("id"), id},
        {QStringLiteral("occurredAt"), occurredAt},
        {QStringLiteral("data"),
            action == QLatin1String("deleted") ? QJsonValue(QJsonValue::Null) : QJsonValue(data)},
    };
}

ChangeEntry ChangeEntry::fromJson(const QJsonObject &json)
{
    ChangeEntry entry;
    entry.seq = json.value(QStringLiteral("seq")).toInteger();
    entry.entityType = json.value(QStringLiteral("entityType")).toString();
    entry.action = json.value(QStringLiteral("action")).toString();
    entry.id = json.value(QStringLiteral("id")).toString();
    entry.occurredAt = json.value(QStringLiteral("occurredAt")).toString();
    entry.data = json.value(QStringLiteral("data")).toObject();
    return entry;
}
