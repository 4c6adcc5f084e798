#include "localstore.h"

#include "clientmeta.h"
#include "clientschema.h"
#include "pendingchangequeue.h"

#include "sync/fieldmerge.h"

#include "domain/domainerror.h"
#include "domain/ids.h"
#include "domain/recordvalidator.h"
#include "domain/timestamps.h"
#include "storage/recordrepository.h"
#include "storage/recordstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

LocalStore::LocalStore(const QString &cacheFilePath)
    : m_database(cacheFilePath)
{ }

void LocalStore::open()
{
    m_database.initialize();
    const QSqlDatabase connection = db();
    ClientSchema::migrate(connection);
    Transaction transaction(connection);
    const ClientMeta meta(connection);
    if (meta.value(ClientMeta::tenantKey()).isEmpty()) {
        // RecordStore numbers its change log per tenant, so the tenant row must exist.
        Database::exec(connection,
            QStringLiteral("INSERT OR IGNORE INTO tenants (id, name, created_at) VALUES (?, ?, ?)"),
            {placeholderTenantId(), QStringLiteral("local cache"), Timestamps::now()});
        meta.setValue(ClientMeta::tenantKey(), placeholderTenantId());
    }
    transaction.commit();
}

void LocalStore::checkpointInBackground()
{
    if (m_checkpointer)
        return;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_database);
    WalCheckpointer::disableAutomaticCheckpoints(db());
}

QSqlDatabase LocalStore::db() const
{
    return m_database.connection();
}

QString LocalStore::tenantId() const
{
    return ClientMeta(db()).value(ClientMeta::tenantKey());
}

QJsonObject LocalStore::create(const CollectionSpec &spec, const QJsonObject &body) const
{
    const QSqlDatabase connection = db();
    QJsonObject pushed;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!RecordValidator::isIgnoredInputField(it.key()))
            pushed.insert(it.key(), it.value());
    }
    // Offline creates need ids that no other client will pick: the server accepts them as is.
    if (pushed.value(QStringLiteral("id")).toString().isEmpty())
        pushed.insert(QStringLiteral("id"), Ids::newId());

    Transaction transaction(connection);
    const QJsonObject record = RecordStore(connection).create(spec, tenantId(), pushed);
    pushed.insert(QStringLiteral("id"), record.value(QStringLiteral("id")));
    PendingChangeQueue(connection)
        .append(spec.name, record.value(QStringLiteral("id")).toString(), QStringLiteral("create"),
            pushed, nullptr);
    transaction.commit();
    return record;
}

LocalStore::UpdateResult LocalStore::update(
    const CollectionSpec &spec, const QString &id, const QJsonObject &patch) const
{
    const QSqlDatabase connection = db();
    Transaction transaction(connection);
    const QString tenant = tenantId();
    const std::optional<QJsonObject> before
        = RecordRepository(connection, spec).findLive(tenant, id);
    const RecordStore::UpdateResult result
        = RecordStore(connection).update(spec, tenant, id, patch, std::nullopt);
    if (!result.changed)
        return {result.record, false};

    QJsonObject changedFields;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QJsonValue after = result.record.value(it.key());
        if (spec.field(it.key()) && after != before->value(it.key()))
            changedFields.insert(it.key(), after);
    }
    // Only derived fields changed (say, a probability the stage implies): the server derives
    // them from the same input, so there is nothing to send.
    if (!changedFields.isEmpty()) {
        PendingChangeQueue(connection)
            .append(spec.name, id, QStringLiteral("update"), changedFields, &*before);
    }
    transaction.commit();
    return {result.record, true};
}

void LocalStore::remove(const CollectionSpec &spec, const QString &id) const
{
    const QSqlDatabase connection = db();
    Transaction transaction(connection);
    const QString tenant = tenantId();
    const std::optional<QJsonObject> before
        = RecordRepository(connection, spec).findLive(tenant, id);
    RecordStore(connection).remove(spec, tenant, id, std::nullopt);
    const PendingChangeQueue queue(connection);
    const std::optional<PendingChange> first = queue.firstFor(id);
    if (first && first->action == QLatin1String("create") && !first->attempted) {
        // Never sent: the server need not hear of it at all. (A create that was sent may have
        // got through with its answer lost, so that one is followed by a delete.)
        queue.removeRecord(id);
    } else {
        queue.append(spec.name, id, QStringLiteral("delete"), {}, &*before);
    }
    transaction.commit();
}

void LocalStore::restore(const CollectionSpec &spec, const QJsonObject &record) const
{
    const QSqlDatabase connection = db();
    Transaction transaction(connection);
    const QString tenant = tenantId();
    const QString id = record.value(QStringLiteral("id")).toString();
    if (RecordRepository(connection, spec).isLive(tenant, id))
        return;
    const PendingChangeQueue queue(connection);
    const std::optional<PendingChange> last = queue.lastFor(id);
    if (last && last->action == QLatin1String("delete")) {
        queue.remove(last->seq);
    } else if (!last) {
        // Deleted before its create was ever sent, which dropped the create: queue it again.
        QJsonObject body = FieldMerge::createBody(spec, record);
        body.insert(QStringLiteral("id"), id);
        queue.append(spec.name, id, QStringLiteral("create"), body, nullptr);
    } else {
        throw DomainError(DomainError::Kind::DuplicateId,
            QStringLiteral("The %1 %2 cannot be brought back.").arg(spec.entityType, id));
    }
    RecordStore(connection).applyRemote(spec, tenant, record);
    transaction.commit();
}

std::optional<QJsonObject> LocalStore::find(const CollectionSpec &spec, const QString &id) const
{
    return RecordRepository(db(), spec).findLive(tenantId(), id);
}

ListPage LocalStore::list(const CollectionSpec &spec, const ListQuery &query) const
{
    return RecordStore(db()).list(spec, tenantId(), query);
}

void LocalStore::adoptTenant(const QString &newTenantId) const
{
    const QSqlDatabase connection = db();
    Transaction transaction(connection);
    const QString current = tenantId();
    if (current == newTenantId)
        return;
    if (current != placeholderTenantId()) {
        throw StorageError(QStringLiteral("This profile's cache belongs to tenant %1, not %2.")
                               .arg(current, newTenantId));
    }
    Database::exec(connection, QStringLiteral("UPDATE tenants SET id = ? WHERE id = ?"),
        {newTenantId, current});
    QStringList tables = {QStringLiteral("record_ids"), QStringLiteral("change_log"),
        QStringLiteral("record_counts"), QStringLiteral("idempotency_keys")};
    for (const CollectionSpec &spec : CollectionSpec::all())
        tables << spec.name;
    for (const QString &table : std::as_const(tables)) {
        Database::exec(connection,
            QStringLiteral("UPDATE %1 SET tenant_id = ? WHERE tenant_id = ?").arg(table),
            {newTenantId, current});
    }
    ClientMeta(connection).setValue(ClientMeta::tenantKey(), newTenantId);
    transaction.commit();
}
