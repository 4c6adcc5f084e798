#include "clientmeta.h"

#include "storage/database.h"

ClientMeta::ClientMeta(const QSqlDatabase &db)
    : m_db(db)
{ }

QString ClientMeta::value(const QString &key) const
{
    SqlStatement query = Database::exec(
        m_db, QStringLiteral("SELECT value FROM client_meta WHERE key = ?"), {key});
    return query.next() ? query.value(0).toString() : QString();
}

void ClientMeta::setValue(const QString &key, const QString &value) const
{
    Database::exec(m_db,
        QStringLiteral("INSERT INTO client_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
}
