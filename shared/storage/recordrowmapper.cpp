#include "recordrowmapper.h"

#include <QJsonValue>
#include <QVariant>
#include <cmath>

namespace {

const char *const kAddressParts[][2] = {
    {"street", "street"}, {"city", "city"}, {"postalCode", "postal_code"}, {"country", "country"}};

QVariant textOrNull(const QJsonValue &value)
{
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
}

QJsonValue jsonText(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

// Every key of a record in sorted order (as QJsonObject orders them) with where its value
// sits in the SELECT list.
struct RecordRowMapper::JsonColumn
{
    QByteArray key;
    FieldKind kind;
    int column;
    QByteArray quotedKey; // "key": as JSON, written once for every row
};

const QList<RecordRowMapper::JsonColumn> &RecordRowMapper::layoutFor(const CollectionSpec &spec)
{
    static const QHash<QString, QList<JsonColumn>> layouts = [] {
        QHash<QString, QList<JsonColumn>> all;
        for (const CollectionSpec &collection : CollectionSpec::all()) {
            QList<JsonColumn> layout
                = {{"id", FieldKind::Text, 0, {}}, {"version", FieldKind::Percentage, 1, {}},
                    {"createdAt", FieldKind::Timestamp, 2, {}},
                    {"updatedAt", FieldKind::Timestamp, 3, {}}};
            int column = 4;
            for (const FieldSpec &field : collection.fields) {
                layout.append({field.name.toLatin1(), field.kind, column, {}});
                column += field.kind == FieldKind::Address ? 4 : 1;
            }
            std::sort(layout.begin(), layout.end(),
                [](const JsonColumn &a, const JsonColumn &b) { return a.key < b.key; });
            for (JsonColumn &entry : layout)
                entry.quotedKey = '"' + entry.key + "\":";
            all.insert(collection.name, layout);
        }
        return all;
    }();
    const auto layout = layouts.find(spec.name);
    Q_ASSERT(layout != layouts.end());
    return *layout;
}

RecordRowMapper::RecordRowMapper(const CollectionSpec &spec)
    : m_spec(spec)
    , m_layout(layoutFor(spec))
{ }

QStringList RecordRowMapper::fieldColumns() const
{
    QStringList columns;
    for (const FieldSpec &field : m_spec.fields) {
        if (field.kind == FieldKind::Address) {
            for (const auto &part : kAddressParts)
                columns << field.column + u'_' + QLatin1String(part[1]);
        } else {
            columns << field.column;
        }
    }
    return columns;
}

QStringList RecordRowMapper::searchColumns() const
{
    QStringList columns;
    for (const FieldSpec &field : m_spec.fields) {
        if (!field.isSearchable())
            continue;
        if (field.kind == FieldKind::Address) {
            for (const auto &part : kAddressParts)
                columns << field.column + u'_' + QLatin1String(part[1]);
        } else {
            columns << field.column;
        }
    }
    return columns;
}

QString RecordRowMapper::selectList() const
{
    return QStringLiteral("id, version, created_at, updated_at, ")
        + fieldColumns().join(QStringLiteral(", "));
}

QVariantList RecordRowMapper::fieldValues(const QJsonObject &record) const
{
    QVariantList values;
    for (const FieldSpec &field : m_spec.fields) {
        const QJsonValue value = record.value(field.name);
        switch (field.kind) {
        case FieldKind::Address: {
            const QJsonObject address = value.toObject();
            for (const auto &part : kAddressParts)
                values << textOrNull(address.value(QLatin1String(part[0])));
            break;
        }
        case FieldKind::Money:
            values << (value.isDouble() ? QVariant(qint64(std::llround(value.toDouble() * 100.0)))
                                        : QVariant(QMetaType(QMetaType::LongLong)));
            break;
        case FieldKind::Percentage:
            values << (value.isDouble() ? QVariant(value.toInt())
                                        : QVariant(QMetaType(QMetaType::Int)));
            break;
        default:
            values << textOrNull(value);
        }
    }
    return values;
}

QJsonObject RecordRowMapper::toRecord(const QSqlQuery &query) const
{
    QJsonObject record;
    record.insert(QStringLiteral("id"), query.value(0).toString());
    record.insert(QStringLiteral("version"), query.value(1).toLongLong());
    record.insert(QStringLiteral("createdAt"), query.value(2).toString());
    record.insert(QStringLiteral("updatedAt"), query.value(3).toString());
    int column = 4;
    for (const FieldSpec &field : m_spec.fields) {
        switch (field.kind) {
        case FieldKind::Address: {
            QJsonObject address;
            bool anySet = false;
            for (const auto &part : kAddressParts) {
                const QVariant v = query.value(column++);
                anySet = anySet || !v.isNull();
                address.insert(QLatin1String(part[0]), jsonText(v));
            }
            record.insert(field.name, anySet ? QJsonValue(address) : QJsonValue(QJsonValue::Null));
            break;
        }
        case FieldKind::Money: {
            const QVariant v = query.value(column++);
            record.insert(field.name,
                v.isNull() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(double(v.toLongLong()) / 100.0));
            break;
        }
        case FieldKind::Percentage: {
            const QVariant v = query.value(column++);
            record.insert(
                field.name, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toInt()));
            break;
        }
        default:
            record.insert(field.name, jsonText(query.value(column++)));
        }
    }
    return record;
}

void RecordRowMapper::writeRecord(const RawQuery &query, JsonWriter &writer) const
{
    // Address parts in sorted key order, with their offsets in the four address columns.
    static const std::pair<const char *, int> addressOrder[]
        = {{"city", 1}, {"country", 3}, {"postalCode", 2}, {"street", 0}};
    // One call per text column: SQLite gives no text pointer for NULL (and one to "" for an
    // empty string), so asking for the type first is not needed.
    const auto text = [&](int column) {
        const QByteArrayView value = query.text(column);
        if (value.isNull())
            writer.null();
        else
            writer.stringUtf8(value);
    };
    writer.beginObject();
    for (const JsonColumn &entry : m_layout) {
        writer.quotedKey(entry.quotedKey);
        if (entry.kind == FieldKind::Address) {
            bool anySet = false;
            for (int i = 0; i < 4; ++i)
                anySet = anySet || !query.isNull(entry.column + i);
            if (!anySet) {
                writer.null();
                continue;
            }
            writer.beginObject();
            for (const auto &[name, offset] : addressOrder) {
                writer.key(QLatin1StringView(name));
                text(entry.column + offset);
            }
            writer.endObject();
        } else if (entry.kind != FieldKind::Money && entry.kind != FieldKind::Percentage) {
            text(entry.column);
        } else if (query.isNull(entry.column)) {
            writer.null();
        } else if (entry.kind == FieldKind::Money) {
            writer.money(query.integer(entry.column));
        } else {
            writer.integer(query.integer(entry.column));
        }
    }
    writer.endObject();
}

QString RecordRowMapper::jsonObjectSql() const
{
    static const char *const metaColumns[] = {"id", "version", "created_at", "updated_at"};
    const QStringList columns = fieldColumns();
    QStringList pairs;
    for (const JsonColumn &entry : m_layout) {
        QString expression;
        const QString column = entry.column < 4 ? QLatin1String(metaColumns[entry.column])
                                                : columns.at(entry.column - 4);
        if (entry.kind == FieldKind::Address) {
            const QString prefix = column.left(column.lastIndexOf(u'_'));
            QStringList parts;
            QStringList nullChecks;
            for (const auto &part : kAddressParts) {
                const QString partColumn = prefix + u'_' + QLatin1String(part[1]);
                parts << QStringLiteral("'%1', %2").arg(QLatin1String(part[0]), partColumn);
                nullChecks << partColumn + QStringLiteral(" IS NULL");
            }
            parts.sort();
            expression = QStringLiteral("CASE WHEN %1 THEN NULL ELSE json_object(%2) END")
                             .arg(nullChecks.join(QStringLiteral(" AND ")),
                                 parts.join(QStringLiteral(", ")));
        } else if (entry.kind == FieldKind::Money) {
            expression = QStringLiteral("%1 / 100.0").arg(column);
        } else {
            expression = column;
        }
        pairs << QStringLiteral("'%1', %2").arg(QString::fromLatin1(entry.key), expression);
    }
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString RecordRowMapper::searchText(const QJsonObject &record) const
{
    QStringList parts;
    for (const FieldSpec &field : m_spec.fields) {
        if (!field.isSearchable())
            continue;
        const QJsonValue value = record.value(field.name);
        if (field.kind == FieldKind::Address) {
            const QJsonObject address = value.toObject();
            for (const auto &part : kAddressParts)
                parts << address.value(QLatin1String(part[0])).toString();
        } else {
            parts << value.toString();
        }
    }
    return foldForSearch(parts);
}

QString RecordRowMapper::columnFor(const QString &fieldName) const
{
    if (fieldName == QLatin1String("createdAt"))
        return QStringLiteral("created_at");
    if (fieldName == QLatin1String("updatedAt"))
        return QStringLiteral("updated_at");
    if (fieldName == QLatin1String("id"))
        return QStringLiteral("id");
    const FieldSpec *field = m_spec.field(fieldName);
    return field && field->isSortable() ? field->column : QString();
}

QString RecordRowMapper::foldForSearch(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            nonEmpty << part;
    }
    return nonEmpty.join(u' ').toCaseFolded();
}

QVariantList RecordRowMapper::insertValues(const QString &tenantId, const QJsonObject &record) const
{
    QVariantList values = {tenantId, record.value(QStringLiteral("id")).toString(),
        record.value(QStringLiteral("version")).toInteger(),
        record.value(QStringLiteral("createdAt")).toString(),
        record.value(QStringLiteral("updatedAt")).toString(), searchText(record)};
    values << fieldValues(record);
    return values;
}
