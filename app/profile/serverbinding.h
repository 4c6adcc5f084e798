#pragma once

#include "net/serverkeycheck.h"

#include <QCoreApplication>
#include <QUrl>

class Profile;

// Ties a profile to a server once the server accepted its key: the key into the keychain, the
// tenant into the cache (records made offline move to it) and the server's URL and tenant into
// profile.json. The key goes first, so a keychain that refuses it leaves the profile as it was.
class ServerBinding
{
    Q_DECLARE_TR_FUNCTIONS(ServerBinding)

public:
    enum class KeyStorage {
        Keychain,
        None, // the key comes from OMNIOTAP_API_KEY, or the user types it at each start
    };
    enum class Outcome { Bound, TenantMismatch, KeychainFailed, Failed };

    static Outcome bind(Profile &profile, const QUrl &server, const QString &apiKey,
        const ServerKeyCheck::Result &verified, KeyStorage storage, QString *error);
};
