#pragma once

#include "fieldspec.h"

#include <QHash>
#include <QList>
#include <QString>

// Describes one of the five record collections: its fields, filters and storage table.
// Everything generic (validation, SQL, JSON mapping, list queries) is driven by these specs,
// so the server and the desktop cache treat every collection the same way.
struct CollectionSpec
{
    QString name; // URL segment and table name: "contacts"
    QString entityType; // singular, used in the change feed and webhooks: "contact"
    QString statusField; // field filtered by the `status` query parameter ("status" or "stage")
    QList<FieldSpec> fields;
    // Query parameter -> field name, for exact-value list filters (aliases included).
    QHash<QString, QString> filters;

    const FieldSpec *field(const QString &name) const;
    QStringList searchableFields() const;

    static const QList<CollectionSpec> &all();
    static const CollectionSpec *byName(const QString &name);
    static const CollectionSpec *byEntityType(const QString &entityType);
};
