#include "seedrowencoder.h"

#include "seedrecord.h"
#include "seedsearchindex.h"

#include "domain/jsonwriter.h"
#include "storage/recordrowmapper.h"

#include <algorithm>

QString SeedRowEncoder::recordInsert() const
{
    const QStringList fields = RecordRowMapper(m_spec).fieldColumns();
    return QStringLiteral(
        "INSERT INTO %1 (tenant_id, id, version, created_at, updated_at, search_text, %2) "
        "VALUES (?%3)")
        .arg(m_spec.name, fields.join(QStringLiteral(", ")),
            QStringLiteral(", ?").repeated(fields.size() + 5));
}

QString SeedRowEncoder::changeLogInsert()
{
    return QStringLiteral("INSERT INTO change_log (tenant_id, seq, entity_type, action, record_id, "
                          "occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

SeedRowEncoder::SeedRowEncoder(const CollectionSpec &spec, const QString &tenantId, qint64 firstSeq)
    : m_spec(spec)
    , m_tenantId(tenantId.toUtf8())
    , m_entityType(spec.entityType.toUtf8())
    , m_nextSeq(firstSeq)
{
    m_json
        = {{"id", FieldKind::Text, SeedRecord::kIdColumn}, {"version", FieldKind::Percentage, -1},
            {"createdAt", FieldKind::Timestamp, SeedRecord::kTimestampColumn},
            {"updatedAt", FieldKind::Timestamp, SeedRecord::kTimestampColumn}};
    int column = SeedRecord::kFirstFieldColumn;
    for (const FieldSpec &field : spec.fields) {
        const int width = field.kind == FieldKind::Address ? 4 : 1;
        m_json.append({field.name.toLatin1(), field.kind, column});
        if (field.name == spec.statusField)
            m_statusColumn = column;
        if (field.isSearchable()) {
            for (int i = 0; i < width; ++i)
                m_searchColumns.append(column + i);
        }
        column += width;
    }
    std::sort(m_json.begin(), m_json.end(),
        [](const JsonField &a, const JsonField &b) { return a.key < b.key; });
}

void SeedRowEncoder::encode(const BulkRows &generated, BulkRows &records, BulkRows &changes)
{
    const qsizetype count = generated.rowCount();
    records.reserve(count, count * 256);
    changes.reserve(count, count * 400);
    BulkRows searchRows(2);
    if (m_searchIndex)
        searchRows.reserve(count, count * 64);
    for (qsizetype row = 0; row < count; ++row) {
        const QByteArrayView id = generated.text(generated.cell(row, SeedRecord::kIdColumn));
        const QByteArrayView timestamp
            = generated.text(generated.cell(row, SeedRecord::kTimestampColumn));
        records.addText(m_tenantId);
        records.addText(id);
        records.addInteger(1); // version
        records.addText(timestamp); // created_at
        records.addText(timestamp); // updated_at
        const QByteArray &search = searchText(generated, row);
        records.addText(search);
        if (m_searchIndex) {
            searchRows.addInteger(m_nextPk++);
            searchRows.addText(search);
        }
        // The status field is required and has a default: never NULL.
        ++m_statusCounts[generated.text(generated.cell(row, m_statusColumn)).toByteArray()];
        for (int column = SeedRecord::kFirstFieldColumn; column < generated.columns(); ++column) {
            const BulkRows::Cell &cell = generated.cell(row, column);
            if (cell.type == BulkRows::Cell::Text)
                records.addText(generated.text(cell));
            else if (cell.type == BulkRows::Cell::Integer)
                records.addInteger(cell.value);
            else
                records.addNull();
        }

        changes.addText(m_tenantId);
        changes.addInteger(m_nextSeq++);
        changes.addText(m_entityType);
        changes.addText("created");
        changes.addText(id);
        changes.addText(timestamp); // occurred_at
        appendJson(generated, row, changes);
    }
    if (m_searchIndex)
        m_searchIndex->add(std::move(searchRows));
}

void SeedRowEncoder::indexAside(SeedSearchIndex *index, qint64 firstPk)
{
    m_searchIndex = index;
    m_nextPk = firstPk;
}

const QByteArray &SeedRowEncoder::searchText(const BulkRows &generated, qsizetype row)
{
    // RecordRowMapper::searchText(): the non-empty text values joined by spaces, case-folded.
    m_search.resize(0);
    bool ascii = true;
    for (const int column : std::as_const(m_searchColumns)) {
        const BulkRows::Cell &cell = generated.cell(row, column);
        if (cell.type != BulkRows::Cell::Text || cell.size == 0)
            continue;
        if (!m_search.isEmpty())
            m_search.append(' ');
        const QByteArrayView text = generated.text(cell);
        m_search.append(text);
        ascii = ascii
            && std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
    }
    if (!ascii) {
        m_search = RecordRowMapper::foldForSearch({QString::fromUtf8(m_search)}).toUtf8();
        return m_search;
    }
    // Case folding leaves ASCII text as lower case; spare the round trip through QString.
    for (char &c : m_search) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return m_search;
}

void SeedRowEncoder::appendJson(const BulkRows &generated, qsizetype row, BulkRows &changes) const
{
    // As RecordRowMapper::writeRecord() renders a stored row.
    static const std::pair<const char *, int> addressOrder[]
        = {{"city", 1}, {"country", 3}, {"postalCode", 2}, {"street", 0}};
    JsonWriter writer(512);
    const auto value = [&](int column) {
        const BulkRows::Cell &cell = generated.cell(row, column);
        if (cell.type == BulkRows::Cell::Text)
            writer.stringUtf8(generated.text(cell));
        else
            writer.null();
    };
    writer.beginObject();
    for (const JsonField &field : m_json) {
        writer.key(QLatin1StringView(field.key));
        if (field.column < 0) {
            writer.integer(1); // version
        } else if (field.kind == FieldKind::Address) {
            bool anySet = false;
            for (int i = 0; i < 4; ++i)
                anySet
                    = anySet || generated.cell(row, field.column + i).type != BulkRows::Cell::Null;
            if (!anySet) {
                writer.null();
                continue;
            }
            writer.beginObject();
            for (const auto &[name, offset] : addressOrder) {
                writer.key(QLatin1StringView(name));
                value(field.column + offset);
            }
            writer.endObject();
        } else if (generated.cell(row, field.column).type == BulkRows::Cell::Null) {
            writer.null();
        } else if (field.kind == FieldKind::Money) {
            writer.money(generated.cell(row, field.column).value);
        } else if (field.kind == FieldKind::Percentage) {
            writer.integer(generated.cell(row, field.column).value);
        } else {
            value(field.column);
        }
    }
    writer.endObject();
    changes.addText(writer.data());
}
