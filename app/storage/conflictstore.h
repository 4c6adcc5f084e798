#pragma once

#include "localconflict.h"

#include <QList>
#include <QSqlDatabase>

// The conflicts table: written by the sync engine, read by `omniotap conflicts` and the UI.
class ConflictStore
{
public:
    explicit ConflictStore(const QSqlDatabase &db);

    // Records the conflict, replacing an older one of the same record.
    void put(const LocalConflict &conflict) const;
    QList<LocalConflict> all() const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};
