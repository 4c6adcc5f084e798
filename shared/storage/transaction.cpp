#include "transaction.h"

#include "database.h"

#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    Database::exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    Database::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}
