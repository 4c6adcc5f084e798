#pragma once

#include <QJsonObject>
#include <QStringList>

struct CollectionSpec;

// Three-way merge of one record, field by field, against the version both sides started from
// (the base). A field changed on one side only takes that side's value; a field both sides
// changed to the same value agrees; a field both changed to different values is a conflict.
class FieldMerge
{
public:
    struct Result
    {
        QJsonObject patch; // what still has to be sent to bring the server to the local edit
        QStringList conflicts; // fields both sides changed differently
    };

    // localPatch: the fields the local edit sets (a merge patch made against base).
    static Result rebase(
        const QJsonObject &base, const QJsonObject &localPatch, const QJsonObject &server);

    // The writable fields of spec whose value in changed differs from base (absent = null).
    static QJsonObject changes(
        const CollectionSpec &spec, const QJsonObject &base, const QJsonObject &changed);

    // A record's writable fields that have a value: the body of a create made from it.
    static QJsonObject createBody(const CollectionSpec &spec, const QJsonObject &record);

    // Absent and null mean the same in a record.
    static QJsonValue valueOf(const QJsonObject &record, const QString &field);
};
