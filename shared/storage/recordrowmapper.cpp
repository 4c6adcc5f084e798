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

RecordRowMapper::RecordRowMapper(const CollectionSpec &spec)
    : m_spec(spec)
{
}

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
    return QStringLiteral("id, version, created_at, updated_at, ") + fieldColumns().join(QStringLiteral(", "));
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
            values << (value.isDouble() ? QVariant(value.toInt()) : QVariant(QMetaType(QMetaType::Int)));
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
            record.insert(field.name, v.isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(double(v.toLongLong()) / 100.0));
            break;
        }
        case FieldKind::Percentage: {
            const QVariant v = query.value(column++);
            record.insert(field.name, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toInt()));
            break;
        }
        default:
            record.insert(field.name, jsonText(query.value(column++)));
        }
    }
    return record;
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
