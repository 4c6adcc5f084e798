#pragma once

#include "domain/collectionspec.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

// Makes plausible, valid records for seeding: every field of the collection present,
// references drawn from ids generated earlier.
class RecordGenerator
{
public:
    explicit RecordGenerator(quint32 seed);

    QJsonObject make(const CollectionSpec &spec, qint64 index, const QString &timestamp);
    void addId(const QString &collection, const QString &id);

private:
    QJsonObject emptyRecord(const CollectionSpec &spec) const;
    QString pick(const QStringList &values);
    QJsonValue pickId(const QString &collection, int percentSet);

    QRandomGenerator m_random;
    QHash<QString, QStringList> m_ids;
};
