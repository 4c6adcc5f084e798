#include "testdata.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

QStringList TestData::collections()
{
    return {u"contacts"_s, u"customers"_s, u"leads"_s, u"opportunities"_s, u"tickets"_s};
}

QString TestData::entityType(const QString &collection)
{
    if (collection == u"opportunities")
        return u"opportunity"_s;
    return collection.chopped(1);
}

QString TestData::requiredField(const QString &collection)
{
    if (collection == u"contacts")
        return u"firstName"_s;
    if (collection == u"leads")
        return u"title"_s;
    if (collection == u"tickets")
        return u"subject"_s;
    return u"name"_s; // customers, opportunities
}

QStringList TestData::fields(const QString &collection)
{
    QStringList meta {u"id"_s, u"createdAt"_s, u"updatedAt"_s, u"version"_s};
    if (collection == u"contacts")
        return meta
            + QStringList {u"firstName"_s, u"lastName"_s, u"email"_s, u"phone"_s, u"status"_s,
                u"customerId"_s, u"jobTitle"_s, u"notes"_s};
    if (collection == u"customers")
        return meta
            + QStringList {u"name"_s, u"email"_s, u"phone"_s, u"website"_s, u"industry"_s,
                u"status"_s, u"address"_s, u"notes"_s};
    if (collection == u"leads")
        return meta
            + QStringList {u"title"_s, u"leadSource"_s, u"status"_s, u"priority"_s, u"contactId"_s,
                u"customerId"_s, u"estimatedValue"_s, u"currency"_s, u"notes"_s};
    if (collection == u"opportunities")
        return meta
            + QStringList {u"name"_s, u"stage"_s, u"amount"_s, u"currency"_s, u"probability"_s,
                u"expectedCloseDate"_s, u"customerId"_s, u"contactId"_s, u"leadId"_s, u"notes"_s};
    return meta
        + QStringList {u"subject"_s, u"description"_s, u"status"_s, u"priority"_s, u"customerId"_s,
            u"contactId"_s, u"resolvedAt"_s};
}

QJsonObject TestData::minimalBody(const QString &collection, const QString &value)
{
    return QJsonObject {{requiredField(collection),
        value.isEmpty() ? u"Test %1"_s.arg(entityType(collection)) : value}};
}

QString TestData::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

bool TestData::isUuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(text).hasMatch();
}

bool TestData::isTimestamp(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    return re.match(text).hasMatch();
}

QString TestData::repeat(const QString &unit, int count)
{
    return unit.repeated(count);
}

QString TestData::path(const QString &collection, const QString &id)
{
    QString p = u"/api/v1/"_s + collection;
    if (!id.isEmpty())
        p += u'/' + id;
    return p;
}

QString TestData::query(const QList<QPair<QString, QString>> &pairs)
{
    QString q;
    for (const auto &pair : pairs) {
        q += q.isEmpty() ? u'?' : u'&';
        q += QString::fromLatin1(QUrl::toPercentEncoding(pair.first)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(pair.second));
    }
    return q;
}

QByteArray TestData::etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}
