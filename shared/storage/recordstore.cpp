#include "recordstore.h"

#include "rawquery.h"

#include "changelog.h"
#include "database.h"
#include "recordrepository.h"
#include "storageerror.h"
#include "transaction.h"
#include "webhookoutbox.h"

#include "domain/domainerror.h"
#include "domain/ids.h"
#include "domain/recordvalidator.h"
#include "domain/timestamps.h"

#include <QSqlQuery>
#include <map>
#include <tuple>

RecordStore::RecordStore(const QSqlDatabase &db)
    : m_db(db)
{ }

ListPage RecordStore::list(
    const CollectionSpec &spec, const QString &tenantId, const ListQuery &query) const
{
    return RecordRepository(m_db, spec).list(tenantId, query);
}

ListPage RecordStore::list(const CollectionSpec &spec, const QString &tenantId,
    const ListQuery &query, JsonWriter &items) const
{
    return RecordRepository(m_db, spec).list(tenantId, query, items);
}

RecordStore::PreparedCreate RecordStore::prepareCreate(
    const CollectionSpec &spec, const QJsonObject &body)
{
    PreparedCreate prepared;
    prepared.chosenId = Ids::normalized(body.value(QStringLiteral("id")).toString());
    prepared.now = Timestamps::now();
    try {
        prepared.record = RecordValidator(spec).validateCreate(body, prepared.now);
    } catch (...) {
        prepared.error = std::current_exception();
    }
    return prepared;
}

QJsonObject RecordStore::create(
    const CollectionSpec &spec, const QString &tenantId, const QJsonObject &body) const
{
    return create(spec, tenantId, prepareCreate(spec, body));
}

QJsonObject RecordStore::create(
    const CollectionSpec &spec, const QString &tenantId, const PreparedCreate &prepared) const
{
    Transaction transaction(m_db);
    // A duplicate id is reported before field validation (the contract's order of checks).
    const auto idTaken = [&](const QString &id) {
        return Database::exec(m_db,
            QStringLiteral("SELECT 1 FROM record_ids WHERE tenant_id = ? AND id = ?"),
            {tenantId, id})
            .next();
    };
    if (!prepared.chosenId.isEmpty() && idTaken(prepared.chosenId))
        throw DomainError(DomainError::Kind::DuplicateId,
            QStringLiteral("A record with id %1 already exists.").arg(prepared.chosenId));
    if (prepared.error)
        std::rethrow_exception(prepared.error);

    // The time is taken here, in commit order, not when the request was checked: a client
    // that lists with updatedSince must never see a later write with an earlier updatedAt.
    // Server-set timestamps that validation filled in (resolvedAt) move along with it.
    const QString now = Timestamps::now();
    QJsonObject record = prepared.record;
    for (const FieldSpec &field : spec.fields) {
        if (field.kind == FieldKind::Timestamp && field.readOnly
            && record.value(field.name) == QJsonValue(prepared.now))
            record.insert(field.name, now);
    }
    checkReferences(spec, tenantId, record, nullptr);

    QString id = record.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = Ids::newId();
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("version"), 1);
    record.insert(QStringLiteral("createdAt"), now);
    record.insert(QStringLiteral("updatedAt"), now);

    Database::exec(m_db,
        QStringLiteral("INSERT INTO record_ids (tenant_id, id, collection) VALUES (?, ?, ?)"),
        {tenantId, id, spec.name});
    RecordRepository(m_db, spec).insert(tenantId, record);
    adjustCount(spec, tenantId, record, +1);
    logChange(spec, tenantId, QStringLiteral("created"), id, now, record);
    transaction.commit();
    return record;
}

RecordStore::UpdateResult RecordStore::update(const CollectionSpec &spec, const QString &tenantId,
    const QString &id, const QJsonObject &patch, const VersionCondition &condition) const
{
    Transaction transaction(m_db);
    const QJsonObject current = loadForWrite(spec, tenantId, id, condition);
    const QString now = Timestamps::now();
    QJsonObject record = RecordValidator(spec).applyPatch(current, patch, now);
    if (record == current)
        return {current, false};
    checkReferences(spec, tenantId, record, &current);

    record.insert(
        QStringLiteral("version"), current.value(QStringLiteral("version")).toInteger() + 1);
    record.insert(QStringLiteral("updatedAt"), now);
    RecordRepository(m_db, spec).update(tenantId, record);
    if (record.value(spec.statusField) != current.value(spec.statusField)) {
        adjustCount(spec, tenantId, current, -1);
        adjustCount(spec, tenantId, record, +1);
    }
    logChange(spec, tenantId, QStringLiteral("updated"), id, now, record);
    transaction.commit();
    return {record, true};
}

