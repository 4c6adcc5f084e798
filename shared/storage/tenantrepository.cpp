#include "tenantrepository.h"

#include "database.h"

#include "domain/ids.h"
#include "domain/timestamps.h"

#include <QSqlQuery>

namespace {

Tenant fromRow(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
        query.value(3).toString()};
}

} // namespace

TenantRepository::TenantRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

Tenant TenantRepository::create(const QString &name, int rateLimit) const
{
    const Tenant tenant {Ids::newId(), name, rateLimit, Timestamps::now()};
    Database::exec(m_db,
        QStringLiteral(
            "INSERT INTO tenants (id, name, rate_limit, created_at) VALUES (?, ?, ?, ?)"),
        {tenant.id, tenant.name, tenant.rateLimit, tenant.createdAt});
    return tenant;
}

std::optional<Tenant> TenantRepository::find(const QString &id) const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral("SELECT id, name, rate_limit, created_at FROM tenants WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return fromRow(query.query());
}

QList<Tenant> TenantRepository::list() const
{
    SqlStatement query = Database::exec(m_db,
        QStringLiteral(
            "SELECT id, name, rate_limit, created_at FROM tenants ORDER BY created_at, id"));
    QList<Tenant> tenants;
    while (query.next())
        tenants.append(fromRow(query.query()));
    return tenants;
}

bool TenantRepository::setRateLimit(const QString &id, int rateLimit) const
{
    return Database::exec(m_db, QStringLiteral("UPDATE tenants SET rate_limit = ? WHERE id = ?"),
               {rateLimit, id})
               .numRowsAffected()
        > 0;
}
