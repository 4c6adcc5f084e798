#pragma once

#include <QJsonObject>
#include <QString>

// One local change waiting in the offline outbox to be sent to the server.
struct PendingChange
{
    qint64 seq = 0; // outbox order
    QString collection; // "contacts", ...
    QString recordId;
    QString action; // "create", "update", "delete"
    QJsonObject body; // create: the body with the client-chosen id; update: the merge patch
    QJsonObject base; // the record the change was made against; empty for creates
    bool hasBase = false;
    QString idempotencyKey; // a UUID, sent as Idempotency-Key so a retried push never repeats
    QString createdAt;
    bool attempted = false; // sent at least once (it may have reached the server)

    QJsonObject toJson() const;
};