void RecordStore::remove(const CollectionSpec &spec, const QString &tenantId, const QString &id,
    const VersionCondition &condition) const
{
    Transaction transaction(m_db);
    const QJsonObject current = loadForWrite(spec, tenantId, id, condition);
    const QString now = Timestamps::now();
    RecordRepository(m_db, spec)
        .markDeleted(tenantId, id, current.value(QStringLiteral("version")).toInteger() + 1, now);
    adjustCount(spec, tenantId, current, -1);
    logChange(spec, tenantId, QStringLiteral("deleted"), id, now, {});
    // Webhook receivers get the record as it was when it was deleted.
    WebhookOutbox(m_db).enqueueChange(
        tenantId, spec.entityType, QStringLiteral("deleted"), now, current);
    transaction.commit();
}

void RecordStore::applyRemote(const CollectionSpec &spec, const QString &tenantId,
    const QJsonObject &record, const QVariantList *insertValues) const
{
    const QString id = Ids::normalized(record.value(QStringLiteral("id")).toString());
    if (id.isEmpty() || record.value(QStringLiteral("version")).toInteger() < 1)
        throw DomainError(DomainError::Kind::Validation,
            QStringLiteral("A remote %1 needs an id and a version.").arg(spec.entityType));
    QJsonObject stored = record;
    if (stored.value(QStringLiteral("id")).toString() != id)
        stored.insert(QStringLiteral("id"), id);

    Transaction transaction(m_db);
    const RecordRepository repository(m_db, spec);
    // Most remote records of a first sync are new here: try the insert first, and look at what
    // is there only when the id is taken.
    if (insertValues && repository.insertValuesIfNew(*insertValues)) {
        registerRemoteId(spec, tenantId, id);
        adjustCount(spec, tenantId, stored, +1);
        transaction.commit();
        return;
    }
    const RecordRepository::RowState state = repository.rowState(tenantId, id);
    std::optional<QJsonObject> current;
    if (state == RecordRepository::RowState::Deleted) {
        // A row deleted here keeps its id (UNIQUE with tenant_id): bring it back to life and
        // overwrite it below, rather than insert a second row.
        Database::exec(m_db,
            QStringLiteral("UPDATE %1 SET deleted_at = NULL WHERE tenant_id = ? AND id = ?")
                .arg(spec.name),
            {tenantId, id});
        current = repository.findLive(tenantId, id);
        if (current)
            adjustCount(spec, tenantId, *current, +1);
    } else if (state == RecordRepository::RowState::Live) {
        current = repository.findLive(tenantId, id);
    }
    if (!current) {
        registerRemoteId(spec, tenantId, id);
        if (insertValues)
            repository.insertValuesOf(*insertValues);
        else
            repository.insert(tenantId, stored);
        adjustCount(spec, tenantId, stored, +1);
    } else {
        repository.update(tenantId, stored);
        // update() leaves createdAt alone (it never changes here), but a record created here
        // and then sent has the other side's creation time.
        if (current->value(QStringLiteral("createdAt"))
            != stored.value(QStringLiteral("createdAt")))
            Database::exec(m_db,
                QStringLiteral("UPDATE %1 SET created_at = ? WHERE tenant_id = ? AND id = ?")
                    .arg(spec.name),
                {stored.value(QStringLiteral("createdAt")).toString(), tenantId, id});
        if (stored.value(spec.statusField) != current->value(spec.statusField)) {
            adjustCount(spec, tenantId, *current, -1);
            adjustCount(spec, tenantId, stored, +1);
        }
    }
    transaction.commit();
}

void RecordStore::registerRemoteId(
    const CollectionSpec &spec, const QString &tenantId, const QString &id) const
{
    // Through the C API: this runs once per record of a first sync.
    RawQuery(m_db,
        QStringLiteral(
            "INSERT OR IGNORE INTO record_ids (tenant_id, id, collection) VALUES (?, ?, ?)"),
        {tenantId, id, spec.name})
        .next();
}

