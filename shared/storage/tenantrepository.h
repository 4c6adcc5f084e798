#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct Tenant
{
    QString id;
    QString name;
    int rateLimit = 60;
    QString createdAt;
};

// Tenants: the unit of isolation, of rate limiting and of the change feed's numbering.
class TenantRepository
{
public:
    static constexpr int kDefaultRateLimit = 60;

    explicit TenantRepository(const QSqlDatabase &db);

    Tenant create(const QString &name, int rateLimit = kDefaultRateLimit) const;
    std::optional<Tenant> find(const QString &id) const;
    QList<Tenant> list() const;
    // Returns false when no tenant has that id.
    bool setRateLimit(const QString &id, int rateLimit) const;

private:
    QSqlDatabase m_db;
};
