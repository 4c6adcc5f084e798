#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Facts of the API contract the tests share: collections, their fields and defaults, and small
// builders for bodies and query strings.
class TestData
{
public:
    static QStringList collections(); // contacts, customers, leads, opportunities, tickets
    static QString entityType(const QString &collection); // contacts -> contact
    static QString requiredField(const QString &collection); // contacts -> firstName
    // Every field a record of the collection carries in responses (record meta fields included).
    static QStringList fields(const QString &collection);
    // The smallest valid create body, with a recognisable value in the required field.
    static QJsonObject minimalBody(const QString &collection, const QString &value = {});

    static QString newUuid(); // lowercase, no braces
    static bool isUuid(const QString &text); // lowercase UUID, no braces
    static bool isTimestamp(const QString &text); // 2024-03-20T10:00:00.000Z
    static QString repeat(const QString &unit, int count);

    // "/api/v1/<collection>"; with an id: "/api/v1/<collection>/<id>".
    static QString path(const QString &collection, const QString &id = {});
    // Percent-encodes pairs into "?a=1&b=2" (empty string for no pairs).
    static QString query(const QList<QPair<QString, QString>> &pairs);
    // "\"<version>\"" as used by ETag and If-Match.
    static QByteArray etag(int version);
};
