#include "transaction.h"

#include "database.h"
#include "storageerror.h"

#include <QHash>
#include <QSqlQuery>
#include <map>
#include <sqlite3.h>

namespace {

std::mutex writerMutex;

struct Deferred
{
    QVariantList rows;
    std::function<void(const QVariantList &)> flush;
};

struct ConnectionState
{
    int depth = 0;
    bool failedPart = false;
    std::map<QString, Deferred> deferred;
};
// Per connection of this thread (connections never cross threads).
thread_local QHash<QString, ConnectionState> connectionStates;

} // namespace

std::unique_lock<std::mutex> Transaction::holdOffWriters()
{
    return std::unique_lock<std::mutex>(writerMutex);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    ConnectionState &state = connectionStates[m_db.connectionName()];
    m_depth = state.depth;
    if (m_depth == 0) {
        m_writerLock = std::unique_lock<std::mutex>(writerMutex);
        const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
        Database::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        state.failedPart = false;
        state.deferred.clear();
    } else {
        m_changesAtStart = totalChanges(m_db);
    }
    ++state.depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    ConnectionState &state = connectionStates[m_db.connectionName()];
    --state.depth;
    if (m_depth == 0) {
        state.deferred.clear();
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else if (totalChanges(m_db) != m_changesAtStart) {
        state.failedPart = true;
    }
}

void Transaction::commit()
{
    ConnectionState &state = connectionStates[m_db.connectionName()];
    if (m_depth == 0 && state.failedPart) {
        throw StorageError(QStringLiteral("Part of the transaction failed after changing rows; "
                                          "rolled back"));
    }
    if (m_depth == 0) {
        for (auto &[key, deferred] : state.deferred) {
            if (!deferred.rows.isEmpty())
                deferred.flush(deferred.rows);
        }
        state.deferred.clear();
        Database::exec(m_db, QStringLiteral("COMMIT"));
    }
    m_open = false;
    --state.depth;
    if (m_writerLock.owns_lock())
        m_writerLock.unlock();
}

QVariantList &Transaction::deferredRows(const QSqlDatabase &db, const QString &key,
    const std::function<void(const QVariantList &)> &flush)
{
    ConnectionState &state = connectionStates[db.connectionName()];
    if (state.depth == 0)
        throw StorageError(QStringLiteral("Deferred writes need an open Transaction"));
    Deferred &deferred = state.deferred[key];
    if (!deferred.flush)
        deferred.flush = flush;
    return deferred.rows;
}

bool Transaction::hasFailedPart(const QSqlDatabase &db)
{
    return connectionStates.value(db.connectionName()).failedPart;
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    sqlite3 *handle = Database::sqliteHandle(db);
    return !handle || sqlite3_get_autocommit(handle) == 0;
}

qint64 Transaction::totalChanges(const QSqlDatabase &db)
{
    sqlite3 *handle = Database::sqliteHandle(db);
    return handle ? sqlite3_total_changes64(handle) : 0;
}
