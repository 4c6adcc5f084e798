#pragma once

#include "pendingchange.h"

#include <QList>
#include <QSet>
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
    // The records with changes waiting (few, usually): one query instead of one per record.
    QSet<QString> recordIds() const;
    qint64 count() const;
    // The oldest change of the record still waiting, if any: its base is the version the local
    // edits started from.
    std::optional<PendingChange> firstFor(const QString &recordId) const;
    std::optional<PendingChange> lastFor(const QString &recordId) const;
    // The first change after seq (0: the oldest), for walking the outbox without loading it.
    std::optional<PendingChange> nextAfter(qint64 seq) const;
    std::optional<PendingChange> bySeq(qint64 seq) const;

    // Before a change is sent: from then on it may exist on the server.
    void markAttempted(qint64 seq) const;
    void remove(qint64 seq) const;
    // Drops every change of the record (a conflict resolved, a local create deleted again).
    void removeRecord(const QString &recordId) const;
    // Stores change's body, base and idempotency key under its seq: a change rebased onto the
    // server's newer version, which needs a new key because the server stored its old answer
    // under the old one.
    void replace(const PendingChange &change) const;

private:
    // tail: what follows "FROM pending_changes" (empty: all, in order).
    QList<PendingChange> select(const QString &tail, const QVariantList &bindings) const;

    QSqlDatabase m_db;
};
