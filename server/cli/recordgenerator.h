#pragma once

#include "seedrecord.h"

#include "domain/collectionspec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

// Makes plausible, valid records for seeding: every field of the collection present,
// references drawn from ids generated earlier.
class RecordGenerator
{
public:
    explicit RecordGenerator(quint32 seed);

    // Fills record with the index-th record of its collection (id and field values; the
    // timestamp is the caller's) and keeps a sample of the ids for later collections.
    void make(qint64 index, SeedRecord &record);

private:
    QByteArrayView pick(const QList<QByteArray> &values);
    QByteArrayView pickEnum(const FieldSpec &field);
    void pickId(SeedRecord &record, int column, const QString &collection, int percentSet);
    void addId(const QString &collection, const QByteArray &id);

    QRandomGenerator m_random;
    QHash<QString, QList<QByteArray>> m_ids;
    QHash<const FieldSpec *, QList<QByteArray>> m_enumValues; // UTF-8 copies
};
