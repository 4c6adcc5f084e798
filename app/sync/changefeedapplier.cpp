#include "changefeedapplier.h"

#include "storage/clientmeta.h"
#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

#include "domain/collectionspec.h"
#include "domain/timestamps.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

ChangeFeedApplier::ChangeFeedApplier(const LocalStore &store)
    : m_store(store)
{ }

ChangeFeedApplier::PageResult ChangeFeedApplier::applyPage(const QList<ChangeEntry> &entries,
    const QString &nextCursor, const QList<QVariantList> *insertValues) const
{
    const QSqlDatabase db = m_store.db();
    const QString tenant = m_store.tenantId();
    const RecordStore records(db);
    const PendingChangeQueue pending(db);
    PageResult result;

    Transaction transaction(db);
    const QSet<QString> pendingIds = pending.recordIds();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ChangeEntry &entry = entries.at(i);
        const CollectionSpec *spec = CollectionSpec::byEntityType(entry.entityType);
        if (!spec) {
            // A newer server's collection: this version has nowhere to keep it.
            ++result.unknown;
            continue;
        }
        const std::optional<PendingChange> firstPending
            = pendingIds.contains(entry.id) ? pending.firstFor(entry.id) : std::nullopt;
        if (entry.action == QLatin1String("deleted")) {
            const std::optional<QJsonObject> local
                = RecordRepository(db, *spec).findLive(tenant, entry.id);
            if (firstPending && local) {
                LocalConflict conflict;
                conflict.recordId = entry.id;
                conflict.collection = spec->name;
                conflict.base = firstPending->base;
                conflict.local = *local;
                conflict.serverDeleted = true;
                ConflictStore(db).put(conflict);
                ++result.conflicts;
            } else if (firstPending) {
                // Deleted here too (the pending change is a delete): both sides agree.
                ++result.keptLocal;
            } else if (records.removeRemote(*spec, tenant, entry.id,
                           entry.occurredAt.isEmpty() ? Timestamps::now() : entry.occurredAt)) {
                ++result.applied;
            }
            continue;
        }
        if (firstPending) {
            ++result.keptLocal;
            continue;
        }
        const QVariantList *values
            = insertValues && i < insertValues->size() && !insertValues->at(i).isEmpty()
            ? &insertValues->at(i)
            : nullptr;
        records.applyRemote(*spec, tenant, entry.data, values);
        ++result.applied;
    }
    ClientMeta(db).setValue(ClientMeta::cursorKey(), nextCursor);
    transaction.commit();
    return result;
}
