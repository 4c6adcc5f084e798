#include "readsnapshot.h"

#include "rawquery.h"
#include "transaction.h"

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
    : m_db(db)
{
    if (Transaction::isOpen(m_db))
        return;
    RawQuery(m_db, QStringLiteral("BEGIN"), {}).next();
    m_began = true;
    m_open = true;
    try {
        // Any read takes the snapshot; this one reads no table.
        RawQuery(m_db, QStringLiteral("PRAGMA data_version"), {}).next();
    } catch (...) {
        end();
        throw;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    end();
}

void ReadSnapshot::end() noexcept
{
    if (!m_open)
        return;
    m_open = false;
    // A read has nothing to commit; what matters is that the connection does not stay in an
    // old snapshot, so a failed COMMIT is followed by a ROLLBACK.
    for (const QString &sql : {QStringLiteral("COMMIT"), QStringLiteral("ROLLBACK")}) {
        try {
            RawQuery(m_db, sql, {}).next();
            return;
        } catch (...) {
            // Try the next; a read that cannot end stays for the connection's owner to see.
        }
    }
}
