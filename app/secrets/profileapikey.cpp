#include "profileapikey.h"

#include "environmentapikey.h"
#include "keychainstore.h"

QString ProfileApiKey::find(const QString &profileId, QString *error)
{
    const QString environmentKey = EnvironmentApiKey::value();
    if (!environmentKey.isEmpty())
        return environmentKey;
    QString keychainError;
    const std::optional<QString> stored = KeychainStore().read(profileId, &keychainError);
    if (stored && !stored->isEmpty())
        return *stored;
    if (!keychainError.isEmpty()) {
        *error = tr("%1 Set %2 to use a key without a keychain.")
                     .arg(keychainError, EnvironmentApiKey::variableName());
    } else {
        *error = tr("The keychain (%1) holds no API key for this profile: run omniotap connect, "
                    "or set %2.")
                     .arg(KeychainStore::keychainName(), EnvironmentApiKey::variableName());
    }
    return {};
}
