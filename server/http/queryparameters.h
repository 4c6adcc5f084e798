#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The query string of a request, decoded. Every parameter must be known to the route and
// appear at most once; anything else is a 400 (ApiError::badQuery).
class QueryParameters
{
public:
    // Throws ApiError (400) on invalid percent-encoding or UTF-8.
    static QueryParameters parse(const QByteArray &rawQuery);

    // Throws 400 for a parameter not in allowed or given more than once.
    void requireOnly(const QStringList &allowed) const;
    bool has(const QString &name) const;
    QString value(const QString &name) const;
    // Optional positive integer within [min, max]; throws 400 otherwise.
    int integer(const QString &name, int defaultValue, int min, int max) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    // Re-encodes all parameters except those named, for building links.
    QString encodeWithout(const QStringList &names) const;

private:
    QList<QPair<QString, QString>> m_items;
};
