#pragma once

#include <QString>
#include <QStringList>

// What kind of value a record field holds; decides validation, storage and JSON mapping.
enum class FieldKind {
    Text, // single-line string, at most 255 code points
    LongText, // notes/description, at most 10,000 code points, newlines allowed
    Email,
    Phone,
    Enum, // closed set of values
    Reference, // id of a live record in another collection of the same tenant
    Money, // JSON number with at most 2 decimals, stored as integer minor units
    Currency, // ISO 4217 code
    Percentage, // integer 0..100
    Date, // YYYY-MM-DD
    Timestamp, // RFC 3339 UTC, server-maintained
    Address, // object {street, city, postalCode, country}, stored in four columns
};

struct FieldSpec
{
    QString name; // API name (camelCase)
    QString column; // SQL column (snake_case); for Address the column prefix
    FieldKind kind = FieldKind::Text;
    bool required = false;
    bool readOnly = false; // set by the server only (e.g. resolvedAt)
    QString defaultValue; // for Enum and Currency fields; empty = no default
    QStringList enumValues; // for Enum fields
    QString referenceTarget; // for Reference fields: collection name

    bool hasDefault() const { return !defaultValue.isEmpty() || kind == FieldKind::Percentage; }
    bool isSearchable() const
    {
        return kind == FieldKind::Text || kind == FieldKind::LongText || kind == FieldKind::Email
            || kind == FieldKind::Phone || kind == FieldKind::Address;
    }
    bool isSortable() const { return kind != FieldKind::Address && kind != FieldKind::LongText; }
    int maxLength() const { return kind == FieldKind::LongText ? 10000 : 255; }
};
