#include "transaction.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>

namespace {

std::mutex writerMutex;
// Open transactions per connection of this thread (connections never cross threads).
thread_local QHash<QString, int> openDepth;

} // namespace

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = openDepth[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        m_writerLock = std::unique_lock<std::mutex>(writerMutex);
        const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
        Database::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    } else {
        Database::exec(m_db, QStringLiteral("SAVEPOINT nested_%1").arg(m_depth));
    }
    ++depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (m_depth == 0) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        rollback.exec(QStringLiteral("RELEASE nested_%1").arg(m_depth));
    }
    --openDepth[m_db.connectionName()];
}

void Transaction::commit()
{
    Database::exec(m_db,
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested_%1").arg(m_depth));
    m_open = false;
    --openDepth[m_db.connectionName()];
    if (m_writerLock.owns_lock())
        m_writerLock.unlock();
}
