#pragma once

#include <QCoreApplication>
#include <QString>

class LocalStore;
struct LocalConflict;

// Settles a conflict the way a person chose, in the cache only: the outbox is rewritten so
// that the next sync sends the outcome, which is also how it works offline.
//
// Keep server: the local changes of the record are dropped and the cache takes the server's
// version (or loses the record, when the server deleted it or never accepted its create).
//
// Keep local: the local edits win on every field both sides changed, and whatever the server
// changed alone is kept too (the cache takes the merged record). The record's queued changes
// become one change against the server's version: an update of the fields that still differ,
// a delete for a local deletion, or a create for a create the server refused. A record the
// server deleted cannot come back under its old id (the server never reuses ids), so it is
// created again under a new one.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    enum class Keep { Local, Server };

    explicit ConflictResolver(const LocalStore &store);

    // Returns the record's id afterwards (new when re-created; empty when the record is gone).
    // Throws DomainError (NotFound) when the record has no conflict, StorageError when the
    // cache fails.
    QString resolve(const QString &recordId, Keep keep) const;

private:
    QString keepServer(const LocalConflict &conflict) const;
    QString keepLocal(const LocalConflict &conflict) const;

    const LocalStore &m_store;
};
