#pragma once

#include "pendingchange.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

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
    // The oldest change of the record still waiting, if any: its base is the version the local
    // edits started from.
    std::optional<PendingChange> firstFor(const QString &recordId) const;

private:
    // tail: what follows "FROM pending_changes" (empty: all, in order).
    QList<PendingChange> select(const QString &tail, const QVariantList &bindings) const;

    QSqlDatabase m_db;
};
