#pragma once

#include "listquery.h"

#include "domain/collectionspec.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <exception>
#include <optional>

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
        QString now; // the record's createdAt and updatedAt
    };

    explicit RecordStore(const QSqlDatabase &db);

    static PreparedCreate prepareCreate(const CollectionSpec &spec, const QJsonObject &body);

    ListPage list(
        const CollectionSpec &spec, const QString &tenantId, const ListQuery &query) const;
    QJsonObject create(
        const CollectionSpec &spec, const QString &tenantId, const QJsonObject &body) const;
    QJsonObject create(
        const CollectionSpec &spec, const QString &tenantId, const PreparedCreate &prepared) const;
    UpdateResult update(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const QJsonObject &patch, const VersionCondition &condition) const;
    void remove(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const VersionCondition &condition) const;

private:
    QJsonObject loadForWrite(const CollectionSpec &spec, const QString &tenantId, const QString &id,
        const VersionCondition &condition) const;
    void checkReferences(const CollectionSpec &spec, const QString &tenantId,
        const QJsonObject &record, const QJsonObject *before) const;
    void adjustCount(const CollectionSpec &spec, const QString &tenantId, const QJsonObject &record,
        int delta) const;
    // The change-feed entry and, for creates and updates, the webhook events: in the change's
    // own transaction, so they exist exactly when the change does.
    void logChange(const CollectionSpec &spec, const QString &tenantId, const QString &action,
        const QString &id, const QString &when, const QJsonObject &data) const;

    QSqlDatabase m_db;
};
