#pragma once

#include "collectionspec.h"
#include "fielderror.h"

#include <QJsonObject>
#include <QJsonValue>

// Turns request bodies into complete, normalised records of one collection, or explains
// every bad field at once (DomainError::Validation with one FieldError per field).
// Knows nothing about storage: whether a referenced id exists is checked by RecordStore.
class RecordValidator
{
public:
    explicit RecordValidator(const CollectionSpec &spec);

    // A POST body -> every field of the record (null when unset, defaults applied, derived
    // fields computed) plus "id" when the client chose one. Meta fields are ignored.
    QJsonObject validateCreate(const QJsonObject &body, const QString &now) const;

    // An RFC 7396 merge patch applied to the current record (API form). Returns the new
    // record; meta fields are copied from current unchanged.
    QJsonObject applyPatch(
        const QJsonObject &current, const QJsonObject &patch, const QString &now) const;

    // Length as the API counts it: Unicode code points, not UTF-16 units.
    static int codePointCount(const QString &text);

    // True for fields that clients may send but that the server ignores.
    static bool isIgnoredInputField(const QString &name);

private:
    QJsonValue normalize(
        const FieldSpec &field, const QJsonValue &value, FieldErrors &errors) const;
    QJsonValue normalizeText(const FieldSpec &field, const QString &pointer,
        const QJsonValue &value, FieldErrors &errors) const;
    QJsonValue normalizeAddress(
        const FieldSpec &field, const QJsonValue &value, FieldErrors &errors) const;
    QJsonValue defaultFor(const FieldSpec &field, const QJsonObject &record) const;
    void applyDerivedFields(const QJsonObject *before, QJsonObject &after, const QJsonObject &input,
        const QString &now) const;

    const CollectionSpec &m_spec;
};
