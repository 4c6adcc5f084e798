#include "connectcommand.h"

#include "commanderror.h"
#include "commandparser.h"
#include "console.h"

#include "net/apiclient.h"
#include "secrets/environmentapikey.h"
#include "secrets/keychainstore.h"
#include "storage/localstore.h"

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
    const Verified verified = verify(client, serverText);
    if (!profile.tenantId().isEmpty() && !verified.tenantId.isEmpty()
        && profile.tenantId() != verified.tenantId) {
        throw CommandError(tr("This profile belongs to tenant %1, and the key to tenant %2. Use "
                              "another profile (--profile) for that tenant.")
                               .arg(profile.tenantId(), verified.tenantId));
    }

    // The key first: if the keychain cannot take it, the profile is left as it was.
    if (environmentKey.isEmpty()) {
        QString error;
        if (!KeychainStore().store(profile.id(), apiKey, &error)) {
            throw CommandError(tr("%1 Nothing was stored; set %2 to use the key without a "
                                  "keychain.")
                                   .arg(error, EnvironmentApiKey::variableName()));
        }
    }
    LocalStore store(profile.cacheFilePath());
    store.open();
    if (!verified.tenantId.isEmpty())
        store.adoptTenant(verified.tenantId);
    profile.setServerUrl(serverText);
    if (!verified.tenantId.isEmpty()) {
        profile.setTenantId(verified.tenantId);
        profile.setTenantName(verified.tenantName);
    }
    QString error;
    if (!profile.save(&error))
        throw CommandError(error);

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

ConnectCommand::Verified ConnectCommand::verify(ApiClient &client, const QString &server)
{
    const ApiReply tenant = client.get(QStringLiteral("/api/v1/tenant"));
    if (tenant.status == 200) {
        const QJsonObject json = tenant.json();
        const QString id = json.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            throw CommandError(tr("%1 does not answer like an OmnioTap server.").arg(server));
        return {id, json.value(QStringLiteral("name")).toString()};
    }
    if (tenant.status != 403)
        throw CommandError(failure(tenant, server));
    // 403: the key is valid but without the admin scope, which reading the tenant needs. Any
    // read proves it can sync; the tenant stays unknown.
    const ApiReply changes = client.get(QStringLiteral("/api/v1/changes?limit=1"));
    if (changes.status != 200)
        throw CommandError(failure(changes, server));
    return {};
}

QString ConnectCommand::failure(const ApiReply &reply, const QString &server)
{
    const QString detail = reply.problemDetail();
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    if (!reply.reachedServer())
        return tr("Cannot reach %1: %2. Nothing was stored.").arg(server, reply.networkError);
    if (reply.status == 401)
        return tr("The server refused the API key%1. Nothing was stored.").arg(suffix);
    if (reply.status == 403)
        return tr("The API key may not read this tenant's records%1. Nothing was stored.")
            .arg(suffix);
    if (reply.status == 429) {
        return tr("The server is rate limiting this tenant; try again in %1 s. Nothing was "
                  "stored.")
            .arg(QString::fromLatin1(reply.retryAfter));
    }
    return tr("%1 answered HTTP %2%3. Nothing was stored.")
        .arg(server)
        .arg(reply.status)
        .arg(suffix);
}
