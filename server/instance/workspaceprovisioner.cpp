#include "workspaceprovisioner.h"

#include "storage/apikeyrepository.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"

WorkspaceProvisioner::Workspace WorkspaceProvisioner::ensure(
    const Database &database, const QString &tenantName, const QString &keyName)
{
    const QSqlDatabase db = database.connection();
    const TenantRepository tenants(db);
    const QList<Tenant> existing = tenants.list();
    Workspace workspace;
    if (existing.isEmpty()) {
        const Tenant tenant = tenants.create(tenantName);
        workspace.tenantId = tenant.id;
        workspace.tenantName = tenant.name;
        workspace.created = true;
    } else {
        workspace.tenantId = existing.constFirst().id;
        workspace.tenantName = existing.constFirst().name;
    }
    ApiKeyRepository(db).create(workspace.tenantId, keyName, ApiKeyRepository::knownScopes(),
        QString(), &workspace.adminKey);
    return workspace;
}