bool RecordStore::removeRemote(const CollectionSpec &spec, const QString &tenantId,
    const QString &id, const QString &deletedAt) const
{
    Transaction transaction(m_db);
    const std::optional<QJsonObject> current = RecordRepository(m_db, spec).findLive(tenantId, id);
    if (!current)
        return false;
    RecordRepository(m_db, spec)
        .markDeleted(
            tenantId, id, current->value(QStringLiteral("version")).toInteger() + 1, deletedAt);
    adjustCount(spec, tenantId, *current, -1);
    transaction.commit();
    return true;
}

QJsonObject RecordStore::loadForWrite(const CollectionSpec &spec, const QString &tenantId,
    const QString &id, const VersionCondition &condition) const
{
    const std::optional<QJsonObject> current = RecordRepository(m_db, spec).findLive(tenantId, id);
    if (!current)
        throw DomainError(DomainError::Kind::NotFound,
            QStringLiteral("No %1 with id %2.").arg(spec.entityType, id));
    const qint64 version = current->value(QStringLiteral("version")).toInteger();
    if (condition && !condition->contains(version)) {
        throw DomainError(DomainError::Kind::VersionMismatch,
            QStringLiteral("The %1 is at version %2; If-Match named another.")
                .arg(spec.entityType)
                .arg(version));
    }
    return *current;
}

void RecordStore::checkReferences(const CollectionSpec &spec, const QString &tenantId,
    const QJsonObject &record, const QJsonObject *before) const
{
    FieldErrors errors;
    for (const FieldSpec &field : spec.fields) {
        if (field.kind != FieldKind::Reference)
            continue;
        const QJsonValue value = record.value(field.name);
        // An unchanged reference stays valid even if its target was deleted meanwhile.
        if (value.isNull() || (before && before->value(field.name) == value))
            continue;
        const CollectionSpec *target = CollectionSpec::byName(field.referenceTarget);
        if (!RecordRepository(m_db, *target).isLive(tenantId, value.toString())) {
            errors.append({u'/' + field.name,
                QStringLiteral("does not name an existing %1").arg(target->entityType)});
        }
    }
    if (!errors.isEmpty())
        throw DomainError(DomainError::Kind::Validation,
            QStringLiteral("The request body refers to records that do not exist."), errors);
}

void RecordStore::adjustCount(
    const CollectionSpec &spec, const QString &tenantId, const QJsonObject &record, int delta) const
{
    // Summed per status and written once, just before the transaction commits: a batch of
    // writes (a group commit, a page of the change feed) moves the same few counters.
    QVariantList &rows = Transaction::deferredRows(m_db, QStringLiteral("record_counts"),
        [db = m_db](const QVariantList &pending) { writeCounts(db, pending); });
    rows << tenantId << spec.name << record.value(spec.statusField).toString() << delta;
}

void RecordStore::writeCounts(const QSqlDatabase &db, const QVariantList &rows)
{
    std::map<std::tuple<QString, QString, QString>, qint64> sums;
    for (qsizetype i = 0; i + 3 < rows.size(); i += 4)
        sums[{rows.at(i).toString(), rows.at(i + 1).toString(), rows.at(i + 2).toString()}]
            += rows.at(i + 3).toLongLong();
    for (const auto &[key, delta] : sums) {
        if (delta == 0)
            continue;
        Database::exec(db,
            QStringLiteral("INSERT INTO record_counts (tenant_id, collection, status, n) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, collection, status) "
                           "DO UPDATE SET n = n + excluded.n"),
            {std::get<0>(key), std::get<1>(key), std::get<2>(key), delta});
    }
}

void RecordStore::logChange(const CollectionSpec &spec, const QString &tenantId,
    const QString &action, const QString &id, const QString &when, const QJsonObject &data) const
{
    ChangeEntry entry;
    entry.entityType = spec.entityType;
    entry.action = action;
    entry.id = id;
    entry.occurredAt = when;
    entry.data = data;
    ChangeLog(m_db).append(tenantId, entry);
    if (action != QLatin1String("deleted"))
        WebhookOutbox(m_db).enqueueChange(tenantId, spec.entityType, action, when, data);
}
