#pragma once

#include "pendingchange.h"

#include <QList>
#include <QSqlDatabase>

// The offline outbox (table pending_changes). Appends join the caller's transaction, so a
// local write and its outbox entry exist together or not at all.
class PendingChangeQueue
{
public:
    explicit PendingChangeQueue(const QSqlDatabase &db);

    // Assigns seq, idempotency key and time; returns the stored change.
    PendingChange append(const QString &collection, const QString &recordId, const QString &action,
        const QJsonObject &body, const QJsonObject *base) const;
    QList<PendingChange> all() const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};
