#pragma once

#include "localconflict.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

// The conflicts table: written by the sync engine, read by `omniotap conflicts` and the UI.
class ConflictStore
{
public:
    explicit ConflictStore(const QSqlDatabase &db);

    // Records the conflict, replacing an older one of the same record.
    void put(const LocalConflict &conflict) const;
    QList<LocalConflict> all() const;
    std::optional<LocalConflict> find(const QString &recordId) const;
    // The records waiting for a person: the push leaves their changes queued.
    QSet<QString> recordIds() const;
    qint64 count() const;
    void remove(const QString &recordId) const;

private:
    QList<LocalConflict> select(const QString &tail, const QVariantList &bindings) const;

    QSqlDatabase m_db;
};
