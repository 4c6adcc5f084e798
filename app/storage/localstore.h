#pragma once

#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/walcheckpointer.h"

#include "domain/collectionspec.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

// The desktop client's cache (a profile's cache.db): the server's record schema and rules
// through shared/ (RecordStore: the same validation, so the same error messages), plus the
// offline outbox and conflicts (ClientSchema). Every local write and its outbox entry commit
// in one transaction. Throws DomainError and StorageError like RecordStore.
//
// The cached records carry the tenant id of the server the profile is connected to. Until
// then they belong to a placeholder tenant, and adoptTenant() moves them when the profile
// learns its tenant, so work done offline before the first connect is kept.
class LocalStore
{
public:
    explicit LocalStore(const QString &cacheFilePath);

    // Creates or upgrades the file (shared migrations, then the client schema).
    void open();
    QSqlDatabase db() const;
    QString tenantId() const;
    static QString placeholderTenantId() { return QStringLiteral("local"); }

    // A local create: the id is the body's (a client-chosen UUID) or a new one.
    QJsonObject create(const CollectionSpec &spec, const QJsonObject &body) const;
    struct UpdateResult
    {
        QJsonObject record;
        bool changed = false;
    };
    // A merge patch; only the fields it really changes are queued for the server, so that a
    // re-import of unchanged columns cannot overwrite someone else's edit of them.
    UpdateResult update(
        const CollectionSpec &spec, const QString &id, const QJsonObject &patch) const;
    void remove(const CollectionSpec &spec, const QString &id) const;
    // Undoes remove(): record (as it was before) is live again, and the outbox is as if the
    // deletion had not happened: a queued delete is dropped, a dropped unsent create queued
    // again. Only for a deletion not sent yet; throws DomainError (DuplicateId) otherwise.
    void restore(const CollectionSpec &spec, const QJsonObject &record) const;

    std::optional<QJsonObject> find(const CollectionSpec &spec, const QString &id) const;
    ListPage list(const CollectionSpec &spec, const ListQuery &query) const;

    // From now until this store is destroyed, the write-ahead log is copied into the cache file
    // on a thread of its own, rather than inside whichever commit crosses SQLite's threshold
    // (with its fsyncs): for long runs of writes such as a first sync.
    void checkpointInBackground();

    // Moves placeholder records to tenantId. Throws StorageError when the cache already
    // belongs to another tenant: one profile mirrors one tenant.
    void adoptTenant(const QString &tenantId) const;

private:
    Database m_database;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};
