#include "serverbinding.h"

#include "profile.h"

#include "secrets/keychainstore.h"
#include "storage/localstore.h"

#include "storage/storageerror.h"

ServerBinding::Outcome ServerBinding::bind(Profile &profile, const QUrl &server,
    const QString &apiKey, const ServerKeyCheck::Result &verified, KeyStorage storage,
    QString *error)
{
    if (!profile.tenantId().isEmpty() && !verified.tenantId.isEmpty()
        && profile.tenantId() != verified.tenantId) {
        *error = tr("This profile belongs to tenant %1, and the key to tenant %2. Use another "
                    "profile for that tenant.")
                     .arg(profile.tenantId(), verified.tenantId);
        return Outcome::TenantMismatch;
    }
    if (storage == KeyStorage::Keychain && !KeychainStore().store(profile.id(), apiKey, error))
        return Outcome::KeychainFailed;
    try {
        LocalStore store(profile.cacheFilePath());
        store.open();
        if (!verified.tenantId.isEmpty())
            store.adoptTenant(verified.tenantId);
    } catch (const StorageError &failure) {
        *error = tr("Cannot open the local cache %1: %2")
                     .arg(profile.cacheFilePath(), QString::fromUtf8(failure.what()));
        return Outcome::Failed;
    }
    profile.setServerUrl(server.toString());
    if (!verified.tenantId.isEmpty()) {
        profile.setTenantId(verified.tenantId);
        profile.setTenantName(verified.tenantName);
    }
    return profile.save(error) ? Outcome::Bound : Outcome::Failed;
}
