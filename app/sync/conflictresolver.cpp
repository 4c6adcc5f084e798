#include "conflictresolver.h"

#include "fieldmerge.h"

#include "storage/conflictstore.h"
#include "storage/localconflict.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "domain/ids.h"
#include "domain/timestamps.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

ConflictResolver::ConflictResolver(const LocalStore &store)
    : m_store(store)
{ }

QString ConflictResolver::resolve(const QString &recordId, Keep keep) const
{
    const QSqlDatabase db = m_store.db();
    Transaction transaction(db);
    const ConflictStore conflicts(db);
    const std::optional<LocalConflict> conflict = conflicts.find(Ids::normalized(recordId));
    if (!conflict)
        throw DomainError(
            DomainError::Kind::NotFound, tr("No conflict for a record with id %1.").arg(recordId));
    const QString id = keep == Keep::Server ? keepServer(*conflict) : keepLocal(*conflict);
    conflicts.remove(conflict->recordId);
    transaction.commit();
    return id;
}

QString ConflictResolver::keepServer(const LocalConflict &conflict) const
{
    const QSqlDatabase db = m_store.db();
    const CollectionSpec *spec = CollectionSpec::byName(conflict.collection);
    PendingChangeQueue(db).removeRecord(conflict.recordId);
    if (!spec)
        return {};
    const RecordStore records(db);
    if (conflict.serverDeleted || conflict.server.isEmpty()) {
        records.removeRemote(*spec, m_store.tenantId(), conflict.recordId, Timestamps::now());
        return {};
    }
    records.applyRemote(*spec, m_store.tenantId(), conflict.server);
    return conflict.recordId;
}

QString ConflictResolver::keepLocal(const LocalConflict &conflict) const
{
    const QSqlDatabase db = m_store.db();
    const CollectionSpec *spec = CollectionSpec::byName(conflict.collection);
    if (!spec)
        return conflict.recordId;
    const QString tenant = m_store.tenantId();
    const PendingChangeQueue queue(db);
    const RecordStore records(db);
    const bool neverOnServer = conflict.server.isEmpty() && !conflict.serverDeleted;

    if (conflict.localDeleted) {
        queue.removeRecord(conflict.recordId);
        if (!conflict.serverDeleted && !neverOnServer) {
            queue.append(
                spec->name, conflict.recordId, QStringLiteral("delete"), {}, &conflict.server);
        }
        return {};
    }

    const std::optional<QJsonObject> local
        = RecordRepository(db, *spec).findLive(tenant, conflict.recordId);
    if (!local) {
        // Deleted here after the conflict arose: that is the local state to keep.
        queue.removeRecord(conflict.recordId);
        if (!conflict.serverDeleted && !neverOnServer) {
            queue.append(
                spec->name, conflict.recordId, QStringLiteral("delete"), {}, &conflict.server);
        }
        return {};
    }
    queue.removeRecord(conflict.recordId);

    if (conflict.serverDeleted || neverOnServer) {
        // Sent as a create again: under a new id when the server has (had) the old one.
        QJsonObject body = FieldMerge::createBody(*spec, *local);
        QString id = conflict.recordId;
        if (conflict.serverDeleted) {
            records.removeRemote(*spec, tenant, conflict.recordId, Timestamps::now());
            id = Ids::newId();
            body.insert(QStringLiteral("id"), id);
            const QJsonObject created = records.create(*spec, tenant, body);
            id = created.value(QStringLiteral("id")).toString();
        } else {
            body.insert(QStringLiteral("id"), id);
        }
        queue.append(spec->name, id, QStringLiteral("create"), body, nullptr);
        return id;
    }

    // Local edits on top of the server's version: every field changed here wins.
    const QJsonObject localChanges = FieldMerge::changes(*spec, conflict.base, *local);
    QJsonObject merged = conflict.server;
    for (auto it = localChanges.constBegin(); it != localChanges.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    const QJsonObject patch = FieldMerge::changes(*spec, conflict.server, merged);
    records.applyRemote(*spec, tenant, merged);
    if (!patch.isEmpty())
        queue.append(
            spec->name, conflict.recordId, QStringLiteral("update"), patch, &conflict.server);
    return conflict.recordId;
}
