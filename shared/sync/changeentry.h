#pragma once

#include <QJsonObject>
#include <QString>

// One entry of a tenant's change feed: what happened to which record, and the record as it
// was right after (null for deletions). Shared by the server's feed and the desktop's sync.
struct ChangeEntry
{
    qint64 seq = 0;
    QString entityType; // "contact", "customer", ...
    QString action; // "created", "updated", "deleted"
    QString id;
    QString occurredAt;
    QJsonObject data; // empty for "deleted"

    static ChangeEntry fromJson(const QJsonObject &json);
};
