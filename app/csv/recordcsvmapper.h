#pragma once

#include "domain/collectionspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// Maps records of one collection to CSV rows and back, with the API's field names as column
// names. The address object is spread over the columns "address.street", "address.city",
// "address.postalCode" and "address.country"; money and percentages are plain numbers.
class RecordCsvMapper
{
    Q_DECLARE_TR_FUNCTIONS(RecordCsvMapper)

public:
    explicit RecordCsvMapper(const CollectionSpec &spec);

    // Every column, as export writes them: id, the fields, then createdAt, updatedAt, version.
    QStringList columns() const;
    QStringList cells(const QJsonObject &record) const;

    // Checks an import header: known columns, none twice. false with *error otherwise.
    bool checkHeader(const QStringList &header, QString *error) const;
    // A row of an import file as an API body. forUpdate: empty cells become null (cleared);
    // otherwise they are left out. The id and read-only columns are not part of the body.
    QJsonObject body(const QStringList &header, const QStringList &cells, bool forUpdate) const;
    // The column a validation error's JSON Pointer names: "/address/city" -> "address.city".
    static QString columnForPointer(const QString &pointer);

private:
    static QStringList addressParts();
    bool isReadOnlyColumn(const QString &column) const;

    const CollectionSpec &m_spec;
};
