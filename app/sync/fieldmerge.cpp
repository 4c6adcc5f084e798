#include "fieldmerge.h"

#include "domain/collectionspec.h"

FieldMerge::Result FieldMerge::rebase(
    const QJsonObject &base, const QJsonObject &localPatch, const QJsonObject &server)
{
    Result result;
    for (auto it = localPatch.constBegin(); it != localPatch.constEnd(); ++it) {
        const QJsonValue local = it.value().isUndefined() ? QJsonValue() : it.value();
        const QJsonValue theirs = valueOf(server, it.key());
        if (theirs == local)
            continue; // the server has it already (or got there on its own)
        if (theirs == valueOf(base, it.key()))
            result.patch.insert(it.key(), local);
        else
            result.conflicts.append(it.key());
    }
    return result;
}

QJsonObject FieldMerge::changes(
    const CollectionSpec &spec, const QJsonObject &base, const QJsonObject &changed)
{
    QJsonObject fields;
    for (const FieldSpec &field : spec.fields) {
        if (field.readOnly)
            continue;
        const QJsonValue value = valueOf(changed, field.name);
        if (value != valueOf(base, field.name))
            fields.insert(field.name, value);
    }
    return fields;
}

QJsonObject FieldMerge::createBody(const CollectionSpec &spec, const QJsonObject &record)
{
    QJsonObject body;
    for (const FieldSpec &field : spec.fields) {
        const QJsonValue value = valueOf(record, field.name);
        if (!field.readOnly && !value.isNull())
            body.insert(field.name, value);
    }
    return body;
}

QJsonValue FieldMerge::valueOf(const QJsonObject &record, const QString &field)
{
    const QJsonValue value = record.value(field);
    return value.isUndefined() ? QJsonValue() : value;
}
