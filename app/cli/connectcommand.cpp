#include "connectcommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "net/apiclient.h"
#include "net/serverkeycheck.h"
#include "profile/serverbinding.h"
#include "secrets/environmentapikey.h"
#include "secrets/keychainstore.h"

int ConnectCommand::run(const QStringList &args)
{
    CommandParser parser(QStringLiteral("connect --profile DIR --server URL"),
        tr("Connects the profile to a server. The API key comes from %1, or else from one line "
           "of standard input; it is checked against the server and kept in the keychain.")
            .arg(EnvironmentApiKey::variableName()));
    parser.addOption({QStringLiteral("server"), tr("The server, e.g. https://crm.example.com."),
        QStringLiteral("URL")});
    if (!parser.parse(args, 0))
        return 0;
    if (!parser.isSet(QStringLiteral("server")))
        throw CommandError(tr("--server URL is required."));
    const QUrl server = ApiClient::normalizedServerUrl(parser.value(QStringLiteral("server")));
    if (!server.isValid()) {
        throw CommandError(tr("\"%1\" is not a server URL: use http:// or https:// and a host.")
                               .arg(parser.value(QStringLiteral("server"))));
    }
    Profile profile = parser.profile();

    const QString environmentKey = EnvironmentApiKey::value();
    const QString apiKey
        = environmentKey.isEmpty() ? Console::readLine().trimmed() : environmentKey;
    if (apiKey.isEmpty()) {
        throw CommandError(tr("No API key: set %1 or give the key as one line on standard input.")
                               .arg(EnvironmentApiKey::variableName()));
    }

    const QString serverText = server.toString();
    ApiClient client(server, apiKey);
    const ServerKeyCheck::Result verified = ServerKeyCheck::run(client);
    if (!verified.accepted)
        throw CommandError(verified.error);
    QString error;
    switch (ServerBinding::bind(profile, server, apiKey, verified,
        environmentKey.isEmpty() ? ServerBinding::KeyStorage::Keychain
                                 : ServerBinding::KeyStorage::None,
        &error)) {
    case ServerBinding::Outcome::Bound:
        break;
    case ServerBinding::Outcome::KeychainFailed:
        throw CommandError(tr("%1 Nothing was stored; set %2 to use the key without a "
                              "keychain.")
                               .arg(error, EnvironmentApiKey::variableName()));
    case ServerBinding::Outcome::TenantMismatch:
    case ServerBinding::Outcome::Failed:
        throw CommandError(error);
    }

    const QString where = environmentKey.isEmpty()
        ? tr("the key is in the keychain (%1)").arg(KeychainStore::keychainName())
        : tr("the key was not stored: it comes from %1").arg(EnvironmentApiKey::variableName());
    if (verified.tenantId.isEmpty())
        Console::outLine(tr("Connected to %1; %2.").arg(serverText, where));
    else
        Console::outLine(tr("Connected to %1, tenant %2 (%3); %4.")
                             .arg(serverText, verified.tenantName, verified.tenantId, where));
    return 0;
}
