#pragma once

#include "domain/collectionspec.h"
#include "domain/jsonwriter.h"
#include "rawquery.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// Maps records of one collection between their API form (QJsonObject, camelCase) and their
// table columns (snake_case, money in minor units, an address spread over four columns).
class RecordRowMapper
{
public:
    explicit RecordRowMapper(const CollectionSpec &spec);

    // Field columns in a fixed order (meta columns not included).
    QStringList fieldColumns() const;
    QStringList searchColumns() const;
    // "id, version, created_at, updated_at, <field columns>" for SELECTs that toRecord() reads.
    QString selectList() const;
    QVariantList fieldValues(const QJsonObject &record) const;
    // The values of RecordRepository's INSERT for record: no database needed, so they can be
    // worked out on another thread. The search text is at SearchTextValue.
    static constexpr int SearchTextValue = 5;
    QVariantList insertValues(const QString &tenantId, const QJsonObject &record) const;
    QJsonObject toRecord(const QSqlQuery &query) const;
    // The same record as toRecord(), written as JSON text with keys in the same (sorted) order.
    void writeRecord(const RawQuery &query, JsonWriter &writer) const;
    QString searchText(const QJsonObject &record) const;
    // An SQL expression that renders a row of the table as the record's JSON (SQLite's
    // json_object), for set-based copies such as bulk change-log entries.
    QString jsonObjectSql() const;
    // SQL column for a field name usable in ORDER BY / WHERE ("createdAt" -> "created_at").
    QString columnFor(const QString &fieldName) const;
    static QString foldForSearch(const QStringList &parts);

private:
    // How writeRecord() emits the collection: one entry per key (see the .cpp).
    struct JsonColumn;
    static const QList<JsonColumn> &layoutFor(const CollectionSpec &spec);

    const CollectionSpec &m_spec;
    const QList<JsonColumn> &m_layout;
};
