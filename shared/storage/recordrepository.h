#pragma once

#include "listquery.h"
#include "recordrowmapper.h"

#include "domain/collectionspec.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

// SQL for the records of one collection. Every statement is scoped to a tenant and
// parameterised; soft-deleted rows are invisible to everything but the change log.
// Writes keep the trigram search table in step themselves, batched at commit (see
// Transaction::deferredRows()): FTS5 writes a new index segment at every statement savepoint,
// so per-row updates (or a trigger) would cost a segment per row. Writes need a Transaction.
class RecordRepository
{
public:
    RecordRepository(const QSqlDatabase &db, const CollectionSpec &spec);

    std::optional<QJsonObject> findLive(const QString &tenantId, const QString &id) const;
    // The same record as findLive(), already as JSON text (the API's read path); *version is
    // set for the ETag.
    std::optional<QByteArray> findLiveJson(
        const QString &tenantId, const QString &id, qint64 *version) const;
    bool isLive(const QString &tenantId, const QString &id) const;
    // Whether a row with the id exists, live or soft-deleted (ids are never reused).
    enum class RowState { Missing, Live, Deleted };
    RowState rowState(const QString &tenantId, const QString &id) const;
    void insert(const QString &tenantId, const QJsonObject &record) const;
    // The INSERT statement and its values, for callers that prepare once and insert many.
    QString insertStatement() const;
    QVariantList insertValues(const QString &tenantId, const QJsonObject &record) const;
    // insert() with values from insertValues() (or RecordRowMapper's, made elsewhere).
    void insertValuesOf(const QVariantList &values) const;
    // The same, unless a row with the id exists already (live or deleted): then nothing, and
    // false. Cheaper than asking first when almost every row is new (a first sync).
    bool insertValuesIfNew(const QVariantList &values) const;
    void update(const QString &tenantId, const QJsonObject &record) const;
    void markDeleted(
        const QString &tenantId, const QString &id, qint64 version, const QString &deletedAt) const;
    ListPage list(const QString &tenantId, const ListQuery &query) const;
    // The same, with the page's records written into items as one JSON array and page.json left
    // empty: for a caller that wraps them in more JSON (the API's envelope) without a copy.
    ListPage list(const QString &tenantId, const ListQuery &query, JsonWriter &items) const;

    // One bounded step of merging the search indexes' segments (each commit adds one); true
    // while there is more to merge. Keeps searches fast under a steady flow of writes.
    static bool mergeSearchIndexes(const QSqlDatabase &db);

private:
    bool runInsert(const QString &statement, const QVariantList &values) const;
    QString buildInsertStatement() const;
    ListPage listStreamingMatch(const ListQuery &query, const QString &where,
        const QVariantList &bindings, const QString &phrase, JsonWriter &items) const;
    void queueSearchUpdate(qint64 pk, const QVariant &oldText, const QVariant &newText) const;
    static void writeSearchRows(
        const QSqlDatabase &db, const QString &table, const QVariantList &rows);

    QSqlDatabase m_db;
    const CollectionSpec &m_spec;
    RecordRowMapper m_mapper;
};
