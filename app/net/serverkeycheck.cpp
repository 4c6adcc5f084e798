#include "serverkeycheck.h"

#include "apiclient.h"

#include <QJsonObject>

ServerKeyCheck::Result ServerKeyCheck::run(ApiClient &client)
{
    const QString server = client.serverUrl().toString();
    Result result;
    const ApiReply tenant = client.get(QStringLiteral("/api/v1/tenant"));
    if (tenant.status == 200) {
        const QJsonObject json = tenant.json();
        result.tenantId = json.value(QStringLiteral("id")).toString();
        result.tenantName = json.value(QStringLiteral("name")).toString();
        result.accepted = !result.tenantId.isEmpty();
        if (!result.accepted)
            result.error = tr("%1 does not answer like an OmnioTap server.").arg(server);
        return result;
    }
    if (tenant.status != 403) {
        result.error = failure(tenant, server);
        return result;
    }
    // 403: the key is valid but without the admin scope, which reading the tenant needs. Any
    // read proves it can sync; the tenant stays unknown.
    const ApiReply changes = client.get(QStringLiteral("/api/v1/changes?limit=1"));
    result.accepted = changes.status == 200;
    if (!result.accepted)
        result.error = failure(changes, server);
    return result;
}

QString ServerKeyCheck::failure(const ApiReply &reply, const QString &server)
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
