#pragma once

#include "sync/changeentry.h"

#include <QByteArray>
#include <QSqlDatabase>

// A tenant's ordered record of every create, update and delete. Appended inside the same
// transaction as the change itself, so the feed can never miss or invent a change.
class ChangeLog
{
public:
    explicit ChangeLog(const QSqlDatabase &db);

    // Assigns the next seq of the tenant (never reused) and stores the entry.
    qint64 append(const QString &tenantId, ChangeEntry &entry) const;
    // Entries with seq > since, oldest first, at most limit (*hasMore: whether more follow),
    // as the JSON array the feed answers with, written straight from the stored rows (each
    // record's JSON is kept as text): parsing and re-serialising a thousand records per page
    // cost the server most of a first sync's time. *last: the seq of the last entry written,
    // since when there is none.
    QByteArray readJson(
        const QString &tenantId, qint64 since, int limit, qint64 *last, bool *hasMore) const;

private:
    QSqlDatabase m_db;
};
