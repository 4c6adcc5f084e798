#include "changeentry.h"

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
