#include "wizardbinding.h"

#include "profile/serverbinding.h"
#include "secrets/environmentapikey.h"

WizardBinding::Result WizardBinding::bind(Profile &profile, const QUrl &server,
    const QString &apiKey, const ServerKeyCheck::Result &verified)
{
    Result result;
    QString error;
    ServerBinding::Outcome outcome = ServerBinding::bind(
        profile, server, apiKey, verified, ServerBinding::KeyStorage::Keychain, &error);
    if (outcome == ServerBinding::Outcome::KeychainFailed) {
        result.keychainError = error;
        outcome = ServerBinding::bind(
            profile, server, apiKey, verified, ServerBinding::KeyStorage::None, &error);
        if (outcome == ServerBinding::Outcome::Bound)
            EnvironmentApiKey::useForThisSession(apiKey);
    }
    result.bound = outcome == ServerBinding::Outcome::Bound;
    if (!result.bound)
        result.error = error;
    return result;
}
