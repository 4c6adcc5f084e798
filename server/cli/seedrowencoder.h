#pragma once

#include "domain/collectionspec.h"
#include "storage/bulkrows.h"

#include <QByteArray>
#include <QHash>
#include <QList>

class SeedSearchIndex;

// Turns generated records (SeedRecord rows) into what seeding inserts: the table rows with
// their search text (as RecordRepository stores a record), their change-feed entries with the
// record as JSON (the record RecordRowMapper reads back from the row) and the status counts.
// Runs on a worker thread, so that the inserting thread only binds values (SQLite's
// json_object() over the new rows took it several seconds).
class SeedRowEncoder
{
public:
    // The statements for the rows encode() makes.
    QString recordInsert() const;
    static QString changeLogInsert();
    static constexpr int kChangeColumns = 7;

    // firstSeq: the change-feed sequence number of the first record encoded.
    SeedRowEncoder(const CollectionSpec &spec, const QString &tenantId, qint64 firstSeq);

    void encode(const BulkRows &generated, BulkRows &records, BulkRows &changes);
    // Also hands each record's search text to index, with its row's primary key (the rows get
    // firstPk, firstPk + 1, ... in order).
    void indexAside(SeedSearchIndex *index, qint64 firstPk);
    // Records encoded so far by value of the status field (for the list counters): counting
    // here spares a GROUP BY over the new rows, which sorted them all on the inserting thread.
    const QHash<QByteArray, qint64> &statusCounts() const { return m_statusCounts; }

private:
    struct JsonField
    {
        QByteArray key;
        FieldKind kind;
        int column; // in the generated rows; -1 for the version
    };

    const QByteArray &searchText(const BulkRows &generated, qsizetype row);
    void appendJson(const BulkRows &generated, qsizetype row, BulkRows &changes) const;

    const CollectionSpec &m_spec;
    QByteArray m_tenantId;
    QByteArray m_entityType;
    qint64 m_nextSeq;
    QList<int> m_searchColumns; // in RecordRowMapper::searchText() order
    QList<JsonField> m_json; // keys in sorted order, as RecordRowMapper writes records
    int m_statusColumn = -1; // in the generated rows
    QHash<QByteArray, qint64> m_statusCounts;
    QByteArray m_search; // reused buffer
    SeedSearchIndex *m_searchIndex = nullptr;
    qint64 m_nextPk = 0;
};
