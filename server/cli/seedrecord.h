#pragma once

#include "domain/collectionspec.h"
#include "storage/bulkrows.h"

#include <QByteArray>
#include <QList>

// One generated record as its stored values, before encoding: the id, the creation time and
// one value per field column (an address takes four), in RecordRowMapper::fieldColumns() order.
// Values are UTF-8 or integers, so that seeding never goes through QJsonObject or QVariant
// (both cost more per record than inserting the row). Made once and reused for every record.
class SeedRecord
{
public:
    // Columns of a SeedRecord in a BulkRows batch: id, timestamp, then the field columns.
    static constexpr int kIdColumn = 0;
    static constexpr int kTimestampColumn = 1;
    static constexpr int kFirstFieldColumn = 2;
    static int columns(const CollectionSpec &spec);
    // The first field column of field name (see fieldColumns()), or -1.
    static int fieldColumn(const CollectionSpec &spec, const QString &name);

    explicit SeedRecord(const CollectionSpec &spec);

    const CollectionSpec &spec() const { return m_spec; }
    // Every field back to what an absent value is stored as: its default, else NULL.
    void clear();
    // The UTF-8 buffer of a text field, emptied and marked set; write the value into it.
    QByteArray &text(int fieldColumn);
    void setText(int fieldColumn, QByteArrayView utf8) { text(fieldColumn).append(utf8); }
    void setInteger(int fieldColumn, qint64 value);
    void setNull(int fieldColumn);
    QByteArray &id() { return m_id; }

    void appendTo(BulkRows &rows, QByteArrayView timestamp) const;

private:
    struct Value
    {
        BulkRows::Cell::Type type = BulkRows::Cell::Null;
        qint64 integer = 0;
        QByteArray text;
    };

    const CollectionSpec &m_spec;
    QList<Value> m_defaults;
    QList<Value> m_values;
    QByteArray m_id;
};
