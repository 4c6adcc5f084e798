#pragma once

#include "listquery.h"

#include "domain/collectionspec.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <exception>
#include <optional>

class JsonWriter;

// Record operations with their rules: validation, referential checks, versions, soft
// deletes, live counters and the change log, each write in one transaction.
// Throws DomainError for what the caller did wrong and StorageError for what broke.
class RecordStore
{
public:
    struct UpdateResult
    {
        QJsonObject record;
        bool changed = false;
    };

    // An If-Match condition: nullopt = unconditional; otherwise the versions that match
    // (an empty list matches nothing).
    using VersionCondition = std::optional<QList<qint64>>;

    // A POST body checked without the database, so that this work can happen before the
    // write queues for the single writer: the validated record, or the validation error to
    // report once the duplicate-id check has run (the contract's order of checks).
    struct PreparedCreate
    {
        QString chosenId; // normalised; empty when the client chose none or an invalid one
        QJsonObject record;
        std::exception_ptr error;
        QString now; // when it was checked (derived timestamps; create() takes its own)
    };

    explicit RecordStore(const QSqlDatabase &db);

    static PreparedCreate prepareCreate(const CollectionSpec &spec, const QJsonObject &body);

    ListPage list(
        const CollectionSpec &spec, const QString &tenantId, const ListQuery &query) const;
    // The page's records written into items, page.json left empty (RecordRepository::list()).
    ListPage list(const CollectionSpec &spec, const QString &tenantId, const ListQuery &query,
        JsonWriter &items) const;
    QJsonObject create(
        const CollectionSpec &spec, const QString &tenantId, const QJsonObject &body) const;
    QJsonObject create(
        const CollectionSpec &spec, const QString &tenantId, const PreparedCreate &prepared) const;
    UpdateResult update(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const QJsonObject &patch, const VersionCondition &condition) const;
    void remove(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const VersionCondition &condition) const;

    // For a mirror of another store (the desktop cache following the server's change feed):
    // the record exactly as the other side has it (same id, version, createdAt, updatedAt),
    // inserted, overwritten, or brought back if it was deleted here. Counters, record_ids and
    // the search index stay right; there is no validation, no reference check, and no change
    // log or webhook event, because the change happened (and was checked and announced) there.
    // insertValues: RecordRowMapper::insertValues() of the record (with its id normalised),
    // when the caller has them already.
    void applyRemote(const CollectionSpec &spec, const QString &tenantId, const QJsonObject &record,
        const QVariantList *insertValues = nullptr) const;
    // The other side deleted the record: deletes it here the same way, again without a change
    // log entry or webhook event. false when it was not live here (nothing to do).
    bool removeRemote(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const QString &deletedAt) const;

private:
    QJsonObject loadForWrite(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const VersionCondition &condition) const;
    void checkReferences(const CollectionSpec &spec, const QString &tenantId,
        const QJsonObject &record, const QJsonObject *before) const;
    // A pulled record's id in the registry of ids (which are never reused).
    void registerRemoteId(
        const CollectionSpec &spec, const QString &tenantId, const QString &id) const;
    // Needs an open Transaction (every write has one).
    void adjustCount(const CollectionSpec &spec, const QString &tenantId, const QJsonObject &record,
        int delta) const;
    static void writeCounts(const QSqlDatabase &db, const QVariantList &rows);
    // The change-feed entry and, for creates and updates, the webhook events: in the change's
    // own transaction, so they exist exactly when the change does.
    void logChange(const CollectionSpec &spec, const QString &tenantId, const QString &action,
        const QString &id, const QString &when, const QJsonObject &data) const;

    QSqlDatabase m_db;
};
