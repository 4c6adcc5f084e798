#include "seedrecord.h"

namespace {

int width(const FieldSpec &field)
{
    return field.kind == FieldKind::Address ? 4 : 1;
}

} // namespace

int SeedRecord::columns(const CollectionSpec &spec)
{
    int columns = kFirstFieldColumn;
    for (const FieldSpec &field : spec.fields)
        columns += width(field);
    return columns;
}

int SeedRecord::fieldColumn(const CollectionSpec &spec, const QString &name)
{
    int column = 0;
    for (const FieldSpec &field : spec.fields) {
        if (field.name == name)
            return column;
        column += width(field);
    }
    return -1;
}

SeedRecord::SeedRecord(const CollectionSpec &spec)
    : m_spec(spec)
{
    // As RecordRowMapper::fieldValues() stores a record whose absent fields hold their default
    // (RecordGenerator's starting point): the default text for text-like fields, NULL for
    // everything else (numbers, addresses, fields without a default).
    for (const FieldSpec &field : spec.fields) {
        for (int i = 0; i < width(field); ++i) {
            Value value;
            if (!field.defaultValue.isEmpty() && field.kind != FieldKind::Money
                && field.kind != FieldKind::Percentage && field.kind != FieldKind::Address) {
                value.type = BulkRows::Cell::Text;
                value.text = field.defaultValue.toUtf8();
            }
            m_defaults.append(value);
        }
    }
    m_values = m_defaults;
}

void SeedRecord::clear()
{
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        Value &value = m_values[i];
        const Value &initial = m_defaults.at(i);
        value.type = initial.type;
        value.integer = initial.integer;
        value.text.resize(0); // keeps the buffer for the next record
        value.text.append(initial.text);
    }
}

QByteArray &SeedRecord::text(int fieldColumn)
{
    Value &value = m_values[fieldColumn];
    value.type = BulkRows::Cell::Text;
    value.text.resize(0);
    return value.text;
}

void SeedRecord::setInteger(int fieldColumn, qint64 integer)
{
    Value &value = m_values[fieldColumn];
    value.type = BulkRows::Cell::Integer;
    value.integer = integer;
}

void SeedRecord::setNull(int fieldColumn)
{
    m_values[fieldColumn].type = BulkRows::Cell::Null;
}

void SeedRecord::appendTo(BulkRows &rows, QByteArrayView timestamp) const
{
    rows.addText(m_id);
    rows.addText(timestamp);
    for (const Value &value : m_values) {
        if (value.type == BulkRows::Cell::Text)
            rows.addText(value.text);
        else if (value.type == BulkRows::Cell::Integer)
            rows.addInteger(value.integer);
        else
            rows.addNull();
    }
}
